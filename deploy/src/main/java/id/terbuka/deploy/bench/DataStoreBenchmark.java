package id.terbuka.deploy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DataStore on a generated table (issue 3, item 7), in one run next to its baselines: load
 * rows/s (upload complete to {@code datastore_active}, type detection included, full-text index
 * reported apart) against {@code psql \copy FROM} into a typed table; a CSV dump through HTTP
 * against {@code psql \copy TO STDOUT}; {@code datastore_search} p50/p99 for a filtered page and a
 * full-text query; the portal's peak RSS while loading and dumping. Usage: {@code
 * deploy/bench/datastore-benchmark [rows]}.
 */
public final class DataStoreBenchmark {
  private static final int WARMUP = 300;
  private static final int MEASURED = 500;
  private static final int WARMUP_ROWS = 200_000;
  private static final int BASELINE_RUNS = 3;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final BenchStack stack;
  private final StringBuilder report = new StringBuilder();
  private String token;

  private DataStoreBenchmark(BenchStack stack) {
    this.stack = stack;
  }

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    try (BenchStack stack = BenchStack.start(root)) {
      DataStoreBenchmark bench = new DataStoreBenchmark(stack);
      bench.run(rows);
      System.out.println(bench.report);
    }
  }

  private void run(int rows) throws Exception {
    Path csv = stack.work.resolve("tabel.csv");
    TableGenerator.write(csv, rows);
    long bytes = Files.size(csv);
    report.append(
        String.format(
            "Machine: %d cores. Table: %,d rows x 12 columns, %.1f MB CSV (generated, seed 42)."
                + " Portal JVM -Xmx1g, after one warm-up load of 200,000 rows; PostgreSQL %s"
                + " embedded; sequential client on loopback.%n%n",
            Runtime.getRuntime().availableProcessors(),
            rows,
            bytes / 1e6,
            psqlScalar("show server_version")));
    List<Double> copyRuns = copyBaseline(csv);
    String pkg = datasetAfterWarmUp();
    RssSampler rss = RssSampler.start(stack.payara.jvm().pid());
    Load load = load(pkg, csv, rss);
    reportLoad(load, rows, bytes, copyRuns);
    measureDumps(load, rows, rss);
    measureSearches(load.rid(), rows);
  }

  /** One measured load: the new resource, its times and the portal's memory while loading. */
  private record Load(
      String rid, double uploadSeconds, double loadSeconds, long startRss, long peakRss) {}

  /**
   * The baseline: the same bytes into a table with the same types, three times (a fresh table each
   * time); the median is the baseline, the range is reported.
   */
  private List<Double> copyBaseline(Path csv) throws IOException, InterruptedException {
    List<Double> copyRuns = new ArrayList<>();
    for (int i = 0; i < BASELINE_RUNS; i++) {
      psql("drop table if exists bench_copy");
      psql("create table bench_copy (" + TableGenerator.COLUMN_TYPES + ")");
      long c0 = System.nanoTime();
      psql("\\copy bench_copy from '" + csv + "' with (format csv, header true)");
      copyRuns.add(seconds(c0));
    }
    psql("drop table bench_copy");
    return copyRuns;
  }

  /** The token, an organisation and a dataset; returns the dataset's id after a warm-up load. */
  private String datasetAfterWarmUp() throws IOException, InterruptedException {
    token =
        extract(
            postCli("/api/v1/admin/tokens", "{\"user\":\"admin\",\"name\":\"bench\"}"), "token");
    action("organization_create", "{\"name\":\"bench-org\",\"title\":\"Bench\"}");
    String pkg =
        extract(
            action(
                "package_create",
                "{\"name\":\"bench-tabel\",\"title\":\"Tabel bench\",\"owner_org\":\"bench-org\"}"),
            "id");

    // One warm-up load of another table first, as a portal that has loaded files before: the
    // loader's code is then compiled by the JIT, not interpreted for the first seconds.
    Path warmup = stack.work.resolve("pemanasan.csv");
    TableGenerator.write(warmup, WARMUP_ROWS);
    awaitActive(extract(upload(pkg, warmup), "id"));
    return pkg;
  }

  private Load load(String pkg, Path csv, RssSampler rss) throws IOException, InterruptedException {
    long u0 = System.nanoTime();
    String created = upload(pkg, csv);
    double uploadSeconds = seconds(u0);
    String rid = extract(created, "id");
    rss.reset();
    long l0 = System.nanoTime();
    awaitActive(rid);
    double loadSeconds = seconds(l0);
    long loadPeakRss = rss.peak();
    long loadStartRss = rss.first();
    return new Load(rid, uploadSeconds, loadSeconds, loadStartRss, loadPeakRss);
  }

  private void reportLoad(Load load, int rows, long bytes, List<Double> copyRuns)
      throws IOException, InterruptedException {
    double copySeconds = median(copyRuns);
    double loadSeconds = load.loadSeconds();
    String info = get("/api/3/action/datastore_info?id=" + load.rid());
    long fullTextMs = number(info, "full_text_ms");
    double withoutFullText = loadSeconds - fullTextMs / 1000.0;
    report.append("### Load\n\n| | seconds | rows/s | vs COPY |\n|---|---:|---:|---:|\n");
    report.append(
        String.format(
            "| `psql \\copy ... FROM` (typed table, no index; median, %s) | %.1f | %,.0f | 1.00 |%n",
            range(copyRuns), copySeconds, rows / copySeconds));
    report.append(
        String.format(
            "| Terbuka, upload complete to `datastore_active` (all included) | %.1f | %,.0f | %.2f |%n",
            loadSeconds, rows / loadSeconds, copySeconds / loadSeconds));
    report.append(
        String.format(
            "| Terbuka without the full-text index build (%.1f s, reported apart) | %.1f | %,.0f | %.2f |%n",
            fullTextMs / 1000.0,
            withoutFullText,
            rows / withoutFullText,
            copySeconds / withoutFullText));
    report.append(
        String.format(
            "%nLoader phases (ms, from `datastore_info` meta.last_load): inspect %,d, copy %,d,"
                + " primary key + analyze %,d, full-text index %,d. Upload itself (HTTP, %,.0f MB):"
                + " %.1f s. Detected types: %s.%n",
            number(info, "inspect_ms"),
            number(info, "copy_ms"),
            number(info, "index_ms"),
            fullTextMs,
            bytes / 1e6,
            load.uploadSeconds(),
            types(info)));
  }

  /** The same rows out as CSV and JSON through HTTP, against psql's {@code \copy TO STDOUT}. */
  private void measureDumps(Load load, int rows, RssSampler rss)
      throws IOException, InterruptedException {
    String rid = load.rid();
    rss.reset();
    long d0 = System.nanoTime();
    long httpBytes = download("/datastore/dump/" + rid + "?format=csv");
    double dumpSeconds = seconds(d0);
    long dumpPeakRss = rss.peak();
    long dumpStartRss = rss.first();
    List<Double> dumpRuns = new ArrayList<>();
    long psqlBytes = psqlDumps(rid, dumpRuns);
    double psqlDumpSeconds = median(dumpRuns);
    rss.reset();
    long j0 = System.nanoTime();
    long jsonBytes = download("/datastore/dump/" + rid + "?format=json");
    double jsonSeconds = seconds(j0);
    long jsonPeakRss = rss.peak();
    rss.stop();
    report.append(
        "\n### Dump\n\n| | seconds | MB | MB/s | rows/s | vs COPY |\n|---|---:|---:|---:|---:|---:|\n");
    report.append(
        dumpRow(
            "`psql \\copy (select <the same 13 columns> order by _id) TO STDOUT` (csv; median, "
                + range(dumpRuns)
                + ")",
            psqlDumpSeconds,
            psqlBytes,
            rows,
            psqlDumpSeconds));
    String csvLabel = "`GET /datastore/dump/{id}?format=csv`";
    report.append(dumpRow(csvLabel, dumpSeconds, httpBytes, rows, psqlDumpSeconds));
    String jsonLabel = "`GET /datastore/dump/{id}?format=json`";
    report.append(dumpRow(jsonLabel, jsonSeconds, jsonBytes, rows, psqlDumpSeconds));
    report.append(
        String.format(
            "%nPortal RSS (MB, sampled every 100 ms): loading %,d -> peak %,d; csv dump %,d -> peak"
                + " %,d; json dump peak %,d.%n",
            load.startRss() >> 20,
            load.peakRss() >> 20,
            dumpStartRss >> 20,
            dumpPeakRss >> 20,
            jsonPeakRss >> 20));
  }

  /** psql's dump of the table, three times; each run's seconds go to {@code runs}. */
  private long psqlDumps(String rid, List<Double> runs) throws IOException, InterruptedException {
    long psqlBytes = 0;
    for (int i = 0; i < BASELINE_RUNS; i++) {
      long p0 = System.nanoTime();
      psqlBytes =
          psqlCount(
              "\\copy (select _id, "
                  + TableGenerator.HEADER
                  + " from datastore.\""
                  + rid
                  + "\" order by _id) to stdout with (format csv, header true)");
      runs.add(seconds(p0));
    }
    return psqlBytes;
  }

  /** datastore_search latencies. */
  private void measureSearches(String rid, int rows) throws Exception {
    report.append(
        "\n### datastore_search\n\n| query | p50 ms | p99 ms | requests |\n|---|---:|---:|---:|\n");
    Random random = new Random(7);
    report.append(
        latency(
            "filters={\"kecamatan\": one of 28}, limit 100, offset 0-900, with total",
            () ->
                "resource_id="
                    + rid
                    + "&limit=100&offset="
                    + 100 * random.nextInt(10)
                    + "&filters="
                    + enc(
                        "{\"kecamatan\":\""
                            + TableGenerator.KECAMATAN.get(
                                random.nextInt(TableGenerator.KECAMATAN.size()))
                            + "\"}")));
    report.append(
        latency(
            "q=<one word> (full text, ranked), limit 100, with total",
            () -> "resource_id=" + rid + "&limit=100&q=" + enc(Vocabulary.pick(random))));
    report.append(
        latency(
            "q=<two words>, limit 100, total_estimation_threshold=1000",
            () ->
                "resource_id="
                    + rid
                    + "&limit=100&total_estimation_threshold=1000&q="
                    + enc(Vocabulary.pick(random) + " " + Vocabulary.pick(random))));
    report.append(
        latency(
            "no filter, limit 100, offset up to 999,900 (deep page)",
            () -> "resource_id=" + rid + "&limit=100&offset=" + 100 * random.nextInt(rows / 100)));
  }

  /** Polls resource_show every 100 ms until the table is active. */
  private void awaitActive(String rid) throws IOException, InterruptedException {
    String status;
    do {
      Thread.sleep(100);
      status = extract(get("/api/3/action/resource_show?id=" + rid), "datastore_status");
      if (status.equals("failed")) {
        throw new IOException("load failed: " + get("/api/3/action/resource_show?id=" + rid));
      }
    } while (!status.equals("active"));
  }

  private String latency(String label, java.util.function.Supplier<String> query) throws Exception {
    Latencies l = new Latencies();
    for (int i = 0; i < WARMUP + MEASURED; i++) {
      String q = query.get();
      long t0 = System.nanoTime();
      get("/api/3/action/datastore_search?" + q);
      if (i >= WARMUP) {
        l.add(System.nanoTime() - t0);
      }
    }
    return String.format(
        "| %s | %.1f | %.1f | %d |%n",
        label, l.percentileMillis(50), l.percentileMillis(99), l.count());
  }

  private static String dumpRow(String label, double s, long bytes, int rows, double baseline) {
    return String.format(
        "| %s | %.1f | %.1f | %.1f | %,.0f | %.2f |%n",
        label, s, bytes / 1e6, bytes / 1e6 / s, rows / s, baseline / s);
  }

  private static String types(String info) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"type\":\"([^\"]+)\"").matcher(info);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2));
    }
    return String.join(", ", out);
  }

  // --- HTTP ---------------------------------------------------------------------------------

  private String upload(String pkg, Path file) throws IOException, InterruptedException {
    String boundary = "bench" + System.nanoTime();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"package_id\"\r\n\r\n"
            + pkg
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"tabel.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + "/api/3/action/resource_create"))
            .timeout(Duration.ofMinutes(30))
            .header("Authorization", token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    return check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), "upload");
  }

  private String action(String name, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + "/api/3/action/" + name))
            .header("Authorization", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), name);
  }

  private String postCli(String path, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + path))
            .header("X-Terbuka-Cli-Secret", stack.secret)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), path);
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + path))
            .timeout(Duration.ofMinutes(2))
            .build();
    return check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), path);
  }

  /** Streams a response to nowhere, counting its bytes. */
  private long download(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + path))
            .timeout(Duration.ofMinutes(30))
            .build();
    HttpResponse<InputStream> r = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      long n = count(in);
      if (r.statusCode() != 200) {
        throw new IOException(path + " failed: " + r.statusCode());
      }
      return n;
    }
  }

  private static String check(HttpResponse<String> r, String what) throws IOException {
    if (r.statusCode() != 200) {
      throw new IOException(what + " failed: " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  // --- psql ---------------------------------------------------------------------------------

  private Psql psqlClient() {
    return new Psql(stack.coordinates(), stack.dbPassword);
  }

  private void psql(String command) throws IOException, InterruptedException {
    psqlClient().run(command);
  }

  private String psqlScalar(String command) throws IOException, InterruptedException {
    return psqlClient().scalar(command);
  }

  /** Runs psql, counting what it writes to stdout (read as the HTTP dump is: and dropped). */
  private long psqlCount(String command) throws IOException, InterruptedException {
    Process p = psqlClient().process(command).start();
    long n;
    try (InputStream in = p.getInputStream()) {
      n = count(in);
    }
    if (p.waitFor() != 0) {
      throw new IOException("psql failed: " + command);
    }
    return n;
  }

  private static long count(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long n = 0;
    for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
      n += r;
    }
    return n;
  }

  // --- small things -------------------------------------------------------------------------

  private static double median(List<Double> runs) {
    List<Double> sorted = new ArrayList<>(runs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static String range(List<Double> runs) {
    return String.format(
        "%.1f-%.1f s over %d runs",
        java.util.Collections.min(runs), java.util.Collections.max(runs), runs.size());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String extract(String json, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\\s*\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No \"" + key + "\" in " + json);
    }
    return m.group(1);
  }

  private static long number(String json, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No \"" + key + "\" in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
