package id.terbuka.deploy.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Open contracting (issue 11, item 12) in one run: the two pure-code benchmarks (record compilation
 * of 100,000 releases over 20,000 ocids; validation throughput), then on a fresh stack: 20,000
 * generated processes x 5 releases through {@code POST /api/v1/ocds/release-packages} (each answer
 * timed, then until the contracts index has them all), validation throughput over HTTP ({@code POST
 * /api/v1/ocds/validate}, 1,000-release packages), and 1,000 mixed explorer queries on {@code
 * /api/v1/contracts}. Prints a Markdown report with the targets next to the figures. Usage: {@code
 * deploy/bench/ocds-benchmark [processes] [releasesPerPackage] [queries]}.
 */
public final class OcdsBenchmark {
  private static final long SEED = 42;
  private static final int BUYERS = 30;
  private static final int SUPPLIERS = 500;
  private static final int SAMPLE_PROCESSES = 200;
  private static final int VALIDATE_WARM_UP = 3;
  private static final int VALIDATE_MEASURED = 10;
  private static final int SEARCH_WARM_UP = 1000;
  private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(30);

  private final BenchStack stack;
  private final ProcurementGenerator generator;
  private final PortalHttp http;
  private final StringBuilder details = new StringBuilder();

  /** Target rows: what, target, measured, verdict. */
  private final List<String[]> targets = new ArrayList<>();

  private OcdsBenchmark(BenchStack stack, ProcurementGenerator generator) {
    this.stack = stack;
    this.generator = generator;
    this.http = new PortalHttp(stack.portal, stack.secret);
  }

  public static void main(String[] args) throws Exception {
    int processes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int perPackage = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    String classpath = System.getProperty("terbuka.bench.portalApiClasspath", "");

    String loadBefore = loadAverage();
    List<String[]> pureRows = new ArrayList<>();
    StringBuilder pureNotes = new StringBuilder();
    if (classpath.isBlank()) {
      pureNotes.append("Pure-code benchmarks skipped: no portal-api class path given.\n\n");
    } else {
      pure(new PureBenchmarks(classpath), pureRows, pureNotes);
    }
    ProcurementGenerator generator = new ProcurementGenerator(SEED, processes, BUYERS, SUPPLIERS);
    try (BenchStack stack = BenchStack.start(root)) {
      OcdsBenchmark bench = new OcdsBenchmark(stack, generator);
      bench.targets.addAll(pureRows);
      bench.details.append(pureNotes);
      try {
        bench.run(perPackage, queries);
      } catch (Exception e) {
        bench.details.append("\n**Stopped:** ").append(e.getMessage()).append('\n');
        e.printStackTrace();
      }
      bench.details.append(
          "Load average (1, 5, 15 min) at the start: "
              + loadBefore
              + "; at the end: "
              + loadAverage()
              + " (other work on the machine shows here).\n");
      System.out.println(bench.report());
    }
  }

  private static void pure(PureBenchmarks pure, List<String[]> rows, StringBuilder notes)
      throws IOException, InterruptedException {
    PureBenchmarks.Compile c = pure.compile();
    rows.add(
        row(
            String.format(
                Locale.ROOT,
                "Compile records, %,d releases over %,d ocids (pure code: `CompileBenchmark`,"
                    + " compiledRelease)",
                c.releases(),
                c.ocids()),
            "under 60 s",
            String.format(
                Locale.ROOT,
                "**%.1f s** (versionedRelease as well: %.1f s more)",
                c.compiledSeconds(),
                c.versionedSeconds()),
            c.compiledSeconds() < 60));
    PureBenchmarks.Validation v = pure.validation();
    rows.add(
        row(
            "Validation (pure code: `ValidationBenchmark`, 10,000 releases in packages of 100,"
                + " after 3 warm-up passes)",
            "≥ 1,000 releases/s",
            String.format(
                Locale.ROOT,
                "**%,.0f releases/s** (%.2f s; errors %d, warnings %d)",
                v.releasesPerSecond(),
                v.seconds(),
                v.errors(),
                v.warnings()),
            v.releasesPerSecond() >= 1000));
    notes
        .append("Pure-code output:\n\n```\n")
        .append(c.output().strip())
        .append('\n')
        .append(v.output().strip())
        .append("\n```\n\n");
  }

  private void run(int perPackage, int queries) throws Exception {
    http.signIn();
    http.action(
        "organization_create",
        "{\"name\":\"ukpbj\",\"title\":\"Bagian Pengadaan Barang dan Jasa (UKPBJ)\"}");
    checkSample();
    RssSampler rss = RssSampler.start(stack.payara.jvm().pid());
    PackageIngest ingest =
        new PackageIngest(http, generator, stack.work.resolve("logs/payara.log"));
    long i0 = System.nanoTime();
    ingest.sendAll(perPackage);
    double answeredSeconds = seconds(i0);
    double indexedSeconds = awaitIndexed(ingest.storedProcesses());
    double totalSeconds = seconds(i0);
    long rssPeak = rss.peak();
    rss.stop();
    reportIngest(ingest, answeredSeconds, indexedSeconds, totalSeconds, rssPeak);
    describeIndexed();
    validateOverHttp();
    search(queries);
  }

