package id.terbuka.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place where the portal reads its configuration (MicroProfile Config: system properties
 * {@code terbuka.*} or environment variables {@code TERBUKA_*}). Every key is documented in
 * docs/operations.md.
 */
@ApplicationScoped
public class TerbukaConfig {

  @Inject
  @ConfigProperty(name = "terbuka.site.url", defaultValue = "http://localhost:8080")
  String siteUrl;

  @Inject
  @ConfigProperty(name = "terbuka.data.dir", defaultValue = "var")
  String dataDir;

  @Inject
  @ConfigProperty(name = "terbuka.solr.url", defaultValue = "http://127.0.0.1:8983/solr")
  String solrUrl;

  @Inject
  @ConfigProperty(name = "terbuka.solr.mode", defaultValue = "standalone")
  String solrMode;

  @Inject
  @ConfigProperty(name = "terbuka.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "terbuka.cli.secret.file")
  Optional<String> cliSecretFile;

  @Inject
  @ConfigProperty(name = "terbuka.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "terbuka.max.upload.mb", defaultValue = "200")
  long maxUploadMb;

  @Inject
  @ConfigProperty(name = "terbuka.site.title", defaultValue = "Terbuka - Portal Data Bojonegoro")
  String siteTitle;

  @Inject
  @ConfigProperty(name = "terbuka.db.url")
  Optional<String> dbUrl;

  @Inject
  @ConfigProperty(name = "terbuka.db.readonly.user")
  Optional<String> dbReadonlyUser;

  @Inject
  @ConfigProperty(name = "terbuka.db.readonly.password")
  Optional<String> dbReadonlyPassword;

  @Inject
  @ConfigProperty(name = "terbuka.datastore.sql.timeout.ms", defaultValue = "10000")
  long datastoreSqlTimeoutMs;

  @Inject
  @ConfigProperty(name = "terbuka.datastore.sql.rows.max", defaultValue = "32000")
  int datastoreSqlRowsMax;

  @Inject
  @ConfigProperty(name = "terbuka.instance.id")
  Optional<String> instanceId;

  // Harvester (issue 13): private and loopback remotes only when the operator allows them.
  @Inject
  @ConfigProperty(name = "terbuka.harvest.allow.private")
  Optional<Boolean> harvestAllowPrivate;

  // The timeliness reports (issue 13, item 4): grace days per frequency ("bulanan=10,..."), the
  // days after a budget period's end a realisation report is due, and the days a contracting
  // process may wait between stages before the report names it.
  @Inject
  @ConfigProperty(name = "terbuka.reports.grace")
  Optional<String> reportsGrace;

  @Inject
  @ConfigProperty(name = "terbuka.reports.budget.deadline.days", defaultValue = "10")
  int reportsBudgetDeadlineDays;

  @Inject
  @ConfigProperty(name = "terbuka.reports.contracts.stage.days", defaultValue = "30")
  int reportsContractStageDays;

  /** {@code terbuka.reports.grace}: overrides of the grace days per frequency, blank for none. */
  public String reportsGrace() {
    return reportsGrace.map(String::strip).orElse("");
  }

  /** {@code terbuka.reports.budget.deadline.days}: a budget period is due this many days after. */
  public int reportsBudgetDeadlineDays() {
    return Math.max(0, reportsBudgetDeadlineDays);
  }

  /** {@code terbuka.reports.contracts.stage.days}: patience between contracting stages. */
  public int reportsContractStageDays() {
    return Math.max(0, reportsContractStageDays);
  }

  /** Public base URL without a trailing slash, used in every absolute link. */
  public String siteUrl() {
    return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  /**
   * The name of this run of the portal, set by the launcher for each start so it can tell this
   * process's readiness answer from one of an earlier run still on the port; empty elsewhere.
   */
  public Optional<String> instanceId() {
    return instanceId;
  }

  public String siteTitle() {
    return siteTitle;
  }

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath();
  }

  public String solrUrl() {
    return solrUrl;
  }

  public boolean solrCloud() {
    return "cloud".equalsIgnoreCase(solrMode.trim());
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }

  public Optional<Path> cliSecretFile() {
    return cliSecretFile.filter(p -> !p.isBlank()).map(Path::of);
  }

  public boolean demo() {
    return demo;
  }

  public long maxUploadBytes() {
    return maxUploadMb * 1024L * 1024L;
  }

  /** Room for the other form fields and multipart boundaries next to a file of the maximum size. */
  static final long MULTIPART_ALLOWANCE = 64 * 1024;

  /**
   * Whether a request body that declares {@code contentLength} bytes is over the upload limit (plus
   * room for the other fields): such a body is refused before it is read, by the API and by the
   * publisher forms alike. Undeclared lengths (-1) are checked while streaming.
   */
  public boolean declaredBodyTooLarge(long contentLength) {
    return contentLength > maxUploadBytes() + MULTIPART_ALLOWANCE;
  }

  /** JDBC URL of the database (the application's data source reads it too). */
  public Optional<String> dbUrl() {
    return dbUrl.map(String::trim).filter(u -> !u.isEmpty());
  }

  /**
   * The read-only role of {@code datastore_search_sql} ({@code terbuka.db.readonly.user}); empty
   * when not configured, which turns that action off.
   */
  public Optional<String> dbReadonlyUser() {
    return dbReadonlyUser.map(String::trim).filter(u -> !u.isEmpty());
  }

  /** Its password ({@code terbuka.db.readonly.password}); empty stands for none. */
  public String dbReadonlyPassword() {
    return dbReadonlyPassword.orElse("");
  }

  /** {@code statement_timeout} of a {@code datastore_search_sql} query, in milliseconds. */
  public long datastoreSqlTimeoutMs() {
    return Math.max(100, datastoreSqlTimeoutMs);
  }

  /** Most records one {@code datastore_search_sql} answer carries (CKAN's rows_max). */
  public int datastoreSqlRowsMax() {
    return Math.max(1, datastoreSqlRowsMax);
  }

  /**
   * Whether harvest sources may be on loopback or private addresses: as set, else only in the demo
   * (which harvests a second instance on the same machine).
   */
  public boolean harvestAllowPrivate() {
    return harvestAllowPrivate.orElse(demo);
  }
}
