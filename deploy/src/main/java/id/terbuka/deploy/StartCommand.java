package id.terbuka.deploy;

import id.terbuka.deploy.admin.AdminClient;
import id.terbuka.deploy.admin.AdminException;
import id.terbuka.deploy.config.LauncherConfig;
import id.terbuka.deploy.data.DataDirectory;
import id.terbuka.deploy.data.InstanceLock;
import id.terbuka.deploy.data.InstanceRecord;
import id.terbuka.deploy.data.SecretFiles;
import id.terbuka.deploy.db.DatabaseCoordinates;
import id.terbuka.deploy.db.EmbeddedDatabase;
import id.terbuka.deploy.payara.PayaraMicro;
import id.terbuka.deploy.payara.WarConfiguration;
import id.terbuka.deploy.process.Ports;
import id.terbuka.deploy.process.ProcessRef;
import id.terbuka.deploy.solr.SolrProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code terbuka start} and {@code terbuka demo}: PostgreSQL, Solr, then Payara with the WAR, in
 * the foreground until SIGINT/SIGTERM, which stops them in reverse order.
 *
 * <p>Nothing starts while a port it needs is taken (a previous instance still stopping, or another
 * program), and each started process and port goes into the data directory's {@link
 * InstanceRecord}, so that {@code terbuka stop} can wait until all of them are gone.
 */
final class StartCommand {
  static final String READONLY_USER = "terbuka_readonly";

  private final LauncherConfig config;
  private final Artefacts artefacts;
  private final boolean demo;
  private final PrintStream out;
  private final Lifecycle lifecycle;
  private InstanceRecord record = InstanceRecord.empty();

  StartCommand(LauncherConfig config, Artefacts artefacts, boolean demo, PrintStream out) {
    this.config = config;
    this.artefacts = artefacts;
    this.demo = demo;
    this.out = out;
    this.lifecycle = new Lifecycle(out);
  }

