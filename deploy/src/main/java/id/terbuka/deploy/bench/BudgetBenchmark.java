package id.terbuka.deploy.bench;

import id.terbuka.budget.domain.Period;
import id.terbuka.budget.sample.BojonegoroUnits;
import id.terbuka.budget.sample.SampleRealisation;
import id.terbuka.budget.sample.SampleUnit;
import id.terbuka.budget.sample.UnitRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  private final BenchStack stack;
  private final Psql psql;
  private final PortalHttp http;
  private final StringBuilder report = new StringBuilder();

  private BudgetBenchmark(BenchStack stack) {
    this.stack = stack;
    this.psql = new Psql(stack.coordinates(), stack.dbPassword);
    this.http = new PortalHttp(stack.portal, stack.secret);
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
    double generateSeconds = Measure.seconds(g0);
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
    http.signIn();
    String finance = createUnits();
    long i0 = System.nanoTime();
    String answer = postImport(csv, finance);
    double importSeconds = Measure.seconds(i0);
    int resources =
        PublishedCsvs.await(
            http, "realisasi-apbd-" + TAHUN, PERIODS.length, true, PUBLICATION_TIMEOUT);
    double endToEndSeconds = Measure.seconds(i0);
    reportTimes(rows, copyRuns, importSeconds, endToEndSeconds, resources, answer);
  }

  /** The same file into a typed table without index, three times; the median is the baseline. */
  private List<Double> copyBaseline(Path csv) throws IOException, InterruptedException {
    return psql.timedCopies("bench_budget", COPY_COLUMNS, csv, BASELINE_RUNS);
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
      http.action("organization_create", org.toString());
    }
    if (finance == null) {
      throw new IllegalStateException("The unit list has no finance office");
    }
    return finance;
  }

  private String postImport(Path csv, String organisation)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.postFile(
            http.adminToken(),
            "/api/v1/budget/imports",
            Map.of("organization", organisation),
            csv,
            "text/csv",
            Duration.ofMinutes(30));
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
              + PortalHttp.abbreviate(r.body(), 2000));
    }
    return r.body();
  }

  private void reportTimes(
      long rows,
      List<Double> copyRuns,
      double importSeconds,
      double endToEndSeconds,
      int resources,
      String answer) {
    double copySeconds = Measure.median(copyRuns);
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
            PortalHttp.abbreviate(answer, 300)));
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

  // --- small things -------------------------------------------------------------------------

  /** A CKAN name from a unit's name: lower case, dashes, at most 100 characters. */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.length() <= 100 ? s : s.substring(0, 100).replaceAll("-$", "");
  }
}
