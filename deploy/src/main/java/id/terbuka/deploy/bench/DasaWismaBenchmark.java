package id.terbuka.deploy.bench;

import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.Regions;
import id.terbuka.dasawisma.sample.BenchmarkHouseholds;
import id.terbuka.dasawisma.sample.BojonegoroRegions;
import id.terbuka.dasawisma.sample.HouseholdCsv;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Dasa Wisma benchmark (issue 12, item 11), in one run next to its baseline: the regency's
 * order of magnitude, 400,000 households by default over all 430 desa and kelurahan ({@link
 * BenchmarkHouseholds}, fixed seed), through the cadre's import, the walidata's snapshot and the TP
 * PKK's recap of the whole regency, on a fresh stack started from the build outputs.
 *
 * <p>One cadre holds the {@code kader} role over every desa (430 assignments) and sends the whole
 * regency as one file: the heaviest single import the portal can be asked for. In practice each
 * cadre sends her own desa's few hundred households; the sum of those imports is the same work in
 * smaller answers. Usage: {@code deploy/bench/dasawisma-benchmark [households]}.
 */
public final class DasaWismaBenchmark {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final long SEED = 20261203;
  private static final int BASELINE_RUNS = 3;
  private static final int RECAP_RUNS = 3;
  private static final String REGENCY = "35.22";
  private static final String ORGANISATION = "tp-pkk";
  private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(30);
  private static final Duration PUBLICATION_TIMEOUT = Duration.ofMinutes(30);
  private static final double IMPORT_TARGET_SECONDS = 60;
  private static final double RECOMPUTE_TARGET_SECONDS = 30;

  /** The columns of the household file, typed as the restricted store types them. */
  static final String COPY_COLUMNS =
      "tahun integer, kode_desa text, dusun text, rw integer, rt integer,"
          + " kelompok_dasawisma text, id_keluarga text, jumlah_kk integer, anggota_l integer,"
          + " anggota_p integer, balita_l integer, balita_p integer, pus integer, wus integer,"
          + " ibu_hamil integer, ibu_menyusui integer, lansia integer, buta_huruf_l integer,"
          + " buta_huruf_p integer, berkebutuhan_khusus integer, kriteria_rumah text,"
          + " tempat_sampah text, spal text, jamban integer, sumber_air text, stiker_p4k text,"
          + " makanan_pokok text, up2k text, pemanfaatan_pekarangan text,"
          + " industri_rumah_tangga text, kesehatan_lingkungan text";

  private final BenchStack stack;
  private final Psql psql;
  private final PortalHttp http;
  private final int tahun = Year.now(WIB).getValue();
  private final StringBuilder report = new StringBuilder();

  private DasaWismaBenchmark(BenchStack stack) {
    this.stack = stack;
    this.psql = new Psql(stack.coordinates(), stack.dbPassword);
    this.http = new PortalHttp(stack.portal, stack.secret);
  }

  public static void main(String[] args) throws Exception {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    // The upload limit well above the file; no hourly snapshot of the portal's own that could
    // take this month's before the walidata does (the benchmark times hers).
    Map<String, String> settings =
        Map.of(
            "terbuka.max.upload.mb", "1024",
            "terbuka.dasawisma.monthly.snapshots", "false");
    String loadBefore = Measure.loadAverage();
    try (BenchStack stack = BenchStack.start(root, false, settings)) {
      DasaWismaBenchmark bench = new DasaWismaBenchmark(stack);
      bench.run(households, loadBefore);
      System.out.println(bench.report);
    }
  }

  /** The users the run acts as, by their API tokens. */
  private record Users(String kader, String walidata, String tpKabupaten, double rolesSeconds) {}

  private void run(int households, String loadBefore) throws Exception {
    Regions regions = BojonegoroRegions.load();
    List<String> villages = villageCodes(regions);
    Path csv = stack.work.resolve("dasawisma-" + tahun + ".csv");
    long g0 = System.nanoTime();
    long rows;
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      rows =
          HouseholdCsv.write(BenchmarkHouseholds.generate(regions, tahun, households, SEED), out);
    }
    double generateSeconds = Measure.seconds(g0);
    List<Double> copyRuns = psql.timedCopies("bench_dasawisma", COPY_COLUMNS, csv, BASELINE_RUNS);

    http.signIn();
    Users users = users(villages);
    RssSampler rss = RssSampler.start(stack.payara.jvm().pid());

    long i0 = System.nanoTime();
    JsonObject imported = postImport(users.kader(), csv);
    double importSeconds = Measure.seconds(i0);
    long importRssPeak = rss.peak();
    expectSummary(imported, "inserted", rows);

    rss.reset();
    long s0 = System.nanoTime();
    JsonObject snapshot = publishSnapshot(users.walidata());
    double snapshotSeconds = Measure.seconds(s0);
    long snapshotRssPeak = rss.peak();
    if (snapshot.getInt("households") != rows) {
      throw new IllegalStateException("The snapshot counted " + snapshot + ", not " + rows);
    }
    PublishedCsvs.await(
        http, "indikator-dasawisma-" + tahun + "-desa", 1, false, PUBLICATION_TIMEOUT);
    double visibleSeconds = Measure.seconds(i0);
    int csvResources = 0;
    for (String dataset : datasets()) {
      csvResources += PublishedCsvs.await(http, dataset, 1, true, PUBLICATION_TIMEOUT);
    }
    double queryableSeconds = Measure.seconds(i0);