  /** Runs until stopped; returns the exit code. */
  int run() throws IOException, InterruptedException {
    DataDirectory dataDir = new DataDirectory(config.dataDir()).create();
    Optional<InstanceLock> lock = InstanceLock.acquire(dataDir);
    if (lock.isEmpty()) {
      String pid = InstanceLock.recordedPid(dataDir).map(p -> " (pid " + p + ")").orElse("");
      System.err.println(
          "Terbuka is already running on "
              + dataDir.root()
              + pid
              + ". Stop it first with: deploy/terbuka stop");
      return 1;
    }
    Optional<String> portTaken = Ports.firstTaken(portsNeeded());
    if (portTaken.isPresent()) {
      System.err.println("Terbuka did not start: " + portTaken.get());
      lock.get().close();
      return 1;
    }
    remember(record.withProcess(ProcessRef.of("the launcher", ProcessHandle.current())), dataDir);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutDown(lock.get()), "terbuka-shutdown"));
    try {
      PayaraMicro payara = startAll(dataDir);
      int code = payara.jvm().waitFor();
      if (lifecycle.isStopping()) {
        return 0;
      }
      System.err.println(
          "Payara Micro exited unexpectedly (exit code "
              + code
              + "). Its log ends with:\n"
              + payara.jvm().logTail());
    } catch (IOException | IllegalStateException e) {
      if (lifecycle.isStopping()) {
        return 0;
      }
      System.err.println("Terbuka did not start: " + e.getMessage());
    }
    lifecycle.stopAll();
    return 1;
  }

  private PayaraMicro startAll(DataDirectory dataDir) throws IOException {
    SecretFiles.readOrCreate(dataDir.cliSecret(), SecretFiles.randomToken());
    boolean firstStart = !Files.exists(dataDir.initialisedMarker());
    Optional<String> adminPassword =
        firstStart ? Optional.of(firstAdminPassword(dataDir)) : Optional.empty();

    DatabaseCoordinates db = startDatabase(dataDir);
    String solrUrl = startSolr(dataDir);
    WarConfiguration war =
        new WarConfiguration(
            db.jdbcUrl(),
            db.user(),
            db.password(),
            solrUrl,
            config.solrMode().configValue(),
            config.siteUrl(),
            dataDir.root(),
            dataDir.cliSecret(),
            adminPassword,
            demo,
            readonlyRole(dataDir));
    PayaraMicro payara = launchPayara(dataDir, war);
    announce(dataDir, payara, adminPassword);
    if (demo) {
      loadDemoBudget(dataDir);
      loadDemoContracts(dataDir);
      loadDemoDasaWisma(dataDir);
    }
    return payara;
  }

  /**
   * The demo's budget goes through the portal's import API once the portal is ready, as the finance
   * office's file would. A failure is reported, not fatal: the rest of the demo still runs.
   */
  private void loadDemoBudget(DataDirectory dataDir) {
    try {
      String answer = AdminClient.forDataDirectory(dataDir).loadDemoBudget();
      if (answer.contains("true")) {
        out.println("Demo budget (realisasi APBD 2024 and 2025) loaded: /anggaran");
      }
    } catch (AdminException e) {
      System.err.println("The demo budget was not loaded: " + e.getMessage());
    }
  }

  /** The demo's procurement, through the spreadsheet import like the budget; not fatal either. */
  private void loadDemoContracts(DataDirectory dataDir) {
    try {
      String answer = AdminClient.forDataDirectory(dataDir).loadDemoContracts();
      if (answer.contains("true")) {
        out.println("Demo procurement (OCDS, 2025) loaded: /kontrak");
      }
    } catch (AdminException e) {
      System.err.println("The demo procurement was not loaded: " + e.getMessage());
    }
  }

  /** The demo's Dasa Wisma households and their first snapshot; not fatal either. */
  private void loadDemoDasaWisma(DataDirectory dataDir) {
    try {
      String answer = AdminClient.forDataDirectory(dataDir).loadDemoDasaWisma();
      if (answer.contains("true")) {
        out.println("Demo Dasa Wisma (PKK households of five kecamatan) loaded: /dasawisma");
      }
    } catch (AdminException e) {
      System.err.println("The demo Dasa Wisma was not loaded: " + e.getMessage());
    }
  }

  /** Starts Payara Micro with the WAR, records it for {@code stop}, waits until it is ready. */
  private PayaraMicro launchPayara(DataDirectory dataDir, WarConfiguration war) throws IOException {
    out.println(
        "Starting Payara Micro with "
            + artefacts.war()
            + " (log: "
            + dataDir.logs().resolve("payara.log")
            + ") ...");
    PayaraMicro payara =
        PayaraMicro.launch(
            new PayaraMicro.Settings(
                artefacts.payaraJar(),
                artefacts.war(),
                config.port(),
                config.httpAddress(),
                dataDir.payara(),
                dataDir.logs().resolve("payara.log"),
                config.payaraJvmOptions(),
                war));
    lifecycle.add("Payara Micro", payara::stop);
    remember(
        record
            .withInstanceId(payara.instanceId())
            .withProcess(ProcessRef.of("Payara Micro", payara.jvm().handle()))
            .withPort("the portal", config.port()),
        dataDir);
    payara.awaitReady();
    return payara;
  }

  /**
   * Writes the portal's URL for the other commands and tells the operator where it runs; on the
   * first start, marks the data directory initialised and shows the first admin's password once.
   */
  private void announce(DataDirectory dataDir, PayaraMicro payara, Optional<String> adminPassword)
      throws IOException {
    // The password is known exactly on the first start (startAll reads it only then).
    boolean firstStart = adminPassword.isPresent();
    Files.writeString(dataDir.urlFile(), payara.localUrl() + "\n", StandardCharsets.UTF_8);
    out.println();
    out.println(
        "Terbuka is running at " + config.siteUrl() + "  (local: " + payara.localUrl() + ")");
    if (firstStart) {
      Files.writeString(
          dataDir.initialisedMarker(), "first started by the launcher\n", StandardCharsets.UTF_8);
      Files.deleteIfExists(dataDir.pendingAdminPassword());
      out.println("First start of " + dataDir.root() + ". Sign in as:");
      out.println("  user:     admin");
      out.println("  password: " + adminPassword.orElseThrow());
      out.println("  (shown only now; change it after signing in)");
    }
    out.println("Stop with Ctrl-C or: deploy/terbuka stop");
    out.println();
  }

  /**
   * The first admin's password: the operator's, or a generated one kept in a private file until the
   * first start succeeds, so a failed first start does not lose the password the WAR may already
   * have used.
   */
  private String firstAdminPassword(DataDirectory dataDir) throws IOException {
    if (config.adminPassword().isPresent()) {
      return config.adminPassword().get();
    }
    return SecretFiles.readOrCreate(dataDir.pendingAdminPassword(), SecretFiles.randomPassword());
  }

  /**
   * The DataStore's read-only role the launcher picks for its embedded database, so that {@code
   * datastore_search_sql} works out of the box: {@value #READONLY_USER} with a generated password
   * kept in {@code secrets/}. Migration V6 creates it (the embedded user is a superuser). With an
   * external database, or when the operator set {@code TERBUKA_DB_READONLY_USER}, the WAR uses the
   * operator's settings (inherited environment) instead.
   */
  private Optional<WarConfiguration.DatabaseRole> readonlyRole(DataDirectory dataDir)
      throws IOException {
    if (config.externalDb().isPresent() || config.dbReadonlyUser().isPresent()) {
      return Optional.empty();
    }
    String password =
        SecretFiles.readOrCreate(dataDir.readonlyDbPassword(), SecretFiles.randomPassword());
    return Optional.of(new WarConfiguration.DatabaseRole(READONLY_USER, password));
  }

  private DatabaseCoordinates startDatabase(DataDirectory dataDir) throws IOException {
    if (config.externalDb().isPresent()) {
      LauncherConfig.ExternalDatabase external = config.externalDb().get();
      out.println("Using PostgreSQL at " + external.url());
      return new DatabaseCoordinates(external.url(), external.user(), external.password());
    }
    out.println("Starting PostgreSQL (data: " + dataDir.postgres() + ") ...");
    EmbeddedDatabase database =
        EmbeddedDatabase.start(
            dataDir.postgres(),
            config.dbPort(),
            Optional.of(dataDir.logs().resolve("postgres.log")));
    lifecycle.add("PostgreSQL", database::close);
    InstanceRecord withDatabase = record.withPort("PostgreSQL", database.port());
    Optional<ProcessHandle> server = database.serverProcess();
    if (server.isPresent()) {
      withDatabase = withDatabase.withProcess(ProcessRef.of("PostgreSQL", server.get()));
    }
    remember(withDatabase, dataDir);
    out.println("PostgreSQL is up on 127.0.0.1:" + database.port());
    return database.coordinates();
  }

  private String startSolr(DataDirectory dataDir) throws IOException {
    if (config.externalSolrUrl().isPresent()) {
      out.println(
          "Using Solr at "
              + config.externalSolrUrl().get()
              + " ("
              + config.solrMode().configValue()
              + ")");
      return config.externalSolrUrl().get();
    }
    out.println(
        "Starting Solr on 127.0.0.1:"
            + config.solrPort()
            + " (log: "
            + dataDir.logs().resolve("solr.log")
            + ") ...");
    SolrProcess solr =
        SolrProcess.launch(
            dataDir.solr(),
            config.solrPort(),
            config.solrJvmOptions(),
            dataDir.logs(),
            Optional.of(dataDir.logs().resolve("solr.log")));
    lifecycle.add("Solr", solr::stop);
    remember(
        record
            .withProcess(ProcessRef.of("Solr", solr.jvm().handle()))
            .withPort("Solr", config.solrPort()),
        dataDir);
    solr.awaitReady();
    out.println("Solr is up at " + solr.baseUrl());
    return solr.baseUrl();
  }

  /**
   * The ports the servers this start runs will listen on, by who wants them and the setting that
   * moves them; an external database or Solr needs none.
   */
  Map<String, Integer> portsNeeded() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("the portal (TERBUKA_PORT)", config.port());
    if (config.externalSolrUrl().isEmpty()) {
      ports.put("the bundled Solr (TERBUKA_SOLR_PORT)", config.solrPort());
    }
    if (config.externalDb().isEmpty() && config.dbPort().isPresent()) {
      ports.put("the embedded PostgreSQL (TERBUKA_DB_PORT)", config.dbPort().get());
    }
    return ports;
  }

  private void remember(InstanceRecord updated, DataDirectory dataDir) throws IOException {
    record = updated;
    record.write(dataDir);
  }

  private void shutDown(InstanceLock lock) {
    lifecycle.stopAll();
    try {
      // Everything recorded has stopped; a record is left behind only by a launcher killed hard.
      InstanceRecord.delete(new DataDirectory(config.dataDir()));
      lock.close();
    } catch (IOException e) {
      out.println("could not remove the pid file: " + e.getMessage());
    }
    out.println("Terbuka stopped.");
  }
}
