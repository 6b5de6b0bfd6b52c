package id.terbuka.web;

import id.terbuka.deploy.payara.PayaraMicro;
import id.terbuka.deploy.payara.WarConfiguration;
import id.terbuka.deploy.solr.BundledSolr;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A second Terbuka (a second Payara Micro, {@code --nocluster}, the same WAR) acting as another
 * organisation's CKAN portal, for the harvester's test. Cheap on purpose: its database is a second
 * database in the test PostgreSQL, its Solr a second in-process node with its own home (the {@code
 * datasets} core name is fixed, so the shared one cannot be reused), and it boots once for the test
 * class.
 */
final class RemotePortal implements AutoCloseable {
  static final String DATABASE = "terbuka_remote";
  static final String ADMIN_PASSWORD = "remote-admin-password";

  private final BundledSolr solr;
  private final PayaraMicro payara;
  private final String cliSecret;

  private RemotePortal(BundledSolr solr, PayaraMicro payara, String cliSecret) {
    this.solr = solr;
    this.payara = payara;
    this.cliSecret = cliSecret;
  }

  static RemotePortal start() throws IOException, SQLException {
    TestInfrastructure.start();
    Path dir = TestInfrastructure.dataDir().resolve("remote-portal");
    Files.createDirectories(dir);
    String jdbc = TestInfrastructure.jdbcUrl().replaceFirst("/[^/]+$", "/" + DATABASE);
    try (Connection c = DriverManager.getConnection(TestInfrastructure.jdbcUrl(), "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
    }
    BundledSolr solr = BundledSolr.startInProcess(dir.resolve("solr"), 0);
    String secret = "remote-secret-" + System.nanoTime();
    Path secretFile = dir.resolve("cli-secret");
    Files.writeString(secretFile, secret);
    int port = freePort();
    WarConfiguration configuration =
        new WarConfiguration(
            jdbc,
            "postgres",
            "unused",
            solr.baseUrl(),
            "standalone",
            "http://127.0.0.1:" + port,
            dir,
            secretFile,
            Optional.of(ADMIN_PASSWORD),
            false);
    PayaraMicro.Settings settings =
        new PayaraMicro.Settings(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("terbuka.war")),
            port,
            "127.0.0.1",
            dir.resolve("payara"),
            dir.resolve("payara.log"),
            List.of("-Xmx384m"),
            configuration);
    PayaraMicro payara = PayaraMicro.launch(settings);
    RemotePortal remote = new RemotePortal(solr, payara, secret);
    try {
      payara.awaitReady();
    } catch (IOException | RuntimeException e) {
      remote.close();
      throw e;
    }
    return remote;
  }

  /** The base URL, without a trailing slash. */
  String base() {
    return payara.localUrl();
  }

  /** The remote's CLI secret, to issue its admin a token. */
  String cliSecret() {
    return cliSecret;
  }

  @Override
  public void close() {
    payara.stop();
    try {
      solr.close();
    } catch (IOException e) {
      // the test JVM ends soon; the Solr home is in the temporary data directory
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
