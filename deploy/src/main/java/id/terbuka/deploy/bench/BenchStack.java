package id.terbuka.deploy.bench;

import id.terbuka.deploy.db.DatabaseCoordinates;
import id.terbuka.deploy.db.EmbeddedDatabase;
import id.terbuka.deploy.payara.PayaraMicro;
import id.terbuka.deploy.payara.WarConfiguration;
import id.terbuka.deploy.process.Ports;
import id.terbuka.deploy.solr.SolrProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole portal for a benchmark, as {@code deploy/terbuka} runs it: embedded PostgreSQL, the
 * bundled Solr and Payara Micro with the built WAR (1 GB heap each), in a fresh work directory.
 */
final class BenchStack implements AutoCloseable {
  final Path work;
  final EmbeddedDatabase db;
  final SolrProcess solr;
  final PayaraMicro payara;
  final String portal;
  final String secret;
  final String dbPassword;

  private BenchStack(
      Path work,
      EmbeddedDatabase db,
      SolrProcess solr,
      PayaraMicro payara,
      String portal,
      String secret,
      String dbPassword) {
    this.work = work;
    this.db = db;
    this.solr = solr;
    this.payara = payara;
    this.portal = portal;
    this.secret = secret;
    this.dbPassword = dbPassword;
  }

  static BenchStack start(Path root) throws IOException {
    return start(root, false);
  }

  /** With {@code demo}, the portal loads the demo catalogue at its first start. */
  static BenchStack start(Path root, boolean demo) throws IOException {
    return start(root, demo, Map.of());
  }

  /**
   * With {@code portalSettings}: MicroProfile Config values for the WAR beyond the launcher's own,
   * given to Payara as {@code -Dkey=value} (for example {@code terbuka.max.upload.mb}, which
   * docs/operations.md lists as {@code TERBUKA_MAX_UPLOAD_MB}).
   */
  static BenchStack start(Path root, boolean demo, Map<String, String> portalSettings)
      throws IOException {
    Path work = Files.createTempDirectory("terbuka-bench-");
    System.err.println("Work directory: " + work);
    EmbeddedDatabase db =
        EmbeddedDatabase.start(
            work.resolve("postgres"),
            Optional.empty(),
            Optional.of(work.resolve("logs/postgres.log")));
    SolrProcess solr = null;
    try {
      solr =
          SolrProcess.launch(
              work.resolve("solr"),
              Ports.freePort(),
              List.of("-Xmx1g"),
              work.resolve("logs"),
              Optional.of(work.resolve("logs/solr.log")));
      solr.awaitReady();
      Path secretFile = work.resolve("cli-secret");
      String secret = "bench-" + System.nanoTime();
      Files.writeString(secretFile, secret);
      int port = Ports.freePort();
      DatabaseCoordinates coords = db.coordinates();
      String password =
          coords.password() == null || coords.password().isEmpty() ? "unused" : coords.password();
      WarConfiguration war =
          new WarConfiguration(
              coords.jdbcUrl(),
              coords.user(),
              password,
              solr.baseUrl(),
              "standalone",
              "http://127.0.0.1:" + port,
              work.resolve("data"),
              secretFile,
              Optional.of("bench-admin-password"),
              demo);
      List<String> jvmOptions = new ArrayList<>(List.of("-Xmx1g"));
      portalSettings.forEach((key, value) -> jvmOptions.add("-D" + key + "=" + value));
      PayaraMicro payara = launchPayara(root, work, port, war, jvmOptions);
      return new BenchStack(work, db, solr, payara, "http://127.0.0.1:" + port, secret, password);
    } catch (IOException | RuntimeException e) {
      if (solr != null) {
        solr.stop();
      }
      db.close();
      throw e;
    }
  }

  /** Payara Micro with the built WAR, ready; stopped again when it does not become ready. */
  private static PayaraMicro launchPayara(
      Path root, Path work, int port, WarConfiguration war, List<String> jvmOptions)
      throws IOException {
    PayaraMicro payara =
        PayaraMicro.launch(
            new PayaraMicro.Settings(
                root.resolve("deploy/target/runtime/payara-micro.jar"),
                root.resolve("portal-web/target/terbuka.war"),
                port,
                "127.0.0.1",
                work.resolve("payara"),
                work.resolve("logs/payara.log"),
                jvmOptions,
                war));
    try {
      payara.awaitReady();
    } catch (IOException | RuntimeException e) {
      payara.stop();
      throw e;
    }
    return payara;
  }

  DatabaseCoordinates coordinates() {
    return db.coordinates();
  }

  private volatile boolean closed;

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    payara.stop();
    solr.stop();
    db.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      System.err.println("Stopping the benchmark's servers: " + e);
    }
  }
}
