package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contracts pages through the deployed WAR (issue 11, item 9): three processes imported through
 * the spreadsheet API (a tender with a single bidder, a pengadaan langsung won by a person, a
 * swakelola), then the explorer (results, facet links, totals equal to the values imported and to
 * the API's), the process page (timeline, flag explanation, parties, OCDS downloads), the 404 page,
 * hostile parameters, and in Chromium without JavaScript the form, a facet and the process page,
 * each passing the accessibility check.
 */
@ExtendWith(SharedPortal.class)
class ContractPagesIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  /** The portal's default ocid prefix (TERBUKA_OCID_PREFIX is not set in the ITs). */
  private static final String PREFIX = "ocds-bjn0jo-";

  private static final BigDecimal TENDER_CONTRACT = new BigDecimal("1300000000");
  private static final BigDecimal DIRECT_CONTRACT = new BigDecimal("145000000");
  private static final BigDecimal SWAKELOLA_PAGU = new BigDecimal("75000000");

  @SharedPortal.Base URL base;

  private Http http;

  /**
   * What the import made: the two buyers' names (unique to this run) and the three ocids.
   *
   * @param buyerA the unit with the tender and the pengadaan langsung (its name has markup)
   * @param buyerB the unit with the swakelola
   */
  record World(
      String sfx, String buyerA, String buyerB, String tender, String direct, String own) {}

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(ContractPagesIT.class, this::importTheSpreadsheet);
  }

  private World importTheSpreadsheet() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    String kodeA = unitCode();
    String kodeB = unitCode();
    ok(http, "organization_create", admin, dict("name", "kontrak-a-" + sfx, "kode_unit", kodeA));
    ok(http, "organization_create", admin, dict("name", "kontrak-b-" + sfx, "kode_unit", kodeB));
    ensureProcurementOffice(admin);
    String editor = PublisherSetup.userWithToken(http, admin, "pbj-" + sfx, "ukpbj", "editor");
    World w =
        new World(
            sfx,
            "Dinas Uji <b>Kontrak</b> & Co " + sfx,
            "Kecamatan Uji " + sfx,
            PREFIX + "itk-" + sfx + "-1",
            PREFIX + "itk-" + sfx + "-2",
            PREFIX + "itk-" + sfx + "-3");
    Http.Reply r =
        http.postMultipart(
            "/api/v1/ocds/spreadsheet",
            editor,
            Map.of("organization", "ukpbj"),
            "file",
            "pengadaan.csv",
            spreadsheet(w, kodeA, kodeB).getBytes(StandardCharsets.UTF_8));
    assertEquals(201, r.status(), r.body());
    ItSupport.eventually(
        "the three processes in the contracts search",
        ItSupport.SEARCH_WAIT,
        () -> count("buyer=" + enc(w.buyerA())) + count("buyer=" + enc(w.buyerB())),
        n -> n == 3);
    return w;
  }

  /** A unit code no other run uses (kode_unit is unique among organisations). */
  private static String unitCode() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "7.77.0.00.0.00." + (10 + r.nextInt(90)) + "." + String.format("%04d", r.nextInt(10000));
  }

  /** The procurement office that imports: another IT may have made it (or make it meanwhile). */
  private void ensureProcurementOffice(String admin) {
    if (http.get(Http.action("organization_show", "id", "ukpbj"), null).status() == 200) {
      return;
    }
    Http.Reply r =
        ItSupport.post(
            http, "organization_create", admin, dict("name", "ukpbj", "title", "UKPBJ (uji)"));
    assertTrue(
        r.status() == 200 || r.body().contains("already") || r.body().contains("sudah"), r.body());
  }

  private static String spreadsheet(World w, String kodeA, String kodeB) {
    String header =
        "kode_rup,judul,kode_skpd,nama_skpd,kategori,metode,pagu,kode_rekening,hps,"
            + "tanggal_pengumuman,tanggal_penutupan,jumlah_peserta,status_tender,pemenang_nama,"
            + "pemenang_npwp,nilai_penawaran,tanggal_penetapan,nomor_kontrak,nilai_kontrak,"
            + "tanggal_kontrak,mulai_kontrak,selesai_kontrak,status_kontrak,nilai_dibayar\n";
    String tender =
        String.join(
            ",",
            "itk-" + w.sfx() + "-1",
            "Pembangunan Jembatan Uji " + w.sfx(),
            kodeA,
            w.buyerA(),
            "pekerjaan_konstruksi",
            "tender",
            "1500000000",
            "5.2.04.01.01.0001",
            "1450000000",
            "2025-03-03",
            "2025-03-17",
            "1",
            "selesai",
            "PT Uji Jembatan " + w.sfx(),
            "01.234.567.8-601.000",
            "1300000000",
            "2025-03-28",
            "027/UJI/2025",
            TENDER_CONTRACT.toPlainString(),
            "2025-04-07",
            "2025-04-08",
            "2025-09-30",
            "berjalan",
            "390000000");
    String direct =
        String.join(
            ",",
            "itk-" + w.sfx() + "-2",
            "Pengadaan Laptop Uji " + w.sfx(),
            kodeA,
            w.buyerA(),
            "barang",
            "pengadaan_langsung",
            "150000000",
            "",
            "148000000",
            "",
            "",
            "",
            "",
            "Budi Penyedia " + w.sfx(),
            "09.876.543.2-601.000",
            "145000000",
            "2025-05-02",
            "028/UJI/2025",
            DIRECT_CONTRACT.toPlainString(),
            "2025-05-05",
            "2025-05-06",
            "2025-05-20",
            "selesai",
            "145000000");
    String own =
        String.join(
            ",",
            "itk-" + w.sfx() + "-3",
            "Kerja Bakti Saluran Uji " + w.sfx(),
            kodeB,
            w.buyerB(),
            "jasa_lainnya",
            "swakelola",
            SWAKELOLA_PAGU.toPlainString(),
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "");
    return header + tender + "\n" + direct + "\n" + own + "\n";
  }

  private long count(String query) {
    Http.Reply r = http.get("/api/v1/contracts?" + query, null);
    assertEquals(200, r.status(), r.body());
    return ((Number) r.map().get("count")).longValue();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static final Pattern DATA = Pattern.compile("<data value=\"([^\"]+)\">");

  /** The {@code <data value>} inside the element with this id. */
  private static BigDecimal dataIn(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertTrue(at >= 0, "no element " + id);
    Matcher m = DATA.matcher(html);
    assertTrue(m.find(at), "no <data> after " + id);
    return new BigDecimal(m.group(1));
  }

  private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
    assertEquals(0, expected.compareTo(actual), what + ": " + actual);
  }

  /**
   * The href of the first link whose attributes and text contain {@code marker} and {@code text}.
   */
  private static String link(String html, String marker, String text) {
    Matcher m = Pattern.compile("<a href=\"([^\"]+)\"([^>]*)>([^<]*)").matcher(html);
    while (m.find()) {
      if (m.group(2).contains(marker) && HtmlPages.unescape(m.group(3)).contains(text)) {
        return HtmlPages.unescape(m.group(1));
      }
    }
    throw new AssertionError("no link " + marker + " " + text);
  }

  /** A link of the page as a path below the deployment ({@code /kontrak?...}). */
  private String local(String href) {
    return HtmlPages.local(base, href);
  }

  @Test
  void explorerListsTheProcessesWithTotalsEqualToTheirValuesAndTheApi() {
    String html = HtmlPages.page(http, 200, "/kontrak?buyer=" + enc(world.buyerA()));
    assertTrue(html.contains("data-ocid=\"" + world.tender() + "\""), html);
    assertTrue(html.contains("data-ocid=\"" + world.direct() + "\""));
    assertFalse(html.contains("data-ocid=\"" + world.own() + "\""), "another buyer's process");
    assertTrue(html.contains("/kontrak/" + world.tender() + "\""), "links to the process pages");
    assertTrue(html.contains("Pembangunan Jembatan Uji " + world.sfx()));
    assertTrue(html.contains("Dinas Uji &lt;b&gt;Kontrak&lt;/b&gt; &amp; Co"), "escaped buyer");
    assertFalse(html.contains("<b>Kontrak</b>"), "no markup from the spreadsheet");
    assertTrue(html.contains("PT Uji Jembatan " + world.sfx()), "supplier");
    assertTrue(html.contains("Pengadaan langsung"), "method in Indonesian");
    assertTrue(html.contains("data-flag=\"single_bidder\">Peserta tunggal<"), "flag badge");
    assertTrue(html.contains("aria-current=\"page\">Kontrak<"), "the nav entry");

    BigDecimal sum = TENDER_CONTRACT.add(DIRECT_CONTRACT);
    assertSame(BigDecimal.valueOf(2), dataIn(html, "total-count"), "processes");
    assertSame(sum, dataIn(html, "total-value"), "total value");
    Map<String, Object> api =
        http.get("/api/v1/contracts?buyer=" + enc(world.buyerA()), null).map();
    assertSame(new BigDecimal(api.get("sum_value").toString()), dataIn(html, "total-value"), "API");
    // Totals by buyer and supplier, from the facets' sums; the buyers' chart with its table.
    String buyers = html.substring(html.indexOf("id=\"buyers\""));
    assertTrue(buyers.contains("<data value=\"" + sum.toPlainString()), buyers);
    assertTrue(html.contains("id=\"chart-buyers-title\""));
    String suppliers = html.substring(html.indexOf("id=\"suppliers\""));
    assertTrue(suppliers.contains("PT Uji Jembatan " + world.sfx()));
    assertTrue(suppliers.contains("<data value=\"" + TENDER_CONTRACT.toPlainString()));

    // The same search as JSON, and the yearly dataset's CSV files.
    String json = link(html, "id=\"search-json\"", "");
    Map<String, Object> same = http.get(json.substring(json.indexOf("/api/")), null).map();
    assertEquals(2L, ((Number) same.get("count")).longValue(), json);
    assertTrue(html.contains("/dataset/kontrak-pengadaan-2025\""), "the year's dataset");
    assertTrue(html.contains("kontrak-pengadaan-2025-releases.csv"), "its CSV files");

    String b = HtmlPages.page(http, 200, "/kontrak?buyer=" + enc(world.buyerB()));
    assertSame(BigDecimal.ONE, dataIn(b, "total-count"), "swakelola");
    assertSame(SWAKELOLA_PAGU, dataIn(b, "total-value"), "its pagu as value");
    assertTrue(b.contains("Swakelola"));
  }

  @Test
  void facetLinksAddAndRemoveFilters() {
    String all = HtmlPages.page(http, 200, "/kontrak?buyer=" + enc(world.buyerA()));
    String direct = local(link(all, "data-facet=\"method\"", "Pengadaan langsung"));
    assertTrue(direct.contains("method=pengadaan_langsung"), direct);
    String one = HtmlPages.page(http, 200, direct);
    assertTrue(one.contains("data-ocid=\"" + world.direct() + "\""));
    assertFalse(one.contains("data-ocid=\"" + world.tender() + "\""), "filtered out");
    assertSame(DIRECT_CONTRACT, dataIn(one, "total-value"), "the filtered total");
    // The selected value's link removes the filter again.
    String back = local(link(one, "aria-current=\"true\"", "Pengadaan langsung"));
    assertFalse(back.contains("method="), back);
    assertTrue(HtmlPages.page(http, 200, back).contains("data-ocid=\"" + world.tender() + "\""));

    String flagged = local(link(all, "data-facet=\"flag\"", "Peserta tunggal"));
    String f = HtmlPages.page(http, 200, flagged);
    assertTrue(f.contains("data-ocid=\"" + world.tender() + "\""));
    assertFalse(f.contains("data-ocid=\"" + world.direct() + "\""));
  }

  @Test
  void processPageShowsTheTimelineFlagsPartiesAndTheOcdsDownloads() {
    String html = HtmlPages.page(http, 200, "/kontrak/" + world.tender());
    assertTrue(html.contains("<h1>Pembangunan Jembatan Uji " + world.sfx() + "</h1>"), html);
    assertTrue(html.contains("Tender"), "method");
    assertTrue(html.contains("Pekerjaan konstruksi"), "category");
    List<String> stages = List.of("planning", "tender", "award", "contract", "implementation");
    int previous = -1;
    for (String s : stages) {
      int at = html.indexOf("id=\"stage-" + s + "\" class=\"reached\"");
      assertTrue(at > previous, "stage " + s + " in order and reached");
      previous = at;
    }
    String tender = html.substring(html.indexOf("id=\"stage-tender\""));
    assertTrue(tender.contains("Jumlah peserta</dt><dd>1</dd>"), tender);
    assertTrue(tender.contains("3 Maret 2025") && tender.contains("17 Maret 2025"), "dates");
    assertTrue(tender.contains("<data value=\"1450000000\">"), "HPS");
    String contract = html.substring(html.indexOf("id=\"stage-contract\""));
    assertTrue(contract.contains("<data value=\"1300000000\">"), "contract value");
    assertTrue(contract.contains("7 April 2025"), "signed");
    String paid = html.substring(html.indexOf("id=\"stage-implementation\""));
    assertTrue(paid.contains("<data value=\"390000000\">"), "paid");
    assertTrue(html.contains("<data value=\"1500000000\">"), "pagu");

    String flags = html.substring(html.indexOf("id=\"flags\""));
    assertTrue(flags.contains("Peserta tunggal"));
    assertTrue(flags.contains("Hanya satu peserta"), "the rule's plain explanation");
    assertTrue(flags.contains("bukan tuduhan"), "the neutral note");
    assertTrue(html.contains("ID-NPWP") || html.contains("012345678601000"), "company NPWP");
    String en = HtmlPages.page(http, 200, "/kontrak/" + world.tender() + "?lang=en");
    assertTrue(en.contains("Only one bidder"), "the English explanation");

    String releases = html.substring(html.indexOf("id=\"releases\""));
    assertTrue(releases.contains(world.tender() + "-tender-"), "release ids");
    for (String href :
        HtmlPages.all(Pattern.compile("<li><a href=\"([^\"]+)\">"), ocdsLinks(html))) {
      HttpResponse<byte[]> r = http.getBytes(local(HtmlPages.unescape(href)));
      assertEquals(200, r.statusCode(), href);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"), href);
      String body = HtmlPages.text(r);
      assertTrue(body.contains(world.tender()), href);
    }
    assertTrue(ocdsLinks(html).contains("versioned=true"));

    // A person's NPWP is never shown; the swakelola has no tender stage.
    String person = HtmlPages.page(http, 200, "/kontrak/" + world.direct());
    assertFalse(person.contains("098765432601000") || person.contains("09.876.543"), person);
    assertTrue(person.contains("tidak ada dalam data"), "no identifier for a person");
    String own = HtmlPages.page(http, 200, "/kontrak/" + world.own());
    assertTrue(own.contains("id=\"stage-tender\" class=\"not-reached\""), own);
    assertTrue(own.contains("Swakelola"));
    assertFalse(own.contains("id=\"flags\""), "no flags, no flag section");
  }

  private static String ocdsLinks(String html) {
    int at = html.indexOf("id=\"ocds-downloads\"");
    assertTrue(at > 0, "downloads");
    return html.substring(at, html.indexOf("</ul>", at));
  }

  @Test
  void unknownOrMalformedOcidsAreTheNotFoundPage() {
    for (String path :
        List.of(
            "/kontrak/" + PREFIX + "tidak-ada-" + world.sfx(),
            "/kontrak/bukan-ocid",
            "/kontrak/ocds-XX-1",
            "/kontrak/" + world.tender() + "/lagi",
            "/kontrak/" + world.tender().toUpperCase())) {
      String html = HtmlPages.page(http, 404, path);
      assertTrue(html.contains("<h1>"), path);
    }
  }

  @Test
  void badAndHostileParametersAreShownNeverAServerError() {
    Map<String, String> bad =
        Map.of(
            "year", "20x5",
            "value_min", "-5",
            "value_max", "1e9",
            "flag", "<script>alert(1)</script>",
            "sort", "harga",
            "q", "*:* OR {!join from=id to=id}id:*");
    for (var e : bad.entrySet()) {
      String html = HtmlPages.page(http, 200, "/kontrak?" + e.getKey() + "=" + enc(e.getValue()));
      assertTrue(html.contains("id=\"search-problems\""), e.getKey());
      assertTrue(html.contains("data-field=\"" + e.getKey() + "\""), e.getKey() + ": " + html);
      assertFalse(html.contains("<script>alert"), e.getKey());
    }
    String year = HtmlPages.unescape(HtmlPages.page(http, 200, "/kontrak?year=20x5"));
    assertTrue(year.contains("Tahun harus empat angka (misalnya 2025), bukan \"20x5\""), year);
    // The form keeps what was sent, so the reader can correct it.
    assertTrue(
        year.contains(
            "name=\"year\" type=\"text\" inputmode=\"numeric\" size=\"6\" value=\"20x5\""));
    List<String> paths = new ArrayList<>();
    for (String v : HostileValues.texts().values()) {
      if (v.length() > 10_000) {
        continue;
      }
      String e = enc(v);
      for (String p :
          List.of("q", "buyer", "supplier", "method", "status", "year", "value_min", "flag")) {
        paths.add("/kontrak?" + p + "=" + e);
      }
      paths.add("/kontrak?sort=" + e + "&page=" + e);
      paths.add("/kontrak/" + e.replace("+", "%20"));
      paths.add("/kontrak/" + PREFIX + e.replace("+", "%20"));
    }
    for (String path : paths) {
      HttpResponse<byte[]> r = http.getBytes(path);
      assertTrue(r.statusCode() < 500, path + " -> " + r.statusCode());
      assertFalse(HtmlPages.text(r).contains("Exception"), path);
      assertFalse(HtmlPages.text(r).contains("<script>alert"), path);
    }
    assertEquals(200, http.getBytes("/kontrak?page=999999").statusCode());
  }

  @Test
  void inChromiumWithoutJavaScriptTheFormFacetsAndProcessPageWorkAndAreAccessible() {
    browser.open("/kontrak");
    assertFalse(browser.javaScriptEnabled());
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    browser.driver().findElement(By.id("k-buyer")).sendKeys(world.buyerA());
    browser.driver().findElement(By.cssSelector("form.contracts-form button[type=submit]")).click();
    wait.until(d -> browser.url().contains("buyer="));
    assertTrue(browser.text().contains("Pembangunan Jembatan Uji " + world.sfx()), browser.text());
    assertTrue(browser.text().contains("Pengadaan Laptop Uji " + world.sfx()));
    browser.screenshots("contracts-explorer");
    browser.assertAccessible();

    browser.driver().findElement(By.cssSelector("a[data-facet=flag]")).click();
    wait.until(d -> browser.url().contains("flag=single_bidder"));
    assertFalse(browser.text().contains("Pengadaan Laptop Uji " + world.sfx()), "filtered");

    browser.driver().findElement(By.linkText("Pembangunan Jembatan Uji " + world.sfx())).click();
    wait.until(d -> browser.url().contains("/kontrak/" + world.tender()));
    assertTrue(browser.driver().findElement(By.id("timeline")).isDisplayed());
    assertTrue(browser.text().contains("Hanya satu peserta"));
    browser.screenshots("contract-process");
    browser.assertAccessible();

    browser.open("/kontrak?year=abcd");
    assertTrue(browser.driver().findElement(By.id("search-problems")).isDisplayed());
    browser.assertAccessible();
  }
}
