package id.terbuka.deploy.bench;

import id.terbuka.budget.domain.Period;
import id.terbuka.budget.sample.BojonegoroUnits;
import id.terbuka.budget.sample.SampleRealisation;
import id.terbuka.budget.sample.SampleUnit;
import id.terbuka.budget.sample.UnitRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The budget import on a generated realisation file (issue 10, item 8), in one run next to its
 * baseline: 500,000 lines by default, the regency's 74 units, every account level, 2024 by quarter
 * ({@link SampleRealisation}, seed 42, plain numbers so that {@code COPY} reads the same file).
 * Times (a) {@code POST /api/v1/budget/imports} until its 201 answer (validation, storage and
 * publication), (b) from the same start until every generated CSV resource of {@code
 * realisasi-apbd-2024} reports {@code datastore_active}, what a publisher waits for, and (c) {@code
 * psql \copy} of the file into a plain typed table. Usage: {@code deploy/bench/budget-benchmark
 * [lines]}.
 */
public final class BudgetBenchmark {
  private static final int TAHUN = 2024;
  private static final Period[] PERIODS = {Period.TW1, Period.TW2, Period.TW3, Period.TW4};
  private static final long SEED = 42;
  private static final int BASELINE_RUNS = 3;
  private static final Duration PUBLICATION_TIMEOUT = Duration.ofMinutes(30);
  private static final String COPY_COLUMNS =
      "tahun integer, periode text, kode_skpd text, nama_skpd text, kode_rekening text,"
          + " uraian text, anggaran numeric(20,2), realisasi numeric(20,2),"
          + " kode_sub_kegiatan text, nama_sub_kegiatan text";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final BenchStack stack;
  private final Psql psql;
  private final StringBuilder report = new StringBuilder();
  private String token;

  private BudgetBenchmark(BenchStack stack) {
    this.stack = stack;
    this.psql = new Psql(stack.coordinates(), stack.dbPassword);
  }

  public static void main(String[] args) throws Exception {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 500_000;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    try (BenchStack stack = BenchStack.start(root)) {
      BudgetBenchmark bench = new BudgetBenchmark(stack);
      bench.run(lines);
      System.out.println(bench.report);
    }
  }

