package id.terbuka.deploy.payara;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MicroProfile Config values the launcher hands to the WAR. Plain values become {@code -D}
 * system properties; secrets go into the child's environment under their {@code TERBUKA_*} names
 * instead, because a command line is readable by every user of the machine ({@code ps}) and the
 * environment is not. MicroProfile Config maps both to the same keys.
 *
 * @param dbUrl {@code terbuka.db.url}
 * @param dbUser {@code terbuka.db.user}
 * @param dbPassword {@code terbuka.db.password} (environment {@code TERBUKA_DB_PASSWORD})
 * @param solrUrl {@code terbuka.solr.url}: a base URL, or comma-separated node URLs
 * @param solrMode {@code terbuka.solr.mode}: {@code standalone} or {@code cloud}
 * @param siteUrl {@code terbuka.site.url}
 * @param dataDir {@code terbuka.data.dir}, absolute
 * @param cliSecretFile {@code terbuka.cli.secret.file}: path of the file holding the CLI secret
 * @param adminPassword {@code terbuka.admin.password} (environment {@code TERBUKA_ADMIN_PASSWORD}),
 *     present until the first admin has been created
 * @param demo {@code terbuka.demo}
 * @param dbReadonly {@code terbuka.db.readonly.user} and {@code .password} (environment {@code
 *     TERBUKA_DB_READONLY_PASSWORD}), the DataStore's read-only role, when the launcher chose it
 */
public record WarConfiguration(
    String dbUrl,
    String dbUser,
    String dbPassword,
    String solrUrl,
    String solrMode,
    String siteUrl,
    Path dataDir,
    Path cliSecretFile,
    Optional<String> adminPassword,
    boolean demo,
    Optional<DatabaseRole> dbReadonly) {

  /** A database role's name and password. */
  public record DatabaseRole(String user, String password) {
    @Override
    public String toString() {
      return "DatabaseRole[user=" + user + "]";
    }
  }

  /** Without a read-only role of the launcher's (the WAR inherits any TERBUKA_DB_READONLY_*). */
  public WarConfiguration(
      String dbUrl,
      String dbUser,
      String dbPassword,
      String solrUrl,
      String solrMode,
      String siteUrl,
      Path dataDir,
      Path cliSecretFile,
      Optional<String> adminPassword,
      boolean demo) {
    this(
        dbUrl,
        dbUser,
        dbPassword,
        solrUrl,
        solrMode,
        siteUrl,
        dataDir,
        cliSecretFile,
        adminPassword,
        demo,
        Optional.empty());
  }

  /** {@code -Dkey=value} pairs, in a stable order. */
  public Map<String, String> systemProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("terbuka.db.url", dbUrl);
    properties.put("terbuka.db.user", dbUser);
    properties.put("terbuka.solr.url", solrUrl);
    properties.put("terbuka.solr.mode", solrMode);
    properties.put("terbuka.site.url", siteUrl);
    properties.put("terbuka.data.dir", dataDir.toAbsolutePath().toString());
    properties.put("terbuka.cli.secret.file", cliSecretFile.toAbsolutePath().toString());
    properties.put("terbuka.demo", Boolean.toString(demo));
    dbReadonly.ifPresent(r -> properties.put("terbuka.db.readonly.user", r.user()));
    return properties;
  }

  /** Environment entries for the secrets, added to what the child inherits. */
  public Map<String, String> secretEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("TERBUKA_DB_PASSWORD", dbPassword);
    adminPassword.ifPresent(p -> env.put("TERBUKA_ADMIN_PASSWORD", p));
    dbReadonly.ifPresent(r -> env.put("TERBUKA_DB_READONLY_PASSWORD", r.password()));
    return env;
  }

  @Override
  public String toString() {
    return "WarConfiguration" + systemProperties();
  }
}
