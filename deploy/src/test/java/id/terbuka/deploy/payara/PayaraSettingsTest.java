package id.terbuka.deploy.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayaraSettingsTest {

  private static final WarConfiguration WAR =
      new WarConfiguration(
          "jdbc:postgresql://localhost:5432/terbuka?user=postgres",
          "postgres",
          "db-secret",
          "http://127.0.0.1:8983/solr",
          "standalone",
          "http://localhost:8080",
          Path.of("/data"),
          Path.of("/data/secrets/cli-secret"),
          Optional.of("admin-secret"),
          true);

  @Test
  void warGetsItsConfigurationAsSystemPropertiesWithoutSecrets() {
    assertEquals(
        Map.of(
            "terbuka.db.url", "jdbc:postgresql://localhost:5432/terbuka?user=postgres",
            "terbuka.db.user", "postgres",
            "terbuka.solr.url", "http://127.0.0.1:8983/solr",
            "terbuka.solr.mode", "standalone",
            "terbuka.site.url", "http://localhost:8080",
            "terbuka.data.dir", "/data",
            "terbuka.cli.secret.file", "/data/secrets/cli-secret",
            "terbuka.demo", "true"),
        WAR.systemProperties());
  }

  @Test
  void secretsTravelInTheEnvironment() {
    assertEquals(
        Map.of("TERBUKA_DB_PASSWORD", "db-secret", "TERBUKA_ADMIN_PASSWORD", "admin-secret"),
        WAR.secretEnvironment());
    assertFalse(WAR.toString().contains("secret\""), WAR.toString());
  }

  @Test
  void theLaunchersReadOnlyRoleGoesToTheWarWithItsPasswordInTheEnvironment() {
    WarConfiguration war =
        new WarConfiguration(
            WAR.dbUrl(),
            WAR.dbUser(),
            WAR.dbPassword(),
            WAR.solrUrl(),
            WAR.solrMode(),
            WAR.siteUrl(),
            WAR.dataDir(),
            WAR.cliSecretFile(),
            Optional.empty(),
            false,
            Optional.of(new WarConfiguration.DatabaseRole("terbuka_readonly", "ro-secret")));
    assertEquals("terbuka_readonly", war.systemProperties().get("terbuka.db.readonly.user"));
    assertEquals("ro-secret", war.secretEnvironment().get("TERBUKA_DB_READONLY_PASSWORD"));
    assertFalse(war.toString().contains("ro-secret"), war.toString());
    assertFalse(WAR.systemProperties().containsKey("terbuka.db.readonly.user"));
  }

  @Test
  void payaraCommandLine() {
    PayaraMicro.Settings settings =
        new PayaraMicro.Settings(
            Path.of("/rt/payara-micro.jar"),
            Path.of("/build/terbuka.war"),
            8080,
            "127.0.0.1",
            Path.of("/data/payara"),
            Path.of("/data/logs/payara.log"),
            List.of("-Xmx512m"),
            WAR);

    List<String> args = settings.arguments("run-1");

    assertEquals("-Xmx512m", args.get(0));
    assertTrue(args.contains("-Dterbuka.demo=true"));
    assertTrue(args.indexOf("-Dterbuka.instance.id=run-1") < args.indexOf("-jar"), args.toString());
    assertTrue(args.stream().noneMatch(a -> a.contains("db-secret") || a.contains("admin-secret")));
    String tail = String.join(" ", args.subList(args.indexOf("-jar"), args.size()));
    assertEquals(
        "-jar /rt/payara-micro.jar --deploy /build/terbuka.war --contextroot / --port 8080"
            + " --nocluster --rootdir /data/payara"
            + " --prebootcommandfile /data/payara/terbuka-preboot.asadmin",
        tail);
    assertTrue(settings.prebootCommands().contains("http-listener.address=127.0.0.1\n"));
    assertTrue(
        settings.prebootCommands().contains("set-openapi-configuration --enabled=false"),
        "Payara's own /openapi is off: the portal serves its document");
  }
}
