package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The budget pages through the deployed WAR (issue 10, item 5): a small, consistent realisation
 * file for 2022 (two units, two quarters; one unit with sub kegiatan codes, one without) imported
 * through the API, then the year and unit pages checked against the API's figures and the sums of
 * the generated CSV to the rupiah, the three views, charts with their tables, the 404 pages,
 * hostile parameters, and in Chromium without JavaScript the view links and the print stylesheet.
 */
@ExtendWith(SharedPortal.class)
class BudgetPagesIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  private static final int TAHUN = 2022;
  private static final String BPKAD = "4.02.0.00.0.00.42.0000";
  private static final String DINKES = "1.02.0.00.0.00.42.0000";
  private static final String DINKES_NAME = "Dinas Kesehatan <i>Uji</i> & Co";
  private static final String PUSKESMAS = "1.02.02.2.01.0002";
  private static final String GAJI = "1.02.01.2.02.0001";

  @SharedPortal.Base URL base;

  private Http http;

  /** The importing organisation and the dataset's resources after the import. */
  record World(String org, List<Object> resources) {}

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(BudgetPagesIT.class, this::importTheFile);
  }

  private World importTheFile() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    String org = "bpkad-hal-" + sfx;
    ok(http, "organization_create", admin, dict("name", org, "title", "BPKAD", "kode_unit", BPKAD));
    ok(
        http,
        "organization_create",
        admin,
        dict("name", "dinkes-hal-" + sfx, "title", "Dinkes", "kode_unit", DINKES));
    String editor = PublisherSetup.userWithToken(http, admin, "hal-" + sfx, org, "editor");
    Http.Reply r =
        http.postMultipart(
            "/api/v1/budget/imports",
            editor,
            Map.of("organization", org),
            "file",
            "lra-2022.csv",
            file().getBytes(StandardCharsets.UTF_8));
    assertEquals(201, r.status(), r.body());
    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-" + TAHUN), null));
    return new World(org, list(dataset.get("resources")));
  }

  /** Every group carries its akun line, so the CSV's sums are the akun rows' sums. */
  private static String file() {
    StringBuilder f =
        new StringBuilder(
            "tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi,"
                + "kode_sub_kegiatan,nama_sub_kegiatan\n");
    for (String tw : List.of("TW1", "TW2")) {
      boolean two = tw.equals("TW2");
      String a = TAHUN + "," + tw + "," + BPKAD + ",BPKAD Uji,";
      f.append(a + "4,PENDAPATAN,5000000000," + (two ? "2600000000.50" : "1000000000") + ",,\n");
      f.append(a + "4.1,PAD,1000000000," + (two ? "600000000.50" : "200000000") + ",,\n");
      f.append(a + "4.1.01,Pajak,1000000000," + (two ? "600000000.50" : "200000000") + ",,\n");
      f.append(a + "4.2,Transfer,4000000000," + (two ? "2000000000" : "800000000") + ",,\n");
      f.append(a + "5,BELANJA,3000000000," + (two ? "1200000000" : "500000000") + ",,\n");
      f.append(a + "5.1,Operasi,2000000000," + (two ? "1000000000" : "400000000") + ",,\n");
      f.append(a + "5.1.01,Pegawai,1500000000," + (two ? "800000000" : "300000000") + ",,\n");
      f.append(a + "5.1.02,Barang,500000000," + (two ? "200000000" : "100000000") + ",,\n");
      f.append(a + "5.2,Modal,1000000000," + (two ? "200000000" : "100000000") + ",,\n");
      if (two) {
        f.append(a + "6,PEMBIAYAAN,900000000,900000000,,\n");
        f.append(a + "6.1,Penerimaan,700000000,700000000,,\n");
        f.append(a + "6.2,Pengeluaran,200000000,200000000,,\n");
      }
      String d = TAHUN + "," + tw + "," + DINKES + "," + DINKES_NAME + ",";
      String p = two ? "200000000.25" : "50000000";
      String puskesmas = "," + PUSKESMAS + ",Pembangunan Puskesmas\n";
      f.append(d + "5,BELANJA,800000000," + p + puskesmas);
      f.append(d + "5.2,Modal,800000000," + p + puskesmas);
      f.append(d + "5.2.03,Gedung,800000000," + p + puskesmas);
      String g = two ? "300000000" : "100000000";
      String gaji = "," + GAJI + ",Penyediaan Gaji\n";
      f.append(d + "5,BELANJA,400000000," + g + gaji);
      f.append(d + "5.1,Operasi,400000000," + g + gaji);
      f.append(d + "5.1.01,Pegawai,400000000," + g + gaji);
      String atk = two ? "5000000" : "1000000";
      f.append(d + "5,BELANJA,10000000," + atk + ",,\n");
      f.append(d + "5.1,Operasi,10000000," + atk + ",,\n");
      f.append(d + "5.1.02,Alat Tulis Kantor,10000000," + atk + ",,\n");
      String ret = two ? "25000000" : "10000000";
      f.append(d + "4,PENDAPATAN,50000000," + ret + ",,\n");
      f.append(d + "4.1,PAD,50000000," + ret + ",,\n");
      f.append(d + "4.1.02,Retribusi,50000000," + ret + ",,\n");
    }
    return f.toString();
  }

  // ---------------------------------------------------------------- figures from three sources

  /**
   * Anggaran and realisasi of pendapatan, belanja, pembiayaan netto: keyed like the page's rows.
   */
  private record Sums(Map<String, BigDecimal[]> byKey) {
    static Sums empty() {
      Map<String, BigDecimal[]> m = new LinkedHashMap<>();
      for (String k : List.of("pendapatan", "belanja", "pembiayaan_netto")) {
        m.put(k, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      }
      return new Sums(m);
    }

    void add(String key, Object anggaran, Object realisasi, int sign) {
      BigDecimal[] s = byKey.get(key);
      s[0] = s[0].add(new BigDecimal(anggaran.toString()).multiply(BigDecimal.valueOf(sign)));
      s[1] = s[1].add(new BigDecimal(realisasi.toString()).multiply(BigDecimal.valueOf(sign)));
    }

    BigDecimal anggaran(String key) {
      return byKey.get(key)[0];
    }

    BigDecimal realisasi(String key) {
      return byKey.get(key)[1];
    }
  }

  /** {@code GET /api/v1/budget/{tahun}/units}, added up over the units. */
  private Sums apiSums() {
    Sums s = Sums.empty();
    for (Object u : list(http.get("/api/v1/budget/" + TAHUN + "/units", null).map().get("units"))) {
      Map<String, Object> unit = map(u);
      for (String k : List.of("pendapatan", "belanja")) {
        Map<String, Object> a = map(unit.get(k));
        s.add(k, a.get("anggaran"), a.get("realisasi"), 1);
      }
      Map<String, Object> netto = map(map(unit.get("pembiayaan")).get("netto"));
      s.add("pembiayaan_netto", netto.get("anggaran"), netto.get("realisasi"), 1);
    }
    return s;
  }

  /** The generated CSV of a period, downloaded from its resource URL: the akun and 6.x rows. */
  private Sums csvSums(String periode) {
    String name = "realisasi-apbd-" + TAHUN + "-" + periode.toLowerCase() + ".csv";
    String url = resourceUrl(name);
    HttpResponse<byte[]> r = http.getBytes(url.substring(url.indexOf("/dataset/")));
    assertEquals(200, r.statusCode(), name);
    List<List<String>> rows = Csv.parse(new String(r.body(), StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int code = header.indexOf("kode_rekening");
    int sub = header.indexOf("kode_sub_kegiatan");
    int anggaran = header.indexOf("anggaran");
    int realisasi = header.indexOf("realisasi");
    Sums s = Sums.empty();
    for (List<String> row : rows.subList(1, rows.size())) {
      String k = row.get(code);
      String a = row.get(anggaran);
      String re = row.get(realisasi);
      switch (k) {
        case "4" -> s.add("pendapatan", a, re, 1);
        case "5" -> s.add("belanja", a, re, 1);
        case "6.1" -> s.add("pembiayaan_netto", a, re, 1);
        case "6.2" -> s.add("pembiayaan_netto", a, re, -1);
        default -> assertNotNull(row.get(sub));
      }
    }
    return s;
  }

  private String resourceUrl(String name) {
    for (Object r : world.resources()) {
      if (name.equals(map(r).get("name"))) {
        return (String) map(r).get("url");
      }
    }
    throw new AssertionError("no resource " + name + " in " + world.resources());
  }

  private static final Pattern DATA = Pattern.compile("<data value=\"([^\"]+)\">([^<]+)</data>");

  /** The anggaran and realisasi {@code <data>} values of the row with this id, and their texts. */
  private static List<String> row(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertTrue(at >= 0, "no row " + id);
    String tr = html.substring(at, html.indexOf("</tr>", at));
    List<String> out = new ArrayList<>();
    Matcher m = DATA.matcher(tr);
    while (m.find()) {
      out.add(m.group(1));
      out.add(HtmlPages.unescape(m.group(2)));
    }
    return out;
  }

  private static void assertSame(BigDecimal expected, String actual, String what) {
    assertEquals(0, expected.compareTo(new BigDecimal(actual)), what + ": " + actual);
  }

  @Test
  void yearPageTotalsEqualTheApiAndTheGeneratedCsvToTheRupiah() {
    String html = HtmlPages.page(http, 200, "/anggaran/" + TAHUN);
    Sums api = apiSums();
    Sums csv = csvSums("TW2");
    for (String k : List.of("pendapatan", "belanja", "pembiayaan_netto")) {
      List<String> cells = row(html, "total-" + k);
      assertSame(api.anggaran(k), cells.get(0), k + " anggaran vs API");
      assertSame(api.realisasi(k), cells.get(2), k + " realisasi vs API");
      assertSame(csv.anggaran(k), cells.get(0), k + " anggaran vs CSV");
      assertSame(csv.realisasi(k), cells.get(2), k + " realisasi vs CSV");
    }
    // The figures as a reader sees them, worked out by hand from the file.
    assertEquals(
        List.of("5050000000.00", "Rp 5.050.000.000", "2625000000.50", "Rp 2.625.000.000,50"),
        row(html, "total-pendapatan").subList(0, 4));
    assertEquals(
        List.of("4210000000.00", "Rp 4.210.000.000", "1705000000.25", "Rp 1.705.000.000,25"),
        row(html, "total-belanja").subList(0, 4));
    List<String> surplus = row(html, "total-surplus_defisit");
    assertSame(new BigDecimal("840000000.00"), surplus.get(0), "surplus anggaran");
    assertSame(new BigDecimal("920000000.25"), surplus.get(2), "surplus realisasi");
    assertTrue(html.contains("Triwulan II"), "the period of the totals");
  }

  @Test
  void yearPageRanksUnitsShowsAbsorptionWithChartsAndTablesAndLinksTheDownloads() {
    String html = HtmlPages.page(http, 200, "/anggaran/" + TAHUN);
    // Dinkes 41,74 % before BPKAD 40 %.
    int dinkes = html.indexOf("data-kode=\"" + DINKES + "\"");
    int bpkad = html.indexOf("data-kode=\"" + BPKAD + "\"");
    assertTrue(dinkes > 0 && bpkad > dinkes, "ranking order");
    assertTrue(html.contains("41,74 %"), "Indonesian percent");
    assertTrue(html.contains("Dinas Kesehatan &lt;i&gt;Uji&lt;/i&gt; &amp; Co"), "escaped name");
    assertFalse(html.contains("<i>Uji</i>"), "no markup from the file");
    assertTrue(html.contains("/anggaran/2022/unit/" + DINKES + "\""), "unit links");
    // Charts: SVG images named by title and description, each followed by its table.
    assertEquals(2, count(html, "<svg "), "ranking and absorption charts");
    assertEquals(2, count(html, "role=\"img\""));
    assertTrue(html.indexOf("id=\"chart-ranking-title\"") < html.indexOf("id=\"ranking\""));
    assertTrue(html.indexOf("id=\"chart-absorption-title\"") < html.indexOf("id=\"absorption\""));
    String absorption = html.substring(html.indexOf("id=\"absorption\""));
    assertTrue(absorption.indexOf("Triwulan I<") < absorption.indexOf("Triwulan II<"));
    // TW1 belanja of the regency: 500.000.000 + 151.000.000 realised of 4.210.000.000.
    assertTrue(absorption.contains("<data value=\"651000000.00\">"), absorption);
    assertTrue(html.contains(HtmlPagesEscape.attr(resourceUrl("realisasi-apbd-2022-tw2.csv"))));
    assertTrue(html.contains("/api/v1/budget/2022/units\""));
    assertTrue(html.contains("media=\"print\""), "print stylesheet");
    HttpResponse<byte[]> en = http.getBytes("/anggaran/" + TAHUN + "?lang=en");
    assertTrue(HtmlPages.text(en).contains("Spending realised per government unit"));
    assertTrue(HtmlPages.text(en).contains("41.74 %"));
  }

  @Test
  void unitPageHasTheThreeViewsAsLinksEachWithAChartAndATable() {
    String path = "/anggaran/" + TAHUN + "/unit/" + DINKES;
    String ringkasan = HtmlPages.page(http, 200, path);
    assertTrue(ringkasan.contains("id=\"ringkasan\""));
    assertFalse(ringkasan.contains("id=\"penjelasan\""), "one view per page");
    assertTrue(ringkasan.contains("id=\"chart-ringkasan-title\""));
    assertTrue(ringkasan.contains("id=\"ringkasan-table\""));
    assertTrue(ringkasan.contains("tab=penjelasan"), "links to the other views");
    assertTrue(ringkasan.contains("aria-current=\"page\">Ringkasan<"));
    assertTrue(ringkasan.contains("media=\"print\""), "print stylesheet");
    assertTrue(ringkasan.contains("PEMERINTAH KABUPATEN BOJONEGORO"), "the printed banner");

    // The unit's totals equal the API's row of the unit.
    Map<String, Object> apiUnit =
        list(http.get("/api/v1/budget/" + TAHUN + "/units", null).map().get("units")).stream()
            .map(ItSupport::map)
            .filter(u -> DINKES.equals(u.get("kode_skpd")))
            .findFirst()
            .orElseThrow();
    List<String> belanja = row(ringkasan, "total-belanja");
    assertSame(new BigDecimal(apiUnit.get("anggaran").toString()), belanja.get(0), "anggaran");
    assertSame(new BigDecimal(apiUnit.get("realisasi").toString()), belanja.get(2), "realisasi");

    String penjelasan = HtmlPages.page(http, 200, path + "?tab=penjelasan");
    assertTrue(penjelasan.contains("id=\"penjelasan-table\""));
    assertTrue(penjelasan.contains("id=\"chart-penjelasan-title\""));
    assertTrue(penjelasan.contains(PUSKESMAS) && penjelasan.contains("Pembangunan Puskesmas"));
    assertTrue(penjelasan.contains("Program</th>") || penjelasan.contains(">Program<"));
    assertTrue(penjelasan.contains("Belanja tanpa sub kegiatan"));
    String bpkadPenjelasan =
        HtmlPages.page(http, 200, "/anggaran/" + TAHUN + "/unit/" + BPKAD + "?tab=penjelasan");
    assertTrue(bpkadPenjelasan.contains("tidak memuat kode sub kegiatan"), "by account");

    String realisasi = HtmlPages.page(http, 200, path + "?tab=realisasi");
    assertTrue(realisasi.contains("id=\"realisasi-table\""));
    assertTrue(realisasi.contains("Sisa anggaran"));
    assertTrue(realisasi.contains("id=\"chart-realisasi-title\""));
    assertTrue(realisasi.contains("100 %") || realisasi.contains("class=\"reference\""));

    String all = HtmlPages.page(http, 200, path + "?tab=semua");
    for (String id : List.of("ringkasan", "penjelasan", "realisasi")) {
      assertTrue(all.contains("id=\"" + id + "-table\""), id);
    }
    assertEquals(3, count(all, "<svg "));

    // Period links: TW1's figures are the API's for TW1.
    assertTrue(ringkasan.contains("periode=TW1"));
    String tw1 = HtmlPages.page(http, 200, path + "?periode=tw1&tab=realisasi");
    Map<String, Object> apiTw1 =
        http.get("/api/v1/budget/" + TAHUN + "/units/" + DINKES + "?periode=TW1&level=akun", null)
            .map();
    Map<String, Object> akun5 =
        list(apiTw1.get("lines")).stream()
            .map(ItSupport::map)
            .filter(l -> "5".equals(l.get("kode_rekening")))
            .findFirst()
            .orElseThrow();
    assertSame(
        new BigDecimal(akun5.get("realisasi").toString()),
        row(tw1, "total-belanja").get(2),
        "TW1 belanja realisasi");
    assertTrue(tw1.contains(HtmlPagesEscape.attr(resourceUrl("realisasi-apbd-2022-tw1.csv"))));
    assertTrue(tw1.contains(HtmlPagesEscape.attr(resourceUrl("realisasi-apbd-2022-tw1.json"))));
    assertTrue(tw1.contains("/api/v1/budget/2022/units/" + DINKES + "?periode=TW1"));
  }

  @Test
  void unknownYearsUnitsAndPeriodsAreTheNotFoundPage() {
    for (String path :
        List.of(
            "/anggaran/1999",
            "/anggaran/0000",
            "/anggaran/abcd",
            "/anggaran/20222",
            "/anggaran/2022/unit/9.99.0.00.0.00.99.0000",
            "/anggaran/2022/unit/bukan-kode",
            "/anggaran/2022/unit/" + DINKES + "?periode=TW9",
            "/anggaran/2022/unit/" + DINKES + "?periode=B05",
            "/anggaran/1999/unit/" + DINKES)) {
      String html = HtmlPages.page(http, 404, path);
      assertTrue(html.contains("<h1>"), path);
    }
    // An unknown view is the summary, not an error.
    assertTrue(
        HtmlPages.page(http, 200, "/anggaran/2022/unit/" + DINKES + "?tab=apa")
            .contains("id=\"ringkasan\""));
    HttpResponse<byte[]> index = http.getBytes("/anggaran");
    assertEquals(302, index.statusCode());
    String location = index.headers().firstValue("Location").orElse("");
    assertTrue(location.matches(".*/anggaran/\\d{4}$"), location);
    HttpResponse<byte[]> en = http.getBytes("/anggaran?lang=en");
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
      for (String p : List.of("periode", "tab", "lang")) {
        paths.add("/anggaran/2022/unit/" + DINKES + "?" + p + "=" + e);
        paths.add("/anggaran/2022?" + p + "=" + e);
      }
      String inPath = e.replace("+", "%20");
      paths.add("/anggaran/" + inPath);
      paths.add("/anggaran/2022/unit/" + inPath);
      paths.add("/anggaran/" + inPath + "/unit/" + DINKES);
    }
    for (String path : paths) {
      HttpResponse<byte[]> r = http.getBytes(path);
      assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode());
      assertFalse(HtmlPages.text(r).contains("Exception"), path);
      assertFalse(HtmlPages.text(r).contains("<script>alert"), path);
    }
  }

  @Test
  void inChromiumWithoutJavaScriptTheViewLinksWorkAndThePageIsReadyToPrint() {
    browser.open("/anggaran/" + TAHUN + "/unit/" + DINKES);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    assertFalse(browser.javaScriptEnabled());
    assertTrue(browser.text().contains("Ringkasan"), browser.text());
    browser.driver().findElement(By.linkText("Penjelasan")).click();
    wait.until(d -> browser.url().contains("tab=penjelasan"));
    assertTrue(browser.driver().findElement(By.id("penjelasan-table")).isDisplayed());
    assertTrue(browser.text().contains("Pembangunan Puskesmas"));
    browser.driver().findElement(By.linkText("Realisasi")).click();
    wait.until(d -> browser.url().contains("tab=realisasi"));
    assertTrue(browser.driver().findElement(By.id("realisasi-table")).isDisplayed());
    assertTrue(browser.driver().findElement(By.id("chart-realisasi-title")) != null);
    browser.screenshots("budget-unit-realisasi");
    browser.assertAccessible();

    // Printed: the site's header and the view links go, the regency's banner appears.
    assertEquals(
        1L,
        browser
            .driver()
            .executeScript(
                "return document.querySelectorAll('link[rel=stylesheet][media=print]').length"));
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertEquals("none", display("header.site"));
      assertEquals("none", display("nav.tabs"));
      assertEquals("block", display(".banner"));
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    assertEquals("none", display(".banner"), "on screen the banner is hidden");

    browser.open("/anggaran/" + TAHUN);
    browser.screenshots("budget-year");
    browser.assertAccessible();
  }

  private String display(String selector) {
    return (String)
        browser
            .driver()
            .executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).display", selector);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** How jte writes a URL into an attribute ({@code &} as {@code &amp;}). */
  private static final class HtmlPagesEscape {
    static String attr(String s) {
      return s.replace("&", "&amp;").replace("\"", "&#34;");
    }
  }

  /** A small RFC 4180 reader: quoted fields with doubled quotes and line breaks. */
  private static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n') {
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else if (c != '\r') {
          cell.append(c);
        }
      }
      if (cell.length() > 0 || !row.isEmpty()) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
