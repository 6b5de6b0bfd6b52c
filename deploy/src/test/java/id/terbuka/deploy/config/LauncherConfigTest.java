package id.terbuka.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

  private static final Path CWD = Path.of("/srv/portal");

  @Test
  void defaultsRunEverythingEmbeddedUnderVarOfTheCurrentDirectory() {
    LauncherConfig config = LauncherConfig.fromEnvironment(Map.of(), CWD);

    assertEquals(Path.of("/srv/portal/var"), config.dataDir());
    assertEquals(8080, config.port());
    assertEquals("127.0.0.1", config.httpAddress());
    assertEquals(8983, config.solrPort());
    assertEquals(Optional.empty(), config.dbPort());
    assertTrue(config.externalDb().isEmpty());
    assertTrue(config.externalSolrUrl().isEmpty());
    assertEquals(SolrMode.STANDALONE, config.solrMode());
    assertEquals("http://localhost:8080", config.siteUrl());
    assertTrue(config.adminPassword().isEmpty());
    assertEquals(List.of("-Xmx512m"), config.payaraJvmOptions());
    assertEquals(List.of("-Xmx512m"), config.solrJvmOptions());
    assertTrue(config.dbReadonlyUser().isEmpty());
  }

  @Test
  void readsEverySetting() {
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("TERBUKA_DATA_DIR", "data/../instance"),
            Map.entry("TERBUKA_PORT", "9090"),
            Map.entry("TERBUKA_HTTP_ADDRESS", "0.0.0.0"),
            Map.entry("TERBUKA_SOLR_PORT", "9983"),
            Map.entry("TERBUKA_DB_PORT", "5433"),
            Map.entry("TERBUKA_DB_URL", "jdbc:postgresql://db.local:5432/terbuka"),
            Map.entry("TERBUKA_DB_USER", "portal"),
            Map.entry("TERBUKA_DB_PASSWORD", " spaces kept "),
            Map.entry("TERBUKA_SOLR_URL", "http://a:8983/solr/,http://b:8983/solr/"),
            Map.entry("TERBUKA_SOLR_MODE", "Cloud"),
            Map.entry("TERBUKA_SITE_URL", "https://data.bojonegorokab.go.id/"),
            Map.entry("TERBUKA_ADMIN_PASSWORD", "s3cret"),
            Map.entry("TERBUKA_PAYARA_OPTS", " -Xmx1g   -XX:+UseG1GC "),
            Map.entry("TERBUKA_SOLR_OPTS", ""),
            Map.entry("TERBUKA_DB_READONLY_USER", " portal_ro "));

    LauncherConfig config = LauncherConfig.fromEnvironment(env, CWD);

    assertEquals(Path.of("/srv/portal/instance"), config.dataDir());
    assertEquals(9090, config.port());
    assertEquals("0.0.0.0", config.httpAddress());
    assertEquals(9983, config.solrPort());
    assertEquals(Optional.of(5433), config.dbPort());
    assertEquals(
        new LauncherConfig.ExternalDatabase(
            "jdbc:postgresql://db.local:5432/terbuka", "portal", " spaces kept "),
        config.externalDb().orElseThrow());
    assertEquals("http://a:8983/solr/,http://b:8983/solr", config.externalSolrUrl().orElseThrow());
    assertEquals(SolrMode.CLOUD, config.solrMode());
    assertEquals("https://data.bojonegorokab.go.id", config.siteUrl());
    assertEquals(Optional.of("s3cret"), config.adminPassword());
    assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC"), config.payaraJvmOptions());
    // Blank means "not set", so the default heap applies.
    assertEquals(List.of("-Xmx512m"), config.solrJvmOptions());
    assertEquals(Optional.of("portal_ro"), config.dbReadonlyUser());
  }

  @Test
  void absoluteDataDirIsKept() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(Map.of("TERBUKA_DATA_DIR", "/var/lib/terbuka"), CWD);

    assertEquals(Path.of("/var/lib/terbuka"), config.dataDir());
  }

  @Test
  void siteUrlDefaultFollowsThePort() {
    LauncherConfig config = LauncherConfig.fromEnvironment(Map.of("TERBUKA_PORT", "8181"), CWD);

    assertEquals("http://localhost:8181", config.siteUrl());
  }

  @Test
  void externalDatabaseUserDefaultsToPostgres() {
    LauncherConfig config =
        LauncherConfig.fromEnvironment(
            Map.of("TERBUKA_DB_URL", "jdbc:postgresql://localhost/terbuka"), CWD);

    assertEquals("postgres", config.externalDb().orElseThrow().user());
    assertEquals("", config.externalDb().orElseThrow().password());
  }

  @Test
  void rejectsMalformedValuesNamingTheVariable() {
    assertMessageMentions(Map.of("TERBUKA_PORT", "http"), "TERBUKA_PORT");
    assertMessageMentions(Map.of("TERBUKA_SOLR_PORT", "70000"), "TERBUKA_SOLR_PORT");
    assertMessageMentions(Map.of("TERBUKA_SOLR_MODE", "zookeeper"), "TERBUKA_SOLR_MODE");
    assertMessageMentions(Map.of("TERBUKA_DB_URL", "postgres://x/y"), "TERBUKA_DB_URL");
  }

  @Test
  void cloudModeNeedsAnExternalSolr() {
    assertMessageMentions(Map.of("TERBUKA_SOLR_MODE", "cloud"), "TERBUKA_SOLR_URL");
  }

  private static void assertMessageMentions(Map<String, String> env, String text) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> LauncherConfig.fromEnvironment(env, CWD));
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }
}
