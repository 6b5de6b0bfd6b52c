package id.terbuka.deploy.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server run from the binaries zonky ships in a jar, keeping its data in a directory
 * that survives restarts. It creates the database {@value #DATABASE} if missing; the schema is the
 * WAR's business (Flyway).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "terbuka";
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /**
   * Starts the server, running initdb first if {@code dataDir} holds no cluster yet.
   *
   * @param dataDir the cluster directory (created by initdb; must be empty or a cluster)
   * @param port a fixed port, or empty for a free one
   * @param logFile where the server's output goes, or empty to discard it
   */
  public static EmbeddedDatabase start(Path dataDir, Optional<Integer> port, Optional<Path> logFile)
      throws IOException {
    Files.createDirectories(dataDir.getParent());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            // The owner stops the server in a chosen order (after Payara); a hook of zonky's own
            // would race with that.
            .setRegisterShutdownHook(false)
            // First start unpacks binaries and runs initdb: slow on a small machine.
            .setPGStartupWait(Duration.ofSeconds(60))
            // Loopback only: an embedded server is for this machine.
            .setServerConfig("listen_addresses", "127.0.0.1")
            // zonky turns this off for test speed; this cluster holds the portal's real data.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "100");
    port.ifPresent(builder::setPort);
    if (logFile.isPresent()) {
      Files.createDirectories(logFile.get().getParent());
      ProcessBuilder.Redirect append = ProcessBuilder.Redirect.appendTo(logFile.get().toFile());
      builder.setOutputRedirector(append).setErrorRedirector(append);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), dataDir);
    try {
      database.createDatabaseIfMissing();
    } catch (SQLException e) {
      database.close();
      throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
    }
    return database;
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        // UTF-8 regardless of the machine's locale: place names and text are Indonesian.
        create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
      }
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /**
   * The server's main process (the postmaster), which {@code pg_ctl} starts detached from the
   * launcher; PostgreSQL names it on the first line of {@code postmaster.pid}.
   */
  public Optional<ProcessHandle> serverProcess() {
    try {
      List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
      return lines.isEmpty()
          ? Optional.empty()
          : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** URL, user and password of database {@value #DATABASE}. */
  public DatabaseCoordinates coordinates() {
    // The embedded cluster trusts local connections; an empty password is accepted.
    return new DatabaseCoordinates(postgres.getJdbcUrl(USER, DATABASE), USER, "");
  }

  /** Stops the server (a fast shutdown: open sessions are ended, data is flushed). */
  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
