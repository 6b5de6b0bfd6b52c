package id.terbuka.web;

import id.terbuka.deploy.payara.PayaraMicro;
import id.terbuka.deploy.payara.WarConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * One Payara Micro running the built WAR for every test class that only talks HTTP to the portal
 * (ADR 0014): booting and deploying takes 15-30 s here, which per class made most of the suite's
 * time. Started on first use, stopped when the test JVM ends. Classes that break the server on
 * purpose (a Solr outage, a killed import, a restart) keep their own instance.
 *
 * <p>The fields a test marks {@link Base} receive the portal's base URL (ending in a slash, like
 * Arquillian's {@code @ArquillianResource URL}).
 */
public final class SharedPortal implements TestInstancePostProcessor {

  /** Marks a {@link URL} field to receive the shared portal's base URL. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Base {}

  private static PayaraMicro portal;
  private static URL base;

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context)
      throws Exception {
    URL url = url();
    for (Class<?> c = testInstance.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(Base.class)) {
          field.setAccessible(true);
          field.set(testInstance, url);
        }
      }
    }
  }

  /** The shared portal's base URL, starting it (and the database and Solr) on first use. */
  static synchronized URL url() {
    if (base == null) {
      TestInfrastructure.start();
      try {
        base = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return base;
  }

  private static URL start() throws IOException {
    Path dir = TestInfrastructure.dataDir();
    // Every setting is in the JVM options (as for the Arquillian-started instances); the WAR
    // configuration repeats the ones it carries with the same values.
    var db = TestInfrastructure.database();
    WarConfiguration configuration =
        new WarConfiguration(
            db.jdbcUrl(),
            db.user(),
            db.password() == null || db.password().isEmpty() ? "unused" : db.password(),
            TestInfrastructure.solr().baseUrl(),
            "standalone",
            "http://localhost:8080",
            dir,
            dir.resolve("cli-secret"),
            Optional.of(TestInfrastructure.ADMIN_PASSWORD),
            false,
            Optional.of(
                new WarConfiguration.DatabaseRole(
                    TestInfrastructure.READONLY_USER, TestInfrastructure.READONLY_PASSWORD)));
    PayaraMicro.Settings settings =
        new PayaraMicro.Settings(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("terbuka.war")),
            freePort(),
            "127.0.0.1",
            dir.resolve("payara-shared"),
            dir.resolve("logs/payara-shared.log"),
            TestInfrastructure.payaraOptions(),
            configuration);
    portal = PayaraMicro.launch(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(SharedPortal::stop));
    portal.awaitReady();
    try {
      return new URL(portal.localUrl() + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void stop() {
    if (portal != null) {
      portal.stop();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
