package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The timeliness report and the scorecard (issue 13, items 4 and 8) against a fixture whose every
 * figure is worked out by hand below. Data goes in over the API; the times the API cannot set (a
 * dataset's {@code metadata_modified}, a budget slice's {@code created}) are then set through JDBC
 * on the test database, after the last API change, so the report reads known dates. The reports'
 * {@code as_of} fixes "today". Datasets are scoped by the fixture's own organisation, budget and
 * contracts by years no other IT uses (2016, 2015), so the shared portal's other data cannot move
 * the figures.
 */
@ExtendWith(SharedPortal.class)
class ReportsIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  private static final int BUDGET_YEAR = 2016;
  private static final int CONTRACT_YEAR = 2015;

  @SharedPortal.Base URL base;

  private Http http;

  /** The fixture's organisation, unit codes and ocid stem. */
  record World(String org, String unitX, String unitY, String ocid) {}

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(ReportsIT.class, this::fixture);
  }

  private World fixture() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    String org = "lapor-" + sfx;
    ok(http, "organization_create", admin, dict("name", org, "title", "Dinas Lapor"));
    // D1 monthly, open licence, CSV (with a described DataStore table); D2 daily, closed licence,
    // JSON (a DataStore table without descriptions); D3 yearly, no resource; D4 irregular, PDF;
    // D5 private: never counted.
    String r1 = resourceOf(dataset(admin, org, "bulanan", "Harga, bulanan", "cc-by", "CSV", false));
    String r2 = resourceOf(dataset(admin, org, "harian", "Harian", "other-closed", "JSON", false));
    dataset(admin, org, "tahunan", "Tahunan", "cc-by", null, false);
    dataset(admin, org, "tidak_tetap", "Tidak tetap", "cc-by", "PDF", false);
    dataset(admin, org, "bulanan", "Privat", "cc-by", "CSV", true);
    ok(
        http,
        "datastore_create",
        admin,
        dict(
            "resource_id",
            r1,
            "fields",
            List.of(Map.of("id", "a", "type", "text", "info", Map.of("label", "Kolom A")))));
    ok(
        http,
        "datastore_create",
        admin,
        dict("resource_id", r2, "fields", List.of(Map.of("id", "a", "type", "text"))));

    String digits = (sfx.replaceAll("[^0-9]", "") + "000").substring(0, 3);
    String unitX = "1.02.0.00.0.00.9" + digits.charAt(0) + "." + digits;
    String unitY = "4.02.0.00.0.00.9" + digits.charAt(0) + "." + digits;
    ok(
        http,
        "organization_create",
        admin,
        dict("name", "lx-" + sfx, "title", "X", "kode_unit", unitX));
    ok(
        http,
        "organization_create",
        admin,
        dict("name", "ly-" + sfx, "title", "Y", "kode_unit", unitY));
    Http.Reply imported =
        http.postMultipart(
            "/api/v1/budget/imports",
            admin,
            Map.of("organization", "lx-" + sfx),
            "file",
            "lra-" + BUDGET_YEAR + ".csv",
            budgetFile(unitX, unitY).getBytes(StandardCharsets.UTF_8));
    assertEquals(201, imported.status(), imported.body());

    String ocid = "ocds-bjn0jo-rpt" + sfx.replaceAll("[^a-z0-9]", "");
    Http.Reply existing = http.get(Http.action("organization_show", "id", "ukpbj"), null);
    if (existing.status() != 200) {
      ok(http, "organization_create", admin, dict("name", "ukpbj", "title", "UKPBJ"));
    }
    String ukpbj = PublisherSetup.userWithToken(http, admin, "rpt-" + sfx, "ukpbj", "editor");
    Http.Reply posted =
        http.postRaw(
            "/api/v1/ocds/release-packages", ukpbj, "application/json", releasePackage(ocid));
    assertTrue(posted.status() == 201 || posted.status() == 200, posted.body());

    setTimes(org, unitX, unitY);
    return new World(org, unitX, unitY, ocid);
  }

  private Map<String, Object> dataset(
      String token,
      String org,
      String frekuensi,
      String title,
      String licence,
      String format,
      boolean privat) {
    Map<String, Object> d =
        dict(
            "name", org + "-" + (privat ? "privat" : frekuensi.replace('_', '-')),
            "title", title,
            "owner_org", org,
            "frekuensi", frekuensi,
            "license_id", licence,
            "private", privat);
    if (format != null) {
      d.put(
          "resources",
          List.of(
              Map.of(
                  "name", "data", "url", "https://example.org/data." + format, "format", format)));
    }
    return ok(http, "package_create", token, d);
  }

  private static String resourceOf(Map<String, Object> dataset) {
    return (String) map(list(dataset.get("resources")).get(0)).get("id");
  }

  /** Unit X reports monthly (B01, B02), unit Y quarterly (TW1); each slice's lines add up. */
  private static String budgetFile(String x, String y) {
    StringBuilder f =
        new StringBuilder(
            "tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi,"
                + "kode_sub_kegiatan,nama_sub_kegiatan\n");
    for (String[] slice :
        new String[][] {
          {"B01", x, "Unit X Uji"}, {"B02", x, "Unit X Uji"}, {"TW1", y, "Unit Y Uji"}
        }) {
      String a = BUDGET_YEAR + "," + slice[0] + "," + slice[1] + "," + slice[2] + ",";
      f.append(a + "5,BELANJA,1000000,100000,,\n");
      f.append(a + "5.1,Operasi,1000000,100000,,\n");
      f.append(a + "5.1.01,Pegawai,1000000,100000,,\n");
    }
    return f.toString();
  }

  /**
   * Four processes: (1) a tender ended 1 March without award; (2) an award of 1 April without value
   * and without contract; (3) a tender without value ending 20 June (within the 30 days); (4)
   * complete with values.
   */
  private static String releasePackage(String ocid) {
    List<String> releases = new ArrayList<>();
    releases.add(release(ocid + "-1", "Paket satu", "complete", "2015-03-01", true, null, null));
    releases.add(
        release(
            ocid + "-2",
            "Paket dua",
            "complete",
            "2015-03-01",
            true,
            "\"date\": \"2015-04-01T00:00:00Z\"",
            null));
    releases.add(release(ocid + "-3", "Paket tiga", "active", "2015-06-20", false, null, null));
    releases.add(
        release(
            ocid + "-4",
            "Paket empat",
            "complete",
            "2015-03-01",
            true,
            "\"date\": \"2015-04-01T00:00:00Z\", \"value\": {\"amount\": 900000, \"currency\": \"IDR\"}",
            "{\"id\": \"c1\", \"awardID\": \"a1\", \"status\": \"active\","
                + " \"value\": {\"amount\": 900000, \"currency\": \"IDR\"}}"));
    return "{\"uri\": \"https://example.org/rpt.json\", \"publishedDate\": \"2015-06-25T00:00:00Z\","
        + " \"publisher\": {\"name\": \"UKPBJ\"}, \"version\": \"1.1\", \"releases\": ["
        + String.join(",", releases)
        + "]}";
  }

  private static String release(
      String ocid,
      String title,
      String status,
      String tenderEnd,
      boolean value,
      String award,
      String contract) {
    List<String> tags = new ArrayList<>(List.of("\"tender\""));
    StringBuilder r = new StringBuilder();
    r.append("{\"ocid\": \"").append(ocid).append("\", \"id\": \"").append(ocid).append("-r1\",");
    r.append(" \"date\": \"2015-06-25T00:00:00Z\", \"initiationType\": \"tender\",");
    r.append(
        " \"parties\": [{\"id\": \"ID-RPT-B\", \"name\": \"Dinas Uji Laporan\", \"roles\": [\"buyer\"]},");
    r.append(" {\"id\": \"ID-RPT-S\", \"name\": \"PT Uji Laporan\", \"roles\": [\"supplier\"]}],");
    r.append(" \"buyer\": {\"id\": \"ID-RPT-B\", \"name\": \"Dinas Uji Laporan\"},");
    r.append(" \"tender\": {\"id\": \"t1\", \"title\": \"")
        .append(title)
        .append("\", \"status\": \"");
    r.append(status).append("\", \"datePublished\": \"2015-02-01T00:00:00Z\",");
    r.append(" \"tenderPeriod\": {\"startDate\": \"2015-02-01T00:00:00Z\", \"endDate\": \"");
    r.append(tenderEnd).append("T00:00:00Z\"}");
    if (value) {
      r.append(", \"value\": {\"amount\": 1000000, \"currency\": \"IDR\"}");
    }
    r.append("}");
    if (award != null) {
      tags.add("\"award\"");
      r.append(", \"awards\": [{\"id\": \"a1\", \"status\": \"active\", ").append(award);
      r.append(", \"suppliers\": [{\"id\": \"ID-RPT-S\", \"name\": \"PT Uji Laporan\"}]}]");
    }
    if (contract != null) {
      tags.add("\"contract\"");
      r.append(", \"contracts\": [").append(contract).append("]");
    }
    r.append(", \"tag\": [").append(String.join(", ", tags)).append("]}");
    return r.toString();
  }

  /** The dates the API cannot set, in UTC (all at 02:00-03:00 UTC: the same WIB day). */
  private static void setTimes(String org, String unitX, String unitY) {
    var db = TestInfrastructure.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      modified(c, org + "-bulanan", LocalDateTime.of(2026, 10, 5, 3, 0));
      modified(c, org + "-harian", LocalDateTime.of(2026, 12, 19, 3, 0));
      modified(c, org + "-tahunan", LocalDateTime.of(2026, 1, 10, 3, 0));
      created(c, unitX, "B01", LocalDateTime.of(2016, 2, 8, 2, 0));
      created(c, unitX, "B02", LocalDateTime.of(2016, 3, 20, 2, 0));
      created(c, unitY, "TW1", LocalDateTime.of(2016, 4, 10, 2, 0));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void modified(Connection c, String name, LocalDateTime t) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("update dataset set metadata_modified = ? where name = ?")) {
      ps.setTimestamp(1, Timestamp.valueOf(t));
      ps.setString(2, name);
      assertEquals(1, ps.executeUpdate(), name);
    }
  }

  private static void created(Connection c, String unit, String periode, LocalDateTime t)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "update budget_slice set created = ? where tahun = ? and kode_skpd = ? and periode = ?")) {
      ps.setTimestamp(1, Timestamp.valueOf(t));
      ps.setInt(2, BUDGET_YEAR);
      ps.setString(3, unit);
      ps.setString(4, periode);
      assertEquals(1, ps.executeUpdate(), unit + " " + periode);
    }
  }

  // ------------------------------------------------------------------------------- checks

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  /** The JSON rows as lists of text in column order (numbers as written), for exact comparison. */
  private static List<List<Object>> texts(List<Object> rows, List<String> columns) {
    List<List<Object>> out = new ArrayList<>();
    for (Object o : rows) {
      Map<String, Object> m = map(o);
      assertEquals(columns, new ArrayList<>(m.keySet()));
      List<Object> r = new ArrayList<>();
      columns.forEach(k -> r.add(m.get(k) == null ? null : String.valueOf(m.get(k))));
      out.add(r);
    }
    return out;
  }

  private static final List<String> DATASET_COLUMNS =
      List.of(
          "organization",
          "name",
          "title",
          "frekuensi",
          "terakhir_diperbarui",
          "jatuh_tempo",
          "status",
          "hari_terlambat");

  @Test
  void datasetTimelinessAgainstTheHandComputedDueDates() {
    String org = world.org();
    Map<String, Object> body =
        http.get("/api/v1/reports/timeliness?as_of=2026-12-20&organization=" + org, null).map();
    Map<String, Object> datasets = map(body.get("datasets"));
    // D1: changed 5 Oct (October), due 30 Nov + 15 = 15 Dec, 5 days late on 20 Dec.
    // D2: changed 19 Dec, due 20 Dec + 1 = 21 Dec: on time. D3: no resource: missing.
    // D4 (irregular) is not assessed, D5 (private) not counted.
    assertEquals(
        List.of(
            row(
                org,
                org + "-bulanan",
                "Harga, bulanan",
                "bulanan",
                "2026-10-05",
                "2026-12-15",
                "terlambat",
                "5"),
            row(
                org,
                org + "-harian",
                "Harian",
                "harian",
                "2026-12-19",
                "2026-12-21",
                "tepat_waktu",
                "0"),
            row(org, org + "-tahunan", "Tahunan", "tahunan", "2026-01-10", null, "tidak_ada", "0")),
        texts(list(datasets.get("baris")), DATASET_COLUMNS));
    Map<String, Object> summary = map(datasets.get("ringkasan"));
    assertEquals(3, ((Number) summary.get("dinilai")).intValue());
    assertEquals(1, ((Number) summary.get("tepat_waktu")).intValue());
    assertEquals(1, ((Number) summary.get("terlambat")).intValue());
    assertEquals(1, ((Number) summary.get("tidak_ada")).intValue());
    assertTrue(map(body.get("definisi")).containsKey("jatuh_tempo"));

    Http.Reply csv =
        http.get(
            "/api/v1/reports/timeliness?as_of=2026-12-20&format=csv&organization=" + org, null);
    assertEquals(200, csv.status());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(
        "\uFEFForganization,name,title,frekuensi,terakhir_diperbarui,jatuh_tempo,status,hari_terlambat\r\n"
            + org
            + ","
            + org
            + "-bulanan,\"Harga, bulanan\",bulanan,2026-10-05,2026-12-15,terlambat,5\r\n"
            + org
            + ","
            + org
            + "-harian,Harian,harian,2026-12-19,2026-12-21,tepat_waktu,0\r\n"
            + org
            + ","
            + org
            + "-tahunan,Tahunan,tahunan,2026-01-10,,tidak_ada,0\r\n",
        csv.body());
  }

  @Test
  void budgetPeriodsPerUnitWithDaysAfterTheEnd() {
    String q = "/api/v1/reports/timeliness?as_of=2016-04-20&tahun=2016&section=budget";
    Map<String, Object> body = http.get(q, null).map();
    assertFalse(body.containsKey("datasets"));
    Map<String, Object> budget = map(body.get("budget"));
    String x = world.unitX();
    String y = world.unitY();
    // Deadline 10 days. X: B01 on 8 Feb (8 days), B02 on 20 Mar (20 days after 29 Feb 2016: a
    // leap year), B03 due by 10 Apr, missing on 20 Apr; B04 not yet due. Y: TW1 on its deadline
    // day.
    List<String> columns =
        List.of(
            "kode_skpd",
            "nama_skpd",
            "periode",
            "akhir_periode",
            "batas_waktu",
            "pertama_terbit",
            "hari_setelah_akhir",
            "versi",
            "status");
    assertEquals(
        List.of(
            row(
                x,
                "Unit X Uji",
                "B01",
                "2016-01-31",
                "2016-02-10",
                "2016-02-08",
                "8",
                "1",
                "tepat_waktu"),
            row(
                x,
                "Unit X Uji",
                "B02",
                "2016-02-29",
                "2016-03-10",
                "2016-03-20",
                "20",
                "1",
                "terlambat"),
            row(x, "Unit X Uji", "B03", "2016-03-31", "2016-04-10", null, null, "0", "tidak_ada"),
            row(
                y,
                "Unit Y Uji",
                "TW1",
                "2016-03-31",
                "2016-04-10",
                "2016-04-10",
                "10",
                "1",
                "tepat_waktu")),
        texts(list(budget.get("baris")), columns));
    Map<String, Object> summary = map(budget.get("ringkasan"));
    assertEquals(10, ((Number) summary.get("batas_hari")).intValue());
    assertEquals(4, ((Number) summary.get("dinilai")).intValue());
    assertEquals(2, ((Number) summary.get("tepat_waktu")).intValue());
    assertEquals(1, ((Number) summary.get("terlambat")).intValue());
    assertEquals(1, ((Number) summary.get("tidak_ada")).intValue());

    assertEquals(
        "\uFEFF"
            + String.join(",", columns)
            + "\r\n"
            + x
            + ",Unit X Uji,B01,2016-01-31,2016-02-10,2016-02-08,8,1,tepat_waktu\r\n"
            + x
            + ",Unit X Uji,B02,2016-02-29,2016-03-10,2016-03-20,20,1,terlambat\r\n"
            + x
            + ",Unit X Uji,B03,2016-03-31,2016-04-10,,,0,tidak_ada\r\n"
            + y
            + ",Unit Y Uji,TW1,2016-03-31,2016-04-10,2016-04-10,10,1,tepat_waktu\r\n",
        http.get(q + "&format=csv", null).body());
  }

  @Test
  void contractsLackingStagesAndValues() {
    String q = "/api/v1/reports/timeliness?as_of=2015-06-30&tahun=2015&section=contracts";
    Map<String, Object> contracts = map(http.get(q, null).map().get("contracts"));
    String o = world.ocid();
    List<String> columns =
        List.of(
            "ocid",
            "judul",
            "pembeli",
            "akhir_tender",
            "status_tender",
            "pemenang_aktif",
            "tanggal_pemenang_pertama",
            "kontrak",
            "masalah");
    // 30 days of patience before 30 June: 31 May. (1) tender ended 1 March, no award; (2) award
    // 1 April without value, no contract; (3) tender without value (ended 20 June: not yet late);
    // (4) complete: not listed.
    assertEquals(
        List.of(
            row(
                o + "-1",
                "Paket satu",
                "Dinas Uji Laporan",
                "2015-03-01",
                "complete",
                "0",
                null,
                "0",
                "[tanpa_pemenang]"),
            row(
                o + "-2",
                "Paket dua",
                "Dinas Uji Laporan",
                "2015-03-01",
                "complete",
                "1",
                "2015-04-01",
                "0",
                "[tanpa_kontrak, nilai_pemenang_kosong]"),
            row(
                o + "-3",
                "Paket tiga",
                "Dinas Uji Laporan",
                "2015-06-20",
                "active",
                "0",
                null,
                "0",
                "[nilai_tender_kosong]")),
        texts(list(contracts.get("baris")), columns));
    Map<String, Object> s = map(contracts.get("ringkasan"));
    assertEquals(30, ((Number) s.get("batas_hari")).intValue());
    assertEquals(4, ((Number) s.get("proses")).intValue());
    assertEquals(3, ((Number) s.get("bermasalah")).intValue());
    assertEquals(1, ((Number) s.get("tanpa_pemenang")).intValue());
    assertEquals(1, ((Number) s.get("tanpa_kontrak")).intValue());
    assertEquals(1, ((Number) s.get("nilai_tender_kosong")).intValue());
    assertEquals(1, ((Number) s.get("nilai_pemenang_kosong")).intValue());
    assertEquals(0, ((Number) s.get("nilai_kontrak_kosong")).intValue());

    assertEquals(
        "\uFEFF"
            + String.join(",", columns)
            + "\r\n"
            + o
            + "-1,Paket satu,Dinas Uji Laporan,2015-03-01,complete,0,,0,tanpa_pemenang\r\n"
            + o
            + "-2,Paket dua,Dinas Uji Laporan,2015-03-01,complete,1,2015-04-01,0,tanpa_kontrak;nilai_pemenang_kosong\r\n"
            + o
            + "-3,Paket tiga,Dinas Uji Laporan,2015-06-20,active,0,,0,nilai_tender_kosong\r\n",
        http.get(q + "&format=csv", null).body());
  }

  @Test
  void dasaWismaWithoutASnapshotIsEmptyNotInvented() {
    Map<String, Object> d =
        map(
            http.get("/api/v1/reports/timeliness?tahun=1999&section=dasawisma", null)
                .map()
                .get("dasawisma"));
    assertNull(map(d.get("ringkasan")).get("bulan"));
    assertEquals(List.of(), list(d.get("baris")));
  }

  @Test
  void scorecardOfTheOrganisation() {
    String org = world.org();
    Map<String, Object> body =
        http.get("/api/v1/reports/scorecard?as_of=2026-12-20&organization=" + org, null).map();
    List<String> columns =
        List.of(
            "organization",
            "title",
            "dataset",
            "dinilai",
            "tepat_waktu",
            "persen_tepat_waktu",
            "lisensi_terbuka",
            "persen_lisensi_terbuka",
            "format_terbaca_mesin",
            "persen_format_terbaca_mesin",
            "kamus_data",
            "persen_kamus_data");
    // Public: D1-D4 (4). Assessed D1-D3, on time D2: 1/3 = 33.3 %. Open licence D1, D3, D4: 75.0.
    // Machine-readable D1 (CSV), D2 (JSON): 50.0. Dictionary: D1's described column only: 25.0.
    List<Object> expected =
        row(org, "Dinas Lapor", "4", "3", "1", "33.3", "3", "75.0", "2", "50.0", "1", "25.0");
    assertEquals(List.of(expected), texts(list(body.get("baris")), columns));
    assertEquals(
        List.of(expected.subList(2, 12)),
        List.of(texts(List.of(body.get("total")), columns).get(0).subList(2, 12)));
    assertTrue(map(body.get("definisi")).containsKey("persen_kamus_data"));

    assertEquals(
        "\uFEFF"
            + String.join(",", columns)
            + "\r\n"
            + org
            + ",Dinas Lapor,4,3,1,33.3,3,75.0,2,50.0,1,25.0\r\n",
        http.get("/api/v1/reports/scorecard?as_of=2026-12-20&format=csv&organization=" + org, null)
            .body());
  }

  @Test
  void badParametersArePrecise422s() {
    for (String q :
        List.of(
            "timeliness?format=xml",
            "timeliness?as_of=2026-02-30",
            "timeliness?tahun=20x6",
            "timeliness?section=households",
            "timeliness?organization=A%20B",
            "scorecard?format=pdf")) {
      Http.Reply r = http.get("/api/v1/reports/" + q, null);
      assertEquals(422, r.status(), q + " " + r.body());
      String parameter = q.substring(q.indexOf('?') + 1, q.indexOf('='));
      assertTrue(r.body().contains("\"" + parameter + "\""), q + " " + r.body());
    }
  }

  @Test
  void thePageShowsTheSameFiguresAndIsAccessible() {
    Http.Reply page = http.get("/laporan?as_of=2016-04-20&tahun=2016", null);
    assertEquals(200, page.status());
    String html = page.body();
    assertTrue(html.contains("id=\"table-budget\""), html);
    assertTrue(html.contains("Unit X Uji"));
    assertTrue(html.contains("tidak ada"));
    assertTrue(
        html.contains(
            "/api/v1/reports/timeliness?as_of=2016-04-20&amp;tahun=2016&amp;section=budget&amp;format=csv"));
    // The figures are in the server's HTML: the page needs no script and has no inline one (the
    // layout's
    // only script is the deferred search autocomplete, an enhancement).
    assertFalse(html.matches("(?s).*<script(?![^>]*src=).*"), html);
    String en = http.get("/laporan?as_of=2016-04-20&tahun=2016&lang=en", null).body();
    assertTrue(en.contains("Timeliness and completeness reports"));
    assertTrue(en.contains("missing"));
    assertEquals(400, http.get("/laporan?as_of=kemarin", null).status());
    assertEquals(404, http.get("/laporan/apa", null).status());

    browser.open("/laporan?as_of=2016-04-20&tahun=2016");
    assertTrue(browser.text().contains("Unit Y Uji"));
    browser.assertAccessible();
  }
}