  private void run(long target) throws Exception {
    Path csv = stack.work.resolve("realisasi-apbd-" + TAHUN + ".csv");
    long g0 = System.nanoTime();
    long rows =
        SampleRealisation.of(BojonegoroUnits.all(), SEED)
            .withYear(TAHUN, PERIODS)
            .withTargetLines(target)
            .write(csv);
    double generateSeconds = seconds(g0);
    report.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores. File: %,d lines x 10 columns, %.1f MB CSV (SampleRealisation,"
                + " seed %d: %d units, %d, %s, akun to sub rincian objek; generated in %.1f s)."
                + " Portal JVM -Xmx1g; PostgreSQL %s embedded; client on loopback.%n%n",
            Runtime.getRuntime().availableProcessors(),
            rows,
            Files.size(csv) / 1e6,
            SEED,
            BojonegoroUnits.all().size(),
            TAHUN,
            List.of(PERIODS),
            generateSeconds,
            psql.scalar("show server_version")));
    List<Double> copyRuns = copyBaseline(csv);
    token =
        field(postCli("/api/v1/admin/tokens", "{\"user\":\"admin\",\"name\":\"bench\"}"), "token");
    String finance = createUnits();
    long i0 = System.nanoTime();
    String answer = postImport(csv, finance);
    double importSeconds = seconds(i0);
    int resources = awaitPublished();
    double endToEndSeconds = seconds(i0);
    reportTimes(rows, copyRuns, importSeconds, endToEndSeconds, resources, answer);
  }

  /** The same file into a typed table without index, three times; the median is the baseline. */
  private List<Double> copyBaseline(Path csv) throws IOException, InterruptedException {
    List<Double> runs = new ArrayList<>();
    for (int i = 0; i < BASELINE_RUNS; i++) {
      psql.run("drop table if exists bench_budget");
      psql.run("create table bench_budget (" + COPY_COLUMNS + ")");
      long c0 = System.nanoTime();
      psql.run("\\copy bench_budget from '" + csv + "' with (format csv, header true)");
      runs.add(seconds(c0));
    }
    psql.run("drop table bench_budget");
    return runs;
  }

  /**
   * Every unit as an organisation with its kode_unit (the import refuses unknown units); returns
   * the finance office's name, the importing organisation.
   */
  private String createUnits() throws IOException, InterruptedException {
    String finance = null;
    for (SampleUnit unit : BojonegoroUnits.all()) {
      String name = unit.role() == UnitRole.FINANCE ? "bpkad" : slug(unit.namaSkpd());
      if (unit.role() == UnitRole.FINANCE) {
        finance = name;
      }
      JsonObject org =
          Json.createObjectBuilder()
              .add("name", name)
              .add("title", unit.namaSkpd())
              .add("kode_unit", unit.kodeSkpd())
              .build();
      action("organization_create", org.toString());
    }
    if (finance == null) {
      throw new IllegalStateException("The unit list has no finance office");
    }
    return finance;
  }

  private String postImport(Path csv, String organisation)
      throws IOException, InterruptedException {
    String boundary = "bench" + System.nanoTime();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"organization\"\r\n\r\n"
            + organisation
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + csv.getFileName()
            + "\"\r\nContent-Type: text/csv\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + "/api/v1/budget/imports"))
            .timeout(Duration.ofMinutes(30))
            .header("Authorization", token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head),
                    HttpRequest.BodyPublishers.ofFile(csv),
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 404 || r.statusCode() == 405) {
      throw new IllegalStateException(
          "POST /api/v1/budget/imports answered "
              + r.statusCode()
              + ": this build has no budget import endpoint yet (issue 10, item 3). Build a"
              + " version with it and run again.");
    }
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "POST /api/v1/budget/imports answered "
              + r.statusCode()
              + " instead of 201; the start of its report: "
              + abbreviate(r.body(), 2000));
    }
    return r.body();
  }

  /**
   * Polls package_show every 250 ms until the dataset has a generated CSV per period and every CSV
   * resource reports datastore_active; returns how many CSV resources it has.
   */
  private int awaitPublished() throws IOException, InterruptedException {
    String dataset = "realisasi-apbd-" + TAHUN;
    long deadline = System.nanoTime() + PUBLICATION_TIMEOUT.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get("/api/3/action/package_show?id=" + dataset);
      last = r.body();
      if (r.statusCode() == 200) {
        List<JsonObject> csvs = csvResources(last);
        boolean active = csvs.stream().allMatch(res -> res.getBoolean("datastore_active", false));
        if (csvs.size() >= PERIODS.length && active) {
          return csvs.size();
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Not every CSV resource of "
            + dataset
            + " became datastore_active within "
            + PUBLICATION_TIMEOUT.toMinutes()
            + " minutes; last package_show: "
            + abbreviate(last, 2000));
  }

  private static List<JsonObject> csvResources(String packageShow) {
    JsonObject result = parse(packageShow).getJsonObject("result");
    List<JsonObject> csvs = new ArrayList<>();
    for (JsonValue v : result.getJsonArray("resources")) {
      JsonObject res = v.asJsonObject();
      String format = res.getString("format", "");
      String url = res.getString("url", "");
      if (format.equalsIgnoreCase("csv") || url.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        csvs.add(res);
      }
    }
    return csvs;
  }

  private void reportTimes(
      long rows,
      List<Double> copyRuns,
      double importSeconds,
      double endToEndSeconds,
      int resources,
      String answer) {
    double copySeconds = median(copyRuns);
    report.append("| | seconds | rows/s | vs COPY |\n|---|---:|---:|---:|\n");
    report.append(
        row(
            String.format(
                Locale.ROOT,
                "`psql \\copy ... FROM` (typed table, no index; median, %.1f-%.1f s over %d runs)",
                Collections.min(copyRuns),
                Collections.max(copyRuns),
                copyRuns.size()),
            copySeconds,
            rows,
            copySeconds));
    report.append(
        row(
            "`POST /api/v1/budget/imports` until 201 (validation, storage, publication)",
            importSeconds,
            rows,
            copySeconds));
    report.append(
        row(
            "End to end: upload to every generated CSV (" + resources + ") `datastore_active`",
            endToEndSeconds,
            rows,
            copySeconds));
    report.append(
        String.format(
            Locale.ROOT,
            "%nTarget: under 60 s end to end (issue 10): %s. Import answer: %s%n",
            endToEndSeconds < 60 ? "met" : "NOT met",
            abbreviate(answer, 300)));
  }

  private static String row(String label, double seconds, long rows, double copySeconds) {
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %,.0f | %.2f |%n",
        label,
        seconds,
        rows / seconds,
        copySeconds / seconds);
  }

  // --- HTTP ---------------------------------------------------------------------------------

  private void action(String name, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + "/api/3/action/" + name))
            .header("Authorization", token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), name);
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

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.portal + path))
            .timeout(Duration.ofMinutes(2))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String check(HttpResponse<String> r, String what) throws IOException {
    if (r.statusCode() != 200) {
      throw new IOException(what + " failed: " + r.statusCode() + " " + abbreviate(r.body(), 500));
    }
    return r.body();
  }

  // --- small things -------------------------------------------------------------------------

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String field(String json, String key) {
    JsonValue v = parse(json).get(key);
    if (!(v instanceof JsonString s)) {
      throw new IllegalStateException("No \"" + key + "\" in " + abbreviate(json, 500));
    }
    return s.getString();
  }

  /** A CKAN name from a unit's name: lower case, dashes, at most 100 characters. */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.length() <= 100 ? s : s.substring(0, 100).replaceAll("-$", "");
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + " ...";
  }

  private static double median(List<Double> runs) {
    List<Double> sorted = new ArrayList<>(runs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
