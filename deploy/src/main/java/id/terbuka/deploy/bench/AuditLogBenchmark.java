package id.terbuka.deploy.bench;

import id.terbuka.audit.chain.ChainReport;
import id.terbuka.audit.chain.ChainVerifier;
import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Subject;
import id.terbuka.audit.persistence.PublicationLogStore;
import id.terbuka.deploy.db.DatabaseCoordinates;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The publication log at 1,000,000 entries (issue 13, item 10), on the whole portal as {@code
 * deploy/terbuka} runs it. Appends go through the portal's own {@link PublicationLogStore}
 * (advisory lock, head, hash, insert) on the portal's database: first {@value #SINGLE} entries one
 * per transaction, as publications append them, then the rest {@value #BATCH} per transaction.
 * Then: the full chain verification in process ({@link ChainVerifier} over the streamed table, what
 * the portal's full check runs); the portal's own full check through {@code POST
 * /api/v1/audit/verify/full} until its result; the quick check {@code GET /api/v1/audit/verify}
 * (median of 20); and a reviewer's independent check: the whole log exported through {@code GET
 * /api/v1/audit/log?format=jsonl} and verified by {@code deploy/bench/audit-verify.py}. Usage:
 * {@code deploy/bench/audit-benchmark [entries]}.
 */
public final class AuditLogBenchmark {
  private static final int SINGLE = 20_000;
  private static final int BATCH = 10_000;

  private final BenchStack stack;
  private final PortalHttp http;
  private final StringBuilder report = new StringBuilder();

  private AuditLogBenchmark(BenchStack stack) {
    this.stack = stack;
    this.http = new PortalHttp(stack.portal, stack.secret);
  }

  public static void main(String[] args) throws Exception {
    long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    try (BenchStack stack =
        BenchStack.start(
            root,
            false,
            Map.of(
                "terbuka.audit.daily.head", "false", "terbuka.audit.daily.full.check", "false"))) {
      AuditLogBenchmark bench = new AuditLogBenchmark(stack);
      bench.run(root, entries);
      System.out.println(bench.report);
    }
  }

  private void run(Path root, long entries) throws Exception {
    DatabaseCoordinates db = stack.coordinates();
    line("## Publication log, " + entries + " entries (" + Instant.now() + ")");
    line("");
    line("Machine load before: " + Measure.loadAverage());
    line("");
    line("| phase | time | rate |");
    line("|---|---|---|");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), stack.dbPassword)) {
      c.setAutoCommit(false);
      PublicationLogStore store = new PublicationLogStore(OneConnection.of(c));
      long single = Math.min(SINGLE, entries);
      long t0 = System.nanoTime();
      for (long i = 0; i < single; i++) {
        store.append(event(i), Instant.now());
        c.commit();
      }
      double s1 = Measure.seconds(t0);
      row("append, one entry per transaction (" + single + ")", s1, single / s1);
      long t1 = System.nanoTime();
      for (long i = single; i < entries; i++) {
        store.append(event(i), Instant.now());
        if ((i + 1) % BATCH == 0) {
          c.commit();
        }
      }
      c.commit();
      double s2 = Measure.seconds(t1);
      row(
          "append, " + BATCH + " per transaction (" + (entries - single) + ")",
          s2,
          (entries - single) / s2);

      long t2 = System.nanoTime();
      ChainVerifier verifier = new ChainVerifier();
      store.streamAll(verifier, bad -> verifier.unreadable(bad.seq(), bad.reason()));
      ChainReport chain = verifier.finish();
      double s3 = Measure.seconds(t2);
      require(chain.ok() && chain.entriesRead() == entries, "in-process verify: " + chain.toJson());
      row("full chain verify in process (ChainVerifier over the table)", s3, entries / s3);
    }
    portalChecks(entries);
    independentCheck(root, entries);
  }

  private void portalChecks(long entries) throws Exception {
    http.signIn();
    String admin = http.adminToken();
    long t0 = System.nanoTime();
    HttpResponse<String> firstQuick = http.get("/api/v1/audit/verify");
    row("first GET /api/v1/audit/verify on the node (last 10,000 entries)", Measure.seconds(t0), 0);
    require(firstQuick.statusCode() == 200, firstQuick.body());
    // A node without a checkpoint starts a full check with its first quick check; a sysadmin's
    // request now finds it running (202 either way).
    long t1 = System.nanoTime();
    HttpResponse<String> started =
        http.postAs(admin, "/api/v1/audit/verify/full", "{}", Duration.ofSeconds(30));
    require(started.statusCode() == 202, started.body());
    JsonObject last = null;
    while (last == null) {
      Thread.sleep(200);
      JsonObject state =
          PortalHttp.parse(http.get("/api/v1/audit/verify").body()).getJsonObject("full_check");
      if (!state.getBoolean("running")
          && state.get("last") instanceof JsonObject l
          && !Instant.parse(l.getString("started")).isBefore(Instant.now().minusSeconds(600))
          && l.getJsonObject("chain") != null
          && l.getJsonObject("chain").getJsonNumber("entries_read").longValue() == entries) {
        last = l;
      }
    }
    double wall = Measure.seconds(t1);
    require(last.getBoolean("ok"), last.toString());
    double reported =
        Duration.between(
                    Instant.parse(last.getString("started")),
                    Instant.parse(last.getString("finished")))
                .toMillis()
            / 1000.0;
    row(
        "portal full check (POST verify/full until its result; as reported: "
            + String.format("%.1f s", reported)
            + ")",
        wall,
        entries / wall);
    List<Double> quick = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = http.get("/api/v1/audit/verify");
      quick.add(Measure.seconds(t));
      require(r.statusCode() == 200 && r.body().contains("\"ok\":true"), r.body());
    }
    row("GET /api/v1/audit/verify after it (quick check, median of 20)", Measure.median(quick), 0);
  }

  private void independentCheck(Path root, long entries) throws Exception {
    Path export = stack.work.resolve("log.jsonl");
    long t0 = System.nanoTime();
    String cursor = "0";
    try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
      while (cursor != null) {
        HttpResponse<String> page =
            http.get("/api/v1/audit/log?format=jsonl&limit=1000&cursor=" + cursor);
        require(page.statusCode() == 200, page.body());
        out.write(page.body());
        cursor = page.headers().firstValue("X-Next-Cursor").orElse(null);
      }
    }
    double s1 = Measure.seconds(t0);
    row("export GET /api/v1/audit/log?format=jsonl, 1,000 a page", s1, entries / s1);
    long t1 = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "python3",
                root.resolve("deploy/bench/audit-verify.py").toString(),
                export.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double s2 = Measure.seconds(t1);
    require(code == 0, "audit-verify.py exited " + code + ": " + PortalHttp.abbreviate(out, 500));
    row("audit-verify.py on the export (Python standard library)", s2, entries / s2);
    row("a reviewer's whole independent check (export + verify)", s1 + s2, entries / (s1 + s2));
  }

  /**
   * A publication-like event with a content hash, details and names of realistic size. Dataset
   * versions and imports, not file entries: the full check re-hashes the stored file of every file
   * entry, and these entries have no file behind them (what re-hashing costs is the files' bytes
   * read from disk, not the log).
   */
  private static LogEvent event(long i) {
    String hex = String.format("%064x", i * 2654435761L + 1);
    boolean dataset = i % 8 != 7;
    return new LogEvent(
        dataset ? EventType.DATASET_PUBLISHED : EventType.IMPORT_ACCEPTED,
        "bench",
        new Subject(
            dataset ? "dataset" : "import",
            java.util
                .UUID
                .nameUUIDFromBytes(Long.toString(i).getBytes(StandardCharsets.UTF_8))
                .toString(),
            dataset ? "realisasi-apbd-unit-" + (i % 500) : "lra-" + i + ".csv"),
        hex,
        dataset
            ? Map.of("revision", Long.toString(i / 500 + 1))
            : Map.of("kind", "budget", "organization", "bpkad"));
  }

  private void row(String phase, double seconds, double rate) {
    line(
        "| "
            + phase
            + " | "
            + String.format("%.3f s", seconds)
            + " | "
            + (rate > 0 ? String.format("%,.0f entries/s", rate) : "")
            + " |");
  }

  private void line(String s) {
    report.append(s).append('\n');
    System.err.println(s);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }
}
