package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import id.terbuka.web.browser.Browser;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public Dasa Wisma pages through the deployed WAR (issue 12, item 8): one snapshot of 2024
 * (DasaWismaApiIT publishes 2025, and a year has one snapshot per calendar month) with a big desa
 * (12 households, a public row with withheld cells) and a small one (4 households, no row) in
 * Kecamatan Sekar; every figure on the year, kecamatan and desa pages is compared with the
 * published JSON files; withheld cells read "ditahan"; unknown years and codes are the 404 page;
 * English; and in Chromium without JavaScript, the year and desa pages pass the accessibility
 * check.
 */
@ExtendWith(SharedPortal.class)
class DasaWismaPagesIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  static final int TAHUN = 2024;
  static final String KECAMATAN = "35.22.27";
  static final String BIG = "35.22.27.2001";
  static final String SMALL = "35.22.27.2002";
  private static final Set<String> REGION_COLUMNS =
      Set.of("kode", "nama", "level", "kode_induk", "withheld");

  /** One indicator row on a page: its code, then its cell (a published value or withheld). */
  private static final Pattern INDICATOR_ROW =
      Pattern.compile(
          "<tr data-kode=\"([a-z_0-9]+)\"><th scope=\"row\">.*?</th><td class=\"num\">(.*?)</td>",
          Pattern.DOTALL);

  private static final Pattern VALUE = Pattern.compile("^<data value=\"(-?\\d+)\">");

  @SharedPortal.Base URL base;

  private Http http;
  private World world;

  /** The published JSON tables of the snapshot. */
  record World(
      Map<String, Object> kabupaten,
      Map<String, Object> kecamatan,
      Map<String, Object> desa,
      Map<String, Object> cakupan,
      Map<String, Object> bulanan) {}

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(DasaWismaPagesIT.class, this::publish);
  }

  private World publish() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    if (http.get(Http.action("organization_show", "id", "tp-pkk"), null).status() != 200) {
      ok(http, "organization_create", admin, dict("name", "tp-pkk", "title", "TP PKK"));
    }
    String kader = PublisherSetup.userWithToken(http, admin, "kader-hal-" + sfx, null, null);
    String walidata =
        PublisherSetup.userWithToken(http, admin, "walidata-hal-" + sfx, "tp-pkk", "editor");
    for (String desa : List.of(BIG, SMALL)) {
      Http.Reply r =
          http.postJson(
              "/api/v1/dasawisma/roles",
              admin,
              dict("user", "kader-hal-" + sfx, "role", "kader", "region", desa));
      assertEquals(201, r.status(), r.body());
    }
    upload("imports", kader, DasaWismaFixtures.rows(TAHUN, BIG, "Melati " + sfx, 12));
    upload("imports", kader, DasaWismaFixtures.rows(TAHUN, SMALL, "Kenanga " + sfx, 4));
    // The trend counts months that ended before the snapshot; these households were all entered
    // today, so their entry is moved back (the big desa three months, the small one one month).
    enteredMonthsAgo(BIG, 3);
    enteredMonthsAgo(SMALL, 1);
    String targets =
        "kode_desa,tahun,jumlah_kk_target\n"
            + BIG
            + ","
            + TAHUN
            + ",40\n"
            + SMALL
            + ","
            + TAHUN
            + ",25\n";
    Http.Reply loaded = multipart("targets", walidata, targets);
    assertEquals(201, loaded.status(), loaded.body());
    Http.Reply taken =
        http.postJson("/api/v1/dasawisma/" + TAHUN + "/snapshots", walidata, Map.of());
    assertEquals(201, taken.status(), taken.body());
    return new World(
        publishedJson("indikator-dasawisma-" + TAHUN + "-kabupaten", "indikator-dasawisma"),
        publishedJson("indikator-dasawisma-" + TAHUN + "-kecamatan", "indikator-dasawisma"),
        publishedJson("indikator-dasawisma-" + TAHUN + "-desa", "indikator-dasawisma"),
        publishedJson("cakupan-dasawisma-" + TAHUN, "cakupan-dasawisma-" + TAHUN + ".json"),
        publishedJson("cakupan-dasawisma-" + TAHUN, "cakupan-bulanan-dasawisma-" + TAHUN));
  }

  private static void enteredMonthsAgo(String desa, int months) {
    var db = TestInfrastructure.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        PreparedStatement ps =
            c.prepareStatement(
                "update dasawisma.household set valid_from = valid_from - make_interval(months => ?)"
                    + " where tahun = ? and kode_desa = ?")) {
      ps.setInt(1, months);
      ps.setInt(2, TAHUN);
      ps.setString(3, desa);
      assertTrue(ps.executeUpdate() > 0, desa);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void upload(String what, String token, List<Map<String, String>> rows) {
    Http.Reply r = multipart(what, token, DasaWismaFixtures.csv(rows, List.of(), ""));
    assertEquals(201, r.status(), r.body());
  }

  private Http.Reply multipart(String what, String token, String csv) {
    return http.postMultipart(
        "/api/v1/dasawisma/" + what,
        token,
        Map.of(),
        "file",
        what + ".csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON resource of {@code dataset} whose URL contains {@code fileMark} and ends in .json. */
  private Map<String, Object> publishedJson(String dataset, String fileMark) {
    Map<String, Object> pkg = ok(http.get(Http.action("package_show", "id", dataset), null));
    for (Object r : list(pkg.get("resources"))) {
      String url = (String) map(r).get("url");
      String file = url.substring(url.lastIndexOf('/') + 1);
      if (file.endsWith(".json") && file.contains(fileMark) && !file.startsWith("kamus")) {
        return map(Json.parse(http.get(url.substring(url.indexOf("/dataset/")), null).body()));
      }
    }
    throw new AssertionError("no " + fileMark + " JSON in " + pkg);
  }

  // ------------------------------------------------------------------------------- pages

  @Test
  void theYearPageShowsTheRegencyRowCoverageByKecamatanAndTheTrendAsPublished() {
    String html = HtmlPages.page(http, 200, "/dasawisma/" + TAHUN);
    assertSameFigures(row(world.kabupaten(), "35.22"), html);
    for (String group : List.of("keluarga", "rumah", "air", "pangan", "kegiatan", "sensitif")) {
      assertTrue(html.contains("id=\"group-" + group + "\""), group);
    }

    Map<String, Object> sekar = row(world.cakupan(), KECAMATAN);
    String line = tableRow(html, "coverage-kecamatan", KECAMATAN);
    assertEquals(16L, number(sekar.get("rumah_tangga")));
    assertTrue(line.contains("<data value=\"16\">16</data>"), line);
    assertTrue(line.contains("<data value=\"65\">65</data>"), "target 40 + 25: " + line);
    assertTrue(
        line.contains("<data value=\"" + decimal(sekar.get("cakupan_persen")) + "\">"), line);
    assertTrue(line.contains("href=\"" + base.getPath().replaceAll("/$", "")), line);
    long kecamatanRows =
        list(world.cakupan().get("baris")).stream()
            .filter(r -> "kecamatan".equals(map(r).get("level")))
            .count();
    assertEquals(kecamatanRows, count(section(html, "coverage-kecamatan"), "<tr data-kode="));
    assertTrue(html.contains("id=\"chart-kecamatan-title\""), "the ranking chart");
    assertTrue(html.contains("role=\"img\""));

    List<Object> months = list(world.bulanan().get("baris"));
    assertEquals(3, months.size(), "three months ended since the first entry: " + months);
    assertEquals(
        List.of(12L, 12L, 16L),
        months.stream().map(m -> number(map(m).get("rumah_tangga"))).toList());
    String trend = section(html, "trend");
    for (Object m : months) {
      String bulan = (String) map(m).get("bulan");
      String row =
          HtmlPages.all(
                  Pattern.compile("(<tr data-bulan=\"" + bulan + "\">.*?</tr>)", Pattern.DOTALL),
                  trend)
              .get(0);
      long entered = number(map(m).get("rumah_tangga"));
      assertTrue(row.contains("<data value=\"" + entered + "\">"), row);
    }
    assertTrue(html.contains("id=\"chart-trend-title\""), "the trend chart");

    assertTrue(
        html.matches("(?s).*Data per \\d{1,2} \\p{L}+ \\d{4}, \\d{2}\\.\\d{2} WIB\\..*"), "as of");
    for (String dataset :
        List.of(
            "indikator-dasawisma-" + TAHUN + "-kabupaten",
            "indikator-dasawisma-" + TAHUN + "-kecamatan",
            "indikator-dasawisma-" + TAHUN + "-desa",
            "cakupan-dasawisma-" + TAHUN)) {
      assertTrue(html.contains("/dataset/" + dataset + "\""), dataset);
    }
    assertTrue(html.contains("Mengapa ada angka yang “ditahan”?"), "the rule box");
    assertTrue(html.contains("<details>"), "the full rule");
    assertTrue(html.contains("aria-current=\"page\">Dasa Wisma</a>"), "navigation");
  }

  @Test
  void theKecamatanPageShowsEveryIndicatorWithheldAsWithheldAndItsDesa() {
    String html = HtmlPages.page(http, 200, "/dasawisma/" + TAHUN + "/kecamatan/" + KECAMATAN);
    Map<String, Object> row = row(world.kecamatan(), KECAMATAN);
    assertSameFigures(row, html);
    assertTrue(html.contains("Sekar"), html);
    for (String desa : List.of(BIG, SMALL)) {
      String line = tableRow(html, "coverage-desa", desa);
      long entered = number(row(world.cakupan(), desa).get("rumah_tangga"));
      assertTrue(line.contains("<data value=\"" + entered + "\">"), line);
      assertTrue(line.contains("/dasawisma/" + TAHUN + "/desa/" + desa + "\""), line);
    }
    long desaRows =
        list(world.cakupan().get("baris")).stream()
            .filter(r -> KECAMATAN.equals(map(r).get("kode_induk")))
            .count();
    assertEquals(desaRows, count(section(html, "coverage-desa"), "<tr data-kode="));
  }

  @Test
  void theBigDesaShowsItsGeneralRowWithItsWithheldCells() {
    Map<String, Object> row = row(world.desa(), BIG);
    assertFalse(list(row.get("withheld")).isEmpty(), "2 PDAM households: withheld: " + row);
    String html = HtmlPages.page(http, 200, "/dasawisma/" + TAHUN + "/desa/" + BIG);
    assertSameFigures(row, html);
    assertFalse(html.contains("id=\"group-sensitif\""), "no sensitive indicator by desa");
    assertFalse(html.contains("id=\"no-row\""));
    assertTrue(html.contains("<data value=\"12\">12</data>"), "households entered");
    assertTrue(html.contains("<data value=\"40\">40</data>"), "the target");

    String en = HtmlPages.page(http, 200, "/dasawisma/" + TAHUN + "/desa/" + BIG + "?lang=en");
    assertTrue(en.contains("<html lang=\"en\">"));
    assertTrue(en.contains(">withheld</strong>"), en);
    assertFalse(en.contains(">ditahan</strong>"));
    assertSameFigures(row, en);
  }

  @Test
  void theSmallDesaHasNoRowButItsCoverageIsPublic() {
    assertTrue(
        list(world.desa().get("baris")).stream().noneMatch(r -> SMALL.equals(map(r).get("kode"))),
        "a desa with 4 households has no row");
    String html = HtmlPages.page(http, 200, "/dasawisma/" + TAHUN + "/desa/" + SMALL);
    assertTrue(html.contains("id=\"no-row\""), html);
    assertTrue(html.contains("kurang dari 10 rumah tangga"), html);
    assertFalse(html.contains("<tr data-kode=\"anggota_l\""), "no indicator of the small desa");
    assertTrue(html.contains("<data value=\"4\">4</data>"), "households entered are public");
    assertTrue(html.contains("<data value=\"25\">25</data>"), "the target");
    assertTrue(html.contains("/dasawisma/" + TAHUN + "/kecamatan/" + KECAMATAN + "\""));

    String en = HtmlPages.page(http, 200, "/dasawisma/" + TAHUN + "/desa/" + SMALL + "?lang=en");
    assertTrue(en.contains("fewer than 10 households"), en);
    assertTrue(en.contains("Why are some figures “withheld”?"), en);
  }

  @Test
  void unknownYearsAndCodesAreTheNotFoundPageAndTheIndexRedirects() {
    for (String path :
        List.of(
            "/dasawisma/2019",
            "/dasawisma/0000",
            "/dasawisma/abcd",
            "/dasawisma/2019/kecamatan/" + KECAMATAN,
            "/dasawisma/2019/desa/" + BIG,
            "/dasawisma/" + TAHUN + "/kecamatan/35.22.99",
            "/dasawisma/" + TAHUN + "/kecamatan/" + BIG,
            "/dasawisma/" + TAHUN + "/kecamatan/35.23.01",
            "/dasawisma/" + TAHUN + "/desa/35.22.27.9999",
            "/dasawisma/" + TAHUN + "/desa/" + KECAMATAN,
            "/dasawisma/" + TAHUN + "/rt/" + BIG)) {
      String html = HtmlPages.page(http, 404, path);
      assertTrue(html.contains("<h1>"), path);
    }
    HttpResponse<byte[]> index = http.getBytes("/dasawisma");
    assertEquals(302, index.statusCode());
    String location = index.headers().firstValue("Location").orElse("");
    assertTrue(location.matches(".*/dasawisma/\\d{4}$"), location);
    HttpResponse<byte[]> en = http.getBytes("/dasawisma?lang=en");
    assertTrue(en.headers().firstValue("Location").orElse("").endsWith("?lang=en"));
  }

  @Test
  void hostileParametersAndPathsAreNeverAServerError() {
    List<String> paths = new ArrayList<>();
    for (String v : HostileValues.texts().values()) {
      if (v.length() > 10_000) {
        continue;
      }
      String e = URLEncoder.encode(v, StandardCharsets.UTF_8);
      paths.add("/dasawisma/" + TAHUN + "?lang=" + e);
      paths.add("/dasawisma/" + TAHUN + "/desa/" + BIG + "?lang=" + e);
      String inPath = e.replace("+", "%20");
      paths.add("/dasawisma/" + inPath);
      paths.add("/dasawisma/" + TAHUN + "/kecamatan/" + inPath);
      paths.add("/dasawisma/" + TAHUN + "/desa/" + inPath);
    }
    for (String path : paths) {
      HttpResponse<byte[]> r = http.getBytes(path);
      assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode());
      assertFalse(HtmlPages.text(r).contains("Exception"), path);
    }
  }

  @Test
  void theSitemapListsThePages() {
    String xml = http.get("/sitemap.xml", null).body();
    assertTrue(xml.contains("/dasawisma/" + TAHUN + "</loc>"), xml);
    assertTrue(xml.contains("/dasawisma/" + TAHUN + "/kecamatan/" + KECAMATAN + "</loc>"));
    assertTrue(xml.contains("/dasawisma/" + TAHUN + "/desa/" + SMALL + "</loc>"));
  }

  @Test
  void inChromiumWithoutJavaScriptTheYearAndDesaPagesAreAccessible() {
    browser.open("/dasawisma/" + TAHUN);
    assertTrue(browser.text().contains("Sekar"), browser.text());
    browser.screenshots("dasawisma-year");
    browser.assertAccessible();

    browser.open("/dasawisma/" + TAHUN + "/desa/" + SMALL);
    assertTrue(browser.text().contains("kurang dari 10 rumah tangga"), browser.text());
    browser.screenshots("dasawisma-desa-small");
    browser.assertAccessible();

    browser.open("/dasawisma/" + TAHUN + "/desa/" + BIG + "?lang=en");
    assertTrue(browser.text().contains("withheld"), browser.text());
    browser.screenshots("dasawisma-desa-en");
    browser.assertAccessible();
  }

  // -------------------------------------------------------------------------------- helpers

  /**
   * Every indicator of the published row is on the page with the same value, withheld ones as
   * withheld, and the page shows no indicator the row does not have.
   */
  private static void assertSameFigures(Map<String, Object> row, String html) {
    Map<String, String> shown = new HashMap<>();
    Matcher m = INDICATOR_ROW.matcher(html);
    while (m.find()) {
      shown.put(m.group(1), m.group(2));
    }
    List<Object> withheld = list(row.get("withheld"));
    int indicators = 0;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      String code = e.getKey();
      if (REGION_COLUMNS.contains(code)) {
        continue;
      }
      indicators++;
      String cell = shown.get(code);
      assertTrue(cell != null, code + " is not on the page");
      if (withheld.contains(code)) {
        assertTrue(e.getValue() == null, code);
        assertTrue(cell.contains("data-withheld=\"" + code + "\""), code + ": " + cell);
        assertFalse(cell.contains("<data"), code + " withheld, never a number: " + cell);
      } else {
        Matcher v = VALUE.matcher(cell);
        assertTrue(v.find(), code + ": " + cell);
        assertEquals(number(e.getValue()), Long.parseLong(v.group(1)), code);
      }
    }
    assertEquals(indicators, shown.size(), "the page shows exactly the row's indicators");
  }

  private static Map<String, Object> row(Map<String, Object> table, String kode) {
    for (Object r : list(table.get("baris"))) {
      if (kode.equals(map(r).get("kode"))) {
        return map(r);
      }
    }
    throw new AssertionError("no row " + kode + " in " + table.get("tabel"));
  }

  /** The HTML of the table with this id. */
  private static String section(String html, String tableId) {
    int start = html.indexOf("id=\"" + tableId + "\"");
    assertTrue(start > 0, tableId);
    return html.substring(start, html.indexOf("</table>", start));
  }

  private static String tableRow(String html, String tableId, String kode) {
    String table = section(html, tableId);
    int start = table.indexOf("<tr data-kode=\"" + kode + "\">");
    assertTrue(start > 0, kode + " in " + tableId);
    return table.substring(start, table.indexOf("</tr>", start));
  }

  private static long count(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1L;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static String decimal(Object value) {
    return new BigDecimal(value.toString()).toPlainString();
  }
}