    rss.reset();
    long r0 = System.nanoTime();
    JsonObject again = postImport(users.kader(), csv);
    double reimportSeconds = Measure.seconds(r0);
    long reimportRssPeak = rss.peak();
    expectSummary(again, "unchanged", rows);
    expectSummary(again, "inserted", 0);

    List<Double> recapRuns = new ArrayList<>();
    int recapRows = 0;
    for (int i = 0; i < RECAP_RUNS; i++) {
      long q0 = System.nanoTime();
      recapRows = recap(users.tpKabupaten());
      recapRuns.add(Measure.seconds(q0));
    }
    rss.stop();

    Summary s =
        new Summary(
            rows,
            villages.size(),
            Files.size(csv),
            generateSeconds,
            copyRuns,
            users.rolesSeconds(),
            importSeconds,
            reimportSeconds,
            snapshotSeconds,
            visibleSeconds,
            queryableSeconds,
            csvResources,
            recapRuns,
            recapRows,
            Math.max(importRssPeak, Math.max(snapshotRssPeak, reimportRssPeak)),
            loadBefore,
            Measure.loadAverage(),
            psql.scalar("show server_version"));
    report.append(s.markdown());
  }

  /** Every desa and kelurahan code of the regency, kecamatan by kecamatan. */
  static List<String> villageCodes(Regions regions) {
    List<String> codes = new ArrayList<>();
    for (Region kecamatan : regions.children(regions.regency().code())) {
      for (Region village : regions.children(kecamatan.code())) {
        if (village.level().isVillage()) {
          codes.add(village.code());
        }
      }
    }
    return codes;
  }

  /**
   * The organisation {@code tp-pkk} with its walidata (an editor), the cadre with the kader role
   * over every desa, and a TP PKK of the kabupaten; times the role assignments.
   */
  private Users users(List<String> villages) throws IOException, InterruptedException {
    http.action(
        "organization_create",
        Json.createObjectBuilder()
            .add("name", ORGANISATION)
            .add("title", "TP PKK Kabupaten Bojonegoro")
            .build()
            .toString());
    String walidata = http.userWithToken("walidata");
    http.action(
        "organization_member_create",
        Json.createObjectBuilder()
            .add("id", ORGANISATION)
            .add("username", "walidata")
            .add("role", "editor")
            .build()
            .toString());
    String kader = http.userWithToken("kader");
    String tpKabupaten = http.userWithToken("tp-kabupaten");
    long a0 = System.nanoTime();
    for (String desa : villages) {
      assign("kader", "kader", desa);
    }
    double rolesSeconds = Measure.seconds(a0);
    assign("tp-kabupaten", "tp_pkk_kabupaten", REGENCY);
    return new Users(kader, walidata, tpKabupaten, rolesSeconds);
  }

  private void assign(String user, String role, String region)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("user", user)
            .add("role", role)
            .add("region", region)
            .build()
            .toString();
    HttpResponse<String> r =
        http.postAs(http.adminToken(), "/api/v1/dasawisma/roles", body, Duration.ofMinutes(1));
    if (r.statusCode() != 201) {
      throw new IOException(
          "Assigning " + role + " over " + region + ": " + r.statusCode() + " " + r.body());
    }
  }

  private JsonObject postImport(String kader, Path csv) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.postFile(
            kader, "/api/v1/dasawisma/imports", Map.of(), csv, "text/csv", ANSWER_TIMEOUT);
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "POST /api/v1/dasawisma/imports answered "
              + r.statusCode()
              + " instead of 201; the start of its report: "
              + PortalHttp.abbreviate(r.body(), 2000));
    }
    return PortalHttp.parse(r.body());
  }

  private static void expectSummary(JsonObject report, String field, long expected) {
    long actual = report.getJsonObject("summary").getJsonNumber(field).longValue();
    if (actual != expected) {
      throw new IllegalStateException(
          "Expected " + expected + " " + field + ", the import says " + report.get("summary"));
    }
  }

  private JsonObject publishSnapshot(String walidata) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.postAs(walidata, "/api/v1/dasawisma/" + tahun + "/snapshots", "{}", ANSWER_TIMEOUT);
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "POST /api/v1/dasawisma/"
              + tahun
              + "/snapshots answered "
              + r.statusCode()
              + ": "
              + PortalHttp.abbreviate(r.body(), 2000));
    }
    return PortalHttp.parse(r.body());
  }

  /** The restricted recap of the whole regency by desa; returns its number of rows. */
  private int recap(String tpKabupaten) throws IOException, InterruptedException {
    String path = "/api/v1/dasawisma/" + tahun + "/rekap?level=desa&kode=" + REGENCY;
    HttpResponse<String> r = http.getAs(tpKabupaten, path);
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET "
              + path
              + " answered "
              + r.statusCode()
              + ": "
              + PortalHttp.abbreviate(r.body(), 500));
    }
    return PortalHttp.parse(r.body()).getInt("count");
  }

  private List<String> datasets() {
    return List.of(
        "indikator-dasawisma-" + tahun + "-desa",
        "indikator-dasawisma-" + tahun + "-kecamatan",
        "indikator-dasawisma-" + tahun + "-kabupaten",
        "cakupan-dasawisma-" + tahun);
  }

  /** What one run measured, and its report. */
  record Summary(
      long households,
      int villages,
      long fileBytes,
      double generateSeconds,
      List<Double> copyRuns,
      double rolesSeconds,
      double importSeconds,
      double reimportSeconds,
      double snapshotSeconds,
      double visibleSeconds,
      double queryableSeconds,
      int csvResources,
      List<Double> recapRuns,
      int recapRows,
      long portalRssPeak,
      String loadBefore,
      String loadAfter,
      String postgresVersion) {

    String markdown() {
      StringBuilder out = new StringBuilder();
      double copy = Measure.median(copyRuns);
      out.append(
          String.format(
              Locale.ROOT,
              "Machine: %d cores; load average (1, 5, 15 min) %s at the start, %s at the end."
                  + " File: %,d households x 31 columns over %d desa and kelurahan, %.1f MB CSV"
                  + " (BenchmarkHouseholds, seed %d; generated in %.1f s). One cadre with the"
                  + " kader role over every desa (%d assignments in %.1f s). Portal JVM -Xmx1g"
                  + " (RSS peak %,d MB); PostgreSQL %s embedded; client on loopback.%n%n",
              Runtime.getRuntime().availableProcessors(),
              loadBefore,
              loadAfter,
              households,
              villages,
              fileBytes / 1e6,
              SEED,
              generateSeconds,
              villages,
              rolesSeconds,
              portalRssPeak / (1024 * 1024),
              postgresVersion));
      out.append("| | seconds | households/s | vs COPY | target |\n|---|---:|---:|---:|---|\n");
      out.append(
          row(
              String.format(
                  Locale.ROOT,
                  "`psql \\copy ... FROM` (typed table, no index; median, %.1f-%.1f s over %d"
                      + " runs)",
                  Collections.min(copyRuns),
                  Collections.max(copyRuns),
                  copyRuns.size()),
              copy,
              copy,
              null));
      out.append(
          row(
              "Import: `POST /api/v1/dasawisma/imports` until 201 (upload, reading, validation,"
                  + " identity screening, comparison with the stored versions, COPY)",
              importSeconds,
              copy,
              importSeconds < IMPORT_TARGET_SECONDS));
      out.append(
          row(
              "Re-import of the same file until 201 (all unchanged)",
              reimportSeconds,
              copy,
              reimportSeconds < IMPORT_TARGET_SECONDS));
      out.append(
          row(
              "Full recompute: `POST /api/v1/dasawisma/{tahun}/snapshots` until 201 (read,"
                  + " count, suppress, coverage, write and publish the four datasets)",
              snapshotSeconds,
              copy,
              snapshotSeconds < RECOMPUTE_TARGET_SECONDS));
      out.append(
          String.format(
              Locale.ROOT,
              "| Restricted recap of the regency by desa (`GET .../rekap?level=desa&kode=35.22`,"
                  + " TP PKK kabupaten; %d rows; median, %.2f-%.2f s over %d runs) | %.2f | %,.0f"
                  + " | | |%n",
              recapRows,
              Collections.min(recapRuns),
              Collections.max(recapRuns),
              recapRuns.size(),
              Measure.median(recapRuns),
              households / Measure.median(recapRuns)));
      out.append(
          String.format(
              Locale.ROOT,
              "| End to end: upload to `indikator-dasawisma-{tahun}-desa` visible (import, then"
                  + " the snapshot at once) | %.1f | | | |%n",
              visibleSeconds));
      out.append(
          String.format(
              Locale.ROOT,
              "| End to end: upload to every CSV of the four datasets (%d) `datastore_active` |"
                  + " %.1f | | | |%n",
              csvResources,
              queryableSeconds));
      out.append(
          String.format(
              Locale.ROOT,
              "%nTargets (issue 12): import under %.0f s: %s; full recompute under %.0f s: %s.%n",
              IMPORT_TARGET_SECONDS,
              importSeconds < IMPORT_TARGET_SECONDS ? "met" : "NOT met",
              RECOMPUTE_TARGET_SECONDS,
              snapshotSeconds < RECOMPUTE_TARGET_SECONDS ? "met" : "NOT met"));
      return out.toString();
    }

    private String row(String label, double seconds, double copy, Boolean met) {
      return String.format(
          Locale.ROOT,
          "| %s | %.1f | %,.0f | %.2f | %s |%n",
          label,
          seconds,
          households / seconds,
          copy / seconds,
          met == null ? "" : met ? "met" : "**not met**");
    }
  }
}
