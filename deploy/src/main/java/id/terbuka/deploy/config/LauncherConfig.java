package id.terbuka.deploy.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code TERBUKA_*} setting the launcher itself acts on, read once from the environment.
 * Settings only the WAR reads (for example {@code TERBUKA_MAX_UPLOAD_MB}) are not modelled here:
 * the WAR's MicroProfile Config finds them in the environment it inherits.
 *
 * @param dataDir absolute data directory ({@code TERBUKA_DATA_DIR}, default {@code var/} under the
 *     current directory)
 * @param port HTTP port of Payara Micro ({@code TERBUKA_PORT})
 * @param httpAddress address Payara's HTTP listener binds to ({@code TERBUKA_HTTP_ADDRESS}, default
 *     loopback: put a reverse proxy in front, or set {@code 0.0.0.0})
 * @param solrPort port of the bundled Solr ({@code TERBUKA_SOLR_PORT})
 * @param dbPort fixed port for the embedded PostgreSQL, empty for a free one ({@code
 *     TERBUKA_DB_PORT})
 * @param externalDb an external database, when {@code TERBUKA_DB_URL} is set
 * @param externalSolrUrl external Solr base URL(s), when {@code TERBUKA_SOLR_URL} is set
 * @param solrMode standalone or SolrCloud ({@code TERBUKA_SOLR_MODE})
 * @param siteUrl public URL of the site ({@code TERBUKA_SITE_URL})
 * @param adminPassword the first admin's password, when {@code TERBUKA_ADMIN_PASSWORD} is set
 * @param payaraJvmOptions JVM options for Payara Micro ({@code TERBUKA_PAYARA_OPTS})
 * @param solrJvmOptions JVM options for the bundled Solr ({@code TERBUKA_SOLR_OPTS})
 * @param dbReadonlyUser the DataStore's read-only role, when {@code TERBUKA_DB_READONLY_USER} is
 *     set (the WAR reads it and its password from the environment; the launcher only needs to know
 *     not to choose one of its own)
 */
public record LauncherConfig(
    Path dataDir,
    int port,
    String httpAddress,
    int solrPort,
    Optional<Integer> dbPort,
    Optional<ExternalDatabase> externalDb,
    Optional<String> externalSolrUrl,
    SolrMode solrMode,
    String siteUrl,
    Optional<String> adminPassword,
    List<String> payaraJvmOptions,
    List<String> solrJvmOptions,
    Optional<String> dbReadonlyUser) {

  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_SOLR_PORT = 8983;
  static final String DEFAULT_JVM_OPTIONS = "-Xmx512m";

  /** An operator-provided PostgreSQL instead of the embedded one. */
  public record ExternalDatabase(String url, String user, String password) {}

  public LauncherConfig {
    payaraJvmOptions = List.copyOf(payaraJvmOptions);
    solrJvmOptions = List.copyOf(solrJvmOptions);
  }

  /**
   * Reads the settings.
   *
   * @param env the process environment (a plain map so tests need no real environment)
   * @param workingDir where a relative {@code TERBUKA_DATA_DIR} is resolved
   * @throws ConfigException when a value is malformed or settings contradict each other
   */
  public static LauncherConfig fromEnvironment(Map<String, String> env, Path workingDir) {
    Settings s = new Settings(env);
    Path dataDir =
        workingDir.resolve(s.text("TERBUKA_DATA_DIR").orElse("var")).toAbsolutePath().normalize();
    int port = s.port("TERBUKA_PORT").orElse(DEFAULT_PORT);
    int solrPort = s.port("TERBUKA_SOLR_PORT").orElse(DEFAULT_SOLR_PORT);
    Optional<ExternalDatabase> externalDb =
        s.text("TERBUKA_DB_URL")
            .map(
                url ->
                    externalDatabase(url, s.text("TERBUKA_DB_USER"), s.raw("TERBUKA_DB_PASSWORD")));
    Optional<String> solrUrl = s.text("TERBUKA_SOLR_URL").map(LauncherConfig::trimSlashes);
    SolrMode mode = s.text("TERBUKA_SOLR_MODE").map(SolrMode::parse).orElse(SolrMode.STANDALONE);
    if (mode == SolrMode.CLOUD && solrUrl.isEmpty()) {
      // The bundled Solr is a single standalone node; cloud mode only makes sense against a
      // cluster.
      throw new ConfigException(
          "TERBUKA_SOLR_MODE=cloud needs TERBUKA_SOLR_URL (the cluster's node URLs)");
    }
    String siteUrl = trimSlashes(s.text("TERBUKA_SITE_URL").orElse("http://localhost:" + port));
    return new LauncherConfig(
        dataDir,
        port,
        s.text("TERBUKA_HTTP_ADDRESS").orElse("127.0.0.1"),
        solrPort,
        s.port("TERBUKA_DB_PORT"),
        externalDb,
        solrUrl,
        mode,
        siteUrl,
        s.raw("TERBUKA_ADMIN_PASSWORD").filter(p -> !p.isEmpty()),
        jvmOptions(s.text("TERBUKA_PAYARA_OPTS")),
        jvmOptions(s.text("TERBUKA_SOLR_OPTS")),
        s.text("TERBUKA_DB_READONLY_USER"));
  }

  private static ExternalDatabase externalDatabase(
      String url, Optional<String> user, Optional<String> password) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new ConfigException(
          "TERBUKA_DB_URL must be a JDBC URL (jdbc:postgresql://host:port/db)");
    }
    return new ExternalDatabase(url, user.orElse("postgres"), password.orElse(""));
  }

  private static List<String> jvmOptions(Optional<String> value) {
    String options = value.orElse(DEFAULT_JVM_OPTIONS).trim();
    return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
  }

  /** Removes trailing slashes so URLs can be joined with {@code "/path"}. */
  private static String trimSlashes(String url) {
    String result = url.trim();
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** Typed access to the environment, treating blank values as absent. */
  private record Settings(Map<String, String> env) {

    Optional<String> raw(String name) {
      return Optional.ofNullable(env.get(name));
    }

    Optional<String> text(String name) {
      return raw(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    Optional<Integer> port(String name) {
      return text(name).map(v -> parsePort(name, v));
    }

    private static int parsePort(String name, String value) {
      try {
        int port = Integer.parseInt(value);
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below with the variable's name
      }
      throw new ConfigException(name + " must be a port number (1-65535), not '" + value + "'");
    }
  }
}