  /** Every generated release must be valid: a spread sample through the public validator. */
  private void checkSample() throws IOException, InterruptedException {
    List<String> releases = new ArrayList<>();
    int step = Math.max(1, generator.processes() / SAMPLE_PROCESSES);
    for (int n = 1;
        n <= generator.processes() && releases.size() < SAMPLE_PROCESSES * 5;
        n += step) {
      releases.addAll(generator.releases(n));
    }
    String body =
        ProcurementGenerator.releasePackage(
            "https://data.bojonegorokab.go.id/bench/ocds/sample.json", releases);
    HttpResponse<String> r = http.post("/api/v1/ocds/validate", body, false, Duration.ofMinutes(5));
    JsonObject report = PortalHttp.parse(r.body());
    if (r.statusCode() != 200 || !report.getBoolean("valid", false)) {
      throw new IllegalStateException(
          "The generated releases are not valid OCDS (sample of "
              + releases.size()
              + " releases); the validator said "
              + r.statusCode()
              + ": "
              + PortalHttp.abbreviate(r.body(), 4000));
    }
    details.append(
        String.format(
            Locale.ROOT,
            "Generated data: %,d processes x 5 releases (planning, tender, award, contract,"
                + " implementation), ocids `%s-B1` to `-B%d`, %d buyers, %d suppliers, tendered"
                + " in %d (first half) and %d (second half) in date order, seed %d. A sample of"
                + " %,d releases spread over all processes was checked through `POST"
                + " /api/v1/ocds/validate` first: valid, %d warnings.%n%n",
            generator.processes(),
            ProcurementGenerator.OCID_PREFIX,
            generator.processes(),
            generator.buyers().size(),
            generator.suppliers().size(),
            ProcurementGenerator.FIRST_YEAR,
            ProcurementGenerator.FIRST_YEAR + 1,
            SEED,
            report.getInt("release_count"),
            report.getJsonNumber("warning_count").longValue()));
    if (report.getJsonNumber("warning_count").longValue() > 0) {
      details
          .append("Sample warnings (start): `")
          .append(PortalHttp.abbreviate(report.get("warnings").toString(), 600))
          .append("`\n\n");
    }
  }

  /** Seconds until {@code /api/v1/contracts?rows=0} counts every stored process. */
  private double awaitIndexed(int expected) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    long deadline = t0 + INDEX_TIMEOUT.toNanos();
    long count = -1;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = http.get("/api/v1/contracts?rows=0");
      if (r.statusCode() == 200) {
        count = PortalHttp.parse(r.body()).getJsonNumber("count").longValue();
        if (count >= expected) {
          return seconds(t0);
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "The contracts index counted "
            + count
            + " of "
            + expected
            + " processes after "
            + INDEX_TIMEOUT.toMinutes()
            + " minutes");
  }

  private void reportIngest(
      PackageIngest ingest,
      double answeredSeconds,
      double indexedSeconds,
      double totalSeconds,
      long rssPeak) {
    details.append(
        "#### End to end: `POST /api/v1/ocds/release-packages`\n\n"
            + "| package | processes | releases | MB | answer | seconds | releases/s | datasets"
            + " republished |\n|---:|---|---:|---:|---:|---:|---:|---|\n");
    StoredTotal stored = appendPackageRows(ingest);
    details.append(
        String.format(
            Locale.ROOT,
            "First request to last answer: %.1f s (package text generated by the client in %.1f s"
                + " of it, outside the timed answers). The contracts index counted all %,d"
                + " processes %.1f s after the last answer (`GET /api/v1/contracts?rows=0`, polled"
                + " every 250 ms): **%.1f s** from the first request to everything searchable."
                + " Portal RSS peak during ingest: %,d MB (`-Xmx1g`).%n%n",
            answeredSeconds,
            ingest.generateSeconds(),
            ingest.storedProcesses(),
            indexedSeconds,
            totalSeconds,
            rssPeak / (1024 * 1024)));
    targets.add(
        row(
            String.format(
                Locale.ROOT,
                "End to end: %,d releases over %,d ocids through `POST"
                    + " /api/v1/ocds/release-packages` (validation, storage, compilation, red"
                    + " flags, publication), until all searchable",
                stored.releases(),
                ingest.storedProcesses()),
            "(none of its own)",
            String.format(
                Locale.ROOT,
                "%.1f s answers + %.1f s index = **%.1f s**",
                stored.seconds(),
                indexedSeconds,
                totalSeconds),
            null));
  }

