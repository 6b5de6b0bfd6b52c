package id.terbuka.web;

import id.terbuka.deploy.db.DatabaseCoordinates;
import id.terbuka.deploy.db.EmbeddedDatabase;
import id.terbuka.deploy.solr.BundledSolr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL and a real Solr once per test JVM (the launcher's own classes), and
 * hands their addresses to the Payara Micro JVM that Arquillian starts, through {@code
 * payara.cmdOptions}, or to the one shared by most test classes ({@link SharedPortal}). Must be
 * registered before the Arquillian extension.
 */
public final class TestInfrastructure implements BeforeAllCallback {
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";

  /** The DataStore's read-only role (datastore_search_sql), created by migration V6. */
  public static final String READONLY_USER = "terbuka_readonly";

  public static final String READONLY_PASSWORD = "readonly-password-for-tests";

  /** datastore_search_sql's statement timeout and row cap, small so that tests reach them. */
  public static final long SQL_TIMEOUT_MS = 3000;

  public static final int SQL_ROWS_MAX = 1000;

  private static EmbeddedDatabase database;
  private static BundledSolr solr;
  private static Path dataDir;
  private static Path cliSecret;
  private static List<String> payaraOptions;

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  static synchronized void start() {
    if (database != null) {
      return;
    }
    try {
      dataDir = Files.createTempDirectory("terbuka-it-");
      database =
          EmbeddedDatabase.start(
              dataDir.resolve("postgres"),
              Optional.empty(),
              Optional.of(dataDir.resolve("logs/postgres.log")));
      solr = BundledSolr.startInProcess(dataDir.resolve("solr"), freePort());
      cliSecret = dataDir.resolve("cli-secret");
      Files.writeString(cliSecret, "it-secret-" + System.nanoTime());
      Files.setPosixFilePermissions(cliSecret, PosixFilePermissions.fromString("rw-------"));
      var db = database.coordinates();
      payaraOptions =
          List.of(
              "-Xmx512m",
              // As the launcher does (PayaraMicro.NO_RESOURCE_VALIDATION): Payara's deploy-time
              // resource check sometimes ran before the WAR's data source was bound.
              "-Ddeployment.resource.validation=false",
              "-Dterbuka.db.url=" + db.jdbcUrl(),
              "-Dterbuka.db.user=" + db.user(),
              "-Dterbuka.db.password="
                  + (db.password() == null || db.password().isEmpty() ? "unused" : db.password()),
              "-Dterbuka.solr.url=" + solr.baseUrl(),
              "-Dterbuka.data.dir=" + dataDir,
              "-Dterbuka.admin.password=" + ADMIN_PASSWORD,
              "-Dterbuka.cli.secret.file=" + cliSecret,
              "-Dterbuka.max.upload.mb=1",
              // The ITs publish Dasa Wisma snapshots themselves; an hourly one taken in the
              // middle of a run would make theirs a second snapshot of the month.
              "-Dterbuka.dasawisma.monthly.snapshots=false",
              // PublicationLogIT publishes the log's daily heads and runs full checks itself.
              "-Dterbuka.audit.daily.head=false",
              "-Dterbuka.audit.daily.full.check=false",
              // The official OCDS examples (prefix ocds-213czf) are ingested as golden cases.
              "-Dterbuka.ocid.prefixes.accepted=ocds-213czf",
              "-Dterbuka.db.readonly.user=" + READONLY_USER,
              "-Dterbuka.db.readonly.password=" + READONLY_PASSWORD,
              "-Dterbuka.datastore.sql.timeout.ms=" + SQL_TIMEOUT_MS,
              "-Dterbuka.datastore.sql.rows.max=" + SQL_ROWS_MAX,
              // HarvestIT harvests a second instance and a fake remote on 127.0.0.1.
              "-Dterbuka.harvest.allow.private=true");
      System.setProperty("payara.cmdOptions", String.join(" ", payaraOptions));
      Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stop));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized void stop() {
    try {
      if (solr != null) {
        solr.close();
      }
      if (database != null) {
        database.close();
      }
    } catch (IOException e) {
      // The JVM is ending; nothing else to do.
    }
  }

  /** The Payara JVM's options: database, Solr, data directory and the test settings. */
  static List<String> payaraOptions() {
    return payaraOptions;
  }

  /** Where the test database is and who the portal connects as. */
  static DatabaseCoordinates database() {
    return database.coordinates();
  }

  /** The portal's data directory (uploaded files live under {@code files/}). */
  public static Path dataDir() {
    return dataDir;
  }

  /** JDBC URL of the test database without a user (to connect as another role). */
  public static String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + EmbeddedDatabase.DATABASE;
  }

  public static BundledSolr solr() {
    return solr;
  }

  public static String cliSecret() {
    try {
      return Files.readString(cliSecret).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