  /** Releases of the stored packages and the seconds their answers took. */
  private record StoredTotal(long releases, double seconds) {}

  /** One row per package sent, the row of all stored, then what the failed packages said. */
  private StoredTotal appendPackageRows(PackageIngest ingest) {
    double storedSeconds = 0;
    long storedReleases = 0;
    StringBuilder failures = new StringBuilder();
    for (PackageIngest.Sent s : ingest.sent()) {
      details.append(packageRow(s));
      if (s.stored()) {
        storedSeconds += s.seconds();
        storedReleases += s.releases();
      } else {
        failures
            .append("\nPackage ")
            .append(s.number())
            .append(" failed: ")
            .append(s.failure())
            .append('\n');
      }
    }
    details.append(
        String.format(
            Locale.ROOT,
            "| **all** | %,d processes | %,d | | | **%.1f** | %,.0f | |%n%n",
            ingest.storedProcesses(),
            storedReleases,
            storedSeconds,
            storedReleases / Math.max(storedSeconds, 1e-9)));
    if (!failures.isEmpty()) {
      details.append("```").append(failures).append("```\n\n");
    }
    return new StoredTotal(storedReleases, storedSeconds);
  }

  private static String packageRow(PackageIngest.Sent s) {
    return String.format(
        Locale.ROOT,
        "| %d | B%d-B%d | %,d | %.1f | %s | %.1f | %,.0f | %s |%n",
        s.number(),
        s.firstProcess(),
        s.lastProcess(),
        s.releases(),
        s.megabytes(),
        s.status() == 0 ? "none" : Integer.toString(s.status()),
        s.seconds(),
        s.releases() / s.seconds(),
        s.stored() ? s.datasets() : "**failed**");
  }

  /** What the explorer shows for everything: methods and red flags as counted by the index. */
  private void describeIndexed() throws IOException, InterruptedException {
    JsonObject all = PortalHttp.parse(http.get("/api/v1/contracts?rows=0").body());
    details.append(
        String.format(
            Locale.ROOT,
            "As indexed: %,d processes worth Rp %,.0f; by method %s; red flags %s.%n%n",
            all.getJsonNumber("count").longValue(),
            all.getJsonNumber("sum_value").bigDecimalValue(),
            facet(all, "method"),
            facet(all, "flag")));
  }

  private static String facet(JsonObject answer, String name) {
    List<String> items = new ArrayList<>();
    for (var v : answer.getJsonObject("facets").getJsonArray(name)) {
      JsonObject item = v.asJsonObject();
      items.add(
          String.format(
              Locale.ROOT,
              "%s %,d",
              item.getString("value"),
              item.getJsonNumber("count").longValue()));
    }
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  /** {@code POST /api/v1/ocds/validate} with 1,000-release packages, sequential. */
  private void validateOverHttp() throws IOException, InterruptedException {
    List<String> releases = new ArrayList<>();
    for (int n = 1; releases.size() < SAMPLE_PROCESSES * 5; n++) {
      releases.addAll(generator.releases(n));
    }
    String body =
        ProcurementGenerator.releasePackage(
            "https://data.bojonegorokab.go.id/bench/ocds/validate.json", releases);
    Latencies latencies = new Latencies();
    long total = 0;
    for (int i = 0; i < VALIDATE_WARM_UP + VALIDATE_MEASURED; i++) {
      long nanos = validateOnce(body, releases.size());
      if (i >= VALIDATE_WARM_UP) {
        latencies.add(nanos);
        total += nanos;
      }
    }
    double perSecond = (double) releases.size() * VALIDATE_MEASURED / (total / 1e9);
    double mb = body.length() / 1e6;
    details.append(
        String.format(
            Locale.ROOT,
            "#### Validation over HTTP%n%n`POST /api/v1/ocds/validate` with one package of %,d"
                + " releases (%.1f MB), %d warm-up then %d measured requests, sequential: p50"
                + " %.0f ms per package (min %.0f, max %.0f), %,.0f releases/s end to end"
                + " (upload, parsing, schema and further checks, report).%n%n",
            releases.size(),
            mb,
            VALIDATE_WARM_UP,
            VALIDATE_MEASURED,
            latencies.percentileMillis(50),
            latencies.percentileMillis(0),
            latencies.percentileMillis(100),
            perSecond));
    targets.add(
        row(
            "Validation over HTTP (`POST /api/v1/ocds/validate`, 1,000-release package, 10"
                + " measured after 3 warm-up)",
            "≥ 1,000 releases/s",
            String.format(Locale.ROOT, "**%,.0f releases/s**", perSecond),
            perSecond >= 1000));
  }

  /** Nanoseconds one validation of the package took; it must be valid, all releases counted. */
  private long validateOnce(String body, int releases) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.post("/api/v1/ocds/validate", body, false, Duration.ofMinutes(5));
    long nanos = System.nanoTime() - t0;
    JsonObject report = PortalHttp.parse(r.body());
    if (r.statusCode() != 200
        || !report.getBoolean("valid", false)
        || report.getInt("release_count") != releases) {
      throw new IllegalStateException(
          "POST /api/v1/ocds/validate: " + PortalHttp.abbreviate(r.body(), 2000));
    }
    return nanos;
  }

  /** Mixed explorer queries, sequential, after a warm-up drawn from another sequence. */
  private void search(int count) throws IOException, InterruptedException {
    ExplorerQueries queries = new ExplorerQueries(generator);
    for (ExplorerQueries.Query q : queries.draw(SEARCH_WARM_UP, new Random(SEED + 1))) {
      searchOnce(q);
    }
    Latencies all = new Latencies();
    Map<String, KindTally> byKind = new LinkedHashMap<>();
    ExplorerQueries.KINDS.forEach(k -> byKind.put(k, new KindTally()));
    for (ExplorerQueries.Query q : queries.draw(count, new Random(SEED + 2))) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = searchOnce(q);
      long nanos = System.nanoTime() - t0;
      all.add(nanos);
      byKind
          .get(q.kind())
          .add(nanos, PortalHttp.parse(r.body()).getJsonNumber("count").longValue());
    }
    appendSearchTable(count, byKind, all);
    double p50 = all.percentileMillis(50);
    targets.add(
        row(
            String.format(
                Locale.ROOT,
                "Contracts search over HTTP (`GET /api/v1/contracts`, %,d mixed explorer queries"
                    + " with facets, %,d processes)",
                count,
                generator.processes()),
            "p50 under 50 ms",
            String.format(
                Locale.ROOT,
                "**p50 %.1f ms** (p95 %.1f, p99 %.1f)",
                p50,
                all.percentileMillis(95),
                all.percentileMillis(99)),
            p50 < 50));
  }

  /** The measured queries of one main criterion: their latencies and how much they matched. */
  private static final class KindTally {
    final Latencies latencies = new Latencies();
    long matches;
    long noMatch;

    void add(long nanos, long found) {
      latencies.add(nanos);
      matches += found;
      noMatch += found == 0 ? 1 : 0;
    }

    double meanMatches() {
      return latencies.count() == 0 ? 0.0 : (double) matches / latencies.count();
    }
  }

  private void appendSearchTable(int count, Map<String, KindTally> byKind, Latencies all) {
    details.append(
        String.format(
            Locale.ROOT,
            "#### Contracts search over HTTP%n%n`GET /api/v1/contracts`: %,d warm-up then %,d"
                + " measured queries, sequential, anonymous, on loopback; every answer has the"
                + " seven facets with value sums and the overall sum. Main criterion per query,"
                + " often with a second filter, a sort (default, score, value or date) and now"
                + " and then the second page.%n%n"
                + "| main criterion | queries | p50 ms | p95 ms | p99 ms | mean matches |"
                + " no match |%n|---|---:|---:|---:|---:|---:|---:|%n",
            SEARCH_WARM_UP,
            count));
    for (var e : byKind.entrySet()) {
      Latencies l = e.getValue().latencies;
      details.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %.1f | %.1f | %,.0f | %d |%n",
              e.getKey(),
              l.count(),
              l.percentileMillis(50),
              l.percentileMillis(95),
              l.percentileMillis(99),
              e.getValue().meanMatches(),
              e.getValue().noMatch));
    }
    details.append(
        String.format(
            Locale.ROOT,
            "| **all** | %d | **%.1f** | %.1f | %.1f | | |%n%n",
            all.count(),
            all.percentileMillis(50),
            all.percentileMillis(95),
            all.percentileMillis(99)));
  }

  private HttpResponse<String> searchOnce(ExplorerQueries.Query q)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.get(q.path());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          q.path() + " answered " + r.statusCode() + ": " + PortalHttp.abbreviate(r.body(), 500));
    }
    return r;
  }

  private String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Run %s, commit %s. Machine: %d cores; portal JVM -Xmx1g, Solr -Xmx1g, PostgreSQL"
                + " embedded; client on loopback.%n%n",
            LocalDate.now(),
            System.getProperty("terbuka.bench.commit", "(unknown)"),
            Runtime.getRuntime().availableProcessors()));
    out.append("| | target | measured | |\n|---|---|---|---|\n");
    for (String[] t : targets) {
      out.append("| ").append(String.join(" | ", t)).append(" |\n");
    }
    out.append('\n').append(details);
    return out.toString();
  }

  private static String[] row(String what, String target, String measured, Boolean met) {
    return new String[] {what, target, measured, met == null ? "" : met ? "met" : "**not met**"};
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "(unknown)";
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
