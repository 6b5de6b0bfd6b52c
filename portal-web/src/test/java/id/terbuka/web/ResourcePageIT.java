package id.terbuka.web;

import static id.terbuka.web.HtmlPages.unescape;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import id.terbuka.web.browser.Browser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The resource page ({@code /dataset/{name}/resource/{id}}) and what the dataset page gained with
 * it (links, JSON-LD, recent changes, citation), through the deployed WAR: a published dataset with
 * an uploaded CSV of 45 villages, loaded into the DataStore, read by GET as a browser without
 * JavaScript would, and once in Chromium with JavaScript off on a 360 px phone.
 */
@ExtendWith(SharedPortal.class)
class ResourcePageIT {
  private static final int ROWS = 45;
  private static final List<String> KECAMATAN = List.of("Kota", "Ngraho", "Padangan");

  @SharedPortal.Base URL base;

  /** The journey must work without the pages' scripts: they never run in this browser. */
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  private Http http;

  /** Made once for the class. */
  private static final class World {
    PublisherSetup setup;
    String sfx;
    String orgTitle;
    String dataset;
    String datasetId;
    String title;
    String rid;
    String resourceUrl;
    String hash;
    String privateDataset;
    String privateRid;
  }

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(ResourcePageIT.class, () -> build(http));
  }

  /** Village {@code i} (1..45): kecamatan by i mod 3, year by parity, distinct counts. */
  private static String kecamatan(int i) {
    return KECAMATAN.get(i % 3);
  }

  private static int tahun(int i) {
    return 2023 + i % 2;
  }

  private static int jumlah(int i) {
    return 1000 + (i * 37) % 101;
  }

  private static String desa(int i) {
    return String.format("Desa %02d", i);
  }

  private static byte[] csv() {
    StringBuilder s = new StringBuilder("kecamatan,desa,tahun,jumlah\n");
    for (int i = 1; i <= ROWS; i++) {
      s.append(kecamatan(i)).append(',').append(desa(i)).append(',');
      s.append(tahun(i)).append(',').append(jumlah(i)).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The villages of Ngraho in 2024, by count descending. */
  private static List<String> ngraho2024ByCountDesc() {
    return IntStream.rangeClosed(1, ROWS)
        .filter(i -> kecamatan(i).equals("Ngraho") && tahun(i) == 2024)
        .boxed()
        .sorted(Comparator.comparing(ResourcePageIT::jumlah).reversed())
        .map(ResourcePageIT::desa)
        .toList();
  }

  private static World build(Http http) {
    World w = new World();
    w.setup = PublisherSetup.create(http, "sumber");
    w.sfx = ItSupport.unique();
    String admin = ItSupport.cliToken(http, "admin");
    w.orgTitle = "Dinas Sumber " + w.sfx;
    ok(http, "organization_patch", admin, dict("id", w.setup.org(), "title", w.orgTitle));

    // The private one first, so that the public one is the newest the home page lists.
    w.privateDataset = w.setup.org() + "-rahasia";
    ok(
        http,
        "package_create",
        w.setup.editor(),
        dict("name", w.privateDataset, "owner_org", w.setup.org(), "private", true));
    w.privateRid =
        (String)
            w.setup
                .activeTable(
                    http,
                    w.privateDataset,
                    "rahasia.csv",
                    ("a,b\nRahasia " + w.sfx + ",1\n").getBytes(StandardCharsets.UTF_8))
                .get("id");

    w.dataset = w.setup.org() + "-desa";
    w.title = "Penduduk per Desa " + w.sfx;
    Map<String, Object> d =
        ok(
            http,
            "package_create",
            w.setup.editor(),
            dict(
                "name",
                w.dataset,
                "title",
                w.title,
                "owner_org",
                w.setup.org(),
                "notes",
                "Jumlah penduduk tiap desa, per tahun.",
                "license_id",
                "cc-by",
                "cakupan_wilayah",
                List.of("35.22"),
                "cakupan_waktu_mulai",
                "2023-01-01",
                "cakupan_waktu_selesai",
                "2024-12-31",
                "tags",
                List.of(dict("name", "penduduk-" + w.sfx))));
    w.datasetId = (String) d.get("id");
    Map<String, Object> r = w.setup.activeTable(http, w.dataset, "penduduk-desa.csv", csv());
    w.rid = (String) r.get("id");
    w.resourceUrl = (String) r.get("url");
    w.hash = (String) r.get("hash");
    ok(
        http,
        "datastore_create",
        w.setup.editor(),
        dict(
            "resource_id",
            w.rid,
            "fields",
            List.of(
                dict(
                    "id",
                    "jumlah",
                    "info",
                    dict("label", "Jumlah penduduk", "notes", "Jiwa, dari registrasi " + w.sfx)))));
    ItSupport.eventually(
        "dictionary saved and table active",
        PublisherSetup.LOAD_WAIT,
        () -> ok(http.get(Http.action("datastore_info", "id", w.rid), w.setup.editor())),
        info ->
            Json.write(info).contains("Jiwa, dari registrasi " + w.sfx)
                && "active"
                    .equals(
                        ItSupport.<Map<String, Object>>ok(
                                http.get(
                                    Http.action("resource_show", "id", w.rid), w.setup.editor()))
                            .get("datastore_status")));
    return w;
  }

  // ---------------------------------------------------------------- helpers

  private HttpResponse<byte[]> get(String path, String... headers) {
    return http.getBytes(path, headers);
  }

  private String page(int status, String path, String... headers) {
    return HtmlPages.page(http, status, path, headers);
  }

  private String local(String href) {
    return HtmlPages.local(base, href);
  }

  private String resourcePath() {
    return "/dataset/" + world.dataset + "/resource/" + world.rid;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The preview table's cells, row by row. */
  private static List<List<String>> rows(String html) {
    int start = html.indexOf("<table class=\"data\">");
    if (start < 0) {
      return List.of();
    }
    String table = html.substring(start, html.indexOf("</table>", start));
    String body = table.substring(table.indexOf("<tbody>"));
    List<List<String>> out = new ArrayList<>();
    Matcher tr = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(body);
    while (tr.find()) {
      List<String> cells = new ArrayList<>();
      Matcher td = Pattern.compile("(?s)<td>(.*?)</td>").matcher(tr.group(1));
      while (td.find()) {
        cells.add(unescape(td.group(1)));
      }
      out.add(cells);
    }
    return out;
  }

  /** The villages (column 2) of the preview's rows. */
  private static List<String> villages(String html) {
    return rows(html).stream().map(r -> r.get(1)).toList();
  }

  /** The href of the link whose text starts with {@code text}. */
  private String link(String html, String text) {
    Matcher m =
        Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text)).matcher(html);
    assertTrue(m.find(), "no link \"" + text + "\" in " + html);
    return local(m.group(1));
  }

  /** The sort link of a column header. */
  private String sortLink(String html, String column) {
    Matcher m =
        Pattern.compile(
                "<th scope=\"col\"[^>]*><a href=\"([^\"]+)\">" + Pattern.quote(column) + "<")
            .matcher(html);
    assertTrue(m.find(), "no header " + column);
    return local(m.group(1));
  }

  /** A CSV dump's column {@code name}. */
  private static List<String> csvColumn(String csv, String name) {
    List<String> lines = csv.lines().toList();
    int col = List.of(lines.get(0).split(",")).indexOf(name);
    assertTrue(col >= 0, lines.get(0));
    return lines.stream().skip(1).map(l -> l.split(",")[col]).toList();
  }

  // ---------------------------------------------------------------- tests

  @Test
  void previewPagesSortsAndFiltersThroughDatastoreSearch() {
    String first = page(200, resourcePath());
    assertTrue(first.contains("<h1>penduduk-desa.csv</h1>"), first);
    assertTrue(first.contains("Baris 1–20 dari 45"), first);
    assertEquals(
        IntStream.rangeClosed(1, 20).mapToObj(ResourcePageIT::desa).toList(), villages(first));
    assertEquals(List.of("Ngraho", "Desa 01", "2024", "1037"), rows(first).get(0));
    assertTrue(first.contains("bilangan bulat"), "column types in the header");

    String last = page(200, link(first, "3"));
    assertTrue(last.contains("Baris 41–45 dari 45"), last);
    assertEquals(
        IntStream.rangeClosed(41, 45).mapToObj(ResourcePageIT::desa).toList(), villages(last));

    String ascending = page(200, sortLink(first, "jumlah"));
    assertTrue(ascending.contains("aria-sort=\"ascending\""), ascending);
    List<String> byCount =
        IntStream.rangeClosed(1, ROWS)
            .boxed()
            .sorted(Comparator.comparing(ResourcePageIT::jumlah))
            .map(ResourcePageIT::desa)
            .toList();
    assertEquals(byCount.subList(0, 20), villages(ascending));
    List<String> byCountDesc = new ArrayList<>(byCount);
    java.util.Collections.reverse(byCountDesc);
    String descending = page(200, sortLink(ascending, "jumlah"));
    assertTrue(descending.contains("aria-sort=\"descending\""), descending);
    assertEquals(byCountDesc.subList(0, 20), villages(descending));
    String secondPageDescending = page(200, link(descending, "2"));
    assertEquals(byCountDesc.subList(20, 40), villages(secondPageDescending));

    String filtered =
        page(200, resourcePath() + "?f.kecamatan=Ngraho&f.tahun=2024&sort=jumlah&order=desc");
    assertTrue(filtered.contains("Baris 1–8 dari 8"), filtered);
    assertEquals(ngraho2024ByCountDesc(), villages(filtered));
    assertTrue(filtered.contains("value=\"Ngraho\""), "the form shows the filter");
    assertTrue(filtered.contains("Hapus saringan"), filtered);

    String fullText = page(200, resourcePath() + "?q=Padangan");
    assertTrue(fullText.contains("Baris 1–15 dari 15"), fullText);
    assertTrue(rows(fullText).stream().allMatch(r -> r.get(0).equals("Padangan")));

    String wrongType = page(200, resourcePath() + "?f.tahun=dua+ribu");
    assertTrue(wrongType.contains("Saringan tidak dapat diterapkan"), wrongType);
    assertTrue(rows(wrongType).isEmpty(), wrongType);
    assertTrue(wrongType.contains("Tidak ada baris yang cocok."), wrongType);

    String none = page(200, resourcePath() + "?f.kecamatan=Tidak+Ada");
    assertTrue(none.contains("Tidak ada baris yang cocok."), none);

    String english = page(200, resourcePath() + "?f.kecamatan=Ngraho&lang=en");
    assertTrue(english.contains("Rows 1–15 of 15"), english);
    assertTrue(english.contains("Download these rows as CSV"), english);
    assertTrue(sortLink(english, "desa").contains("lang=en"), "links keep the language");
  }

  @Test
  void filteredDownloadLinksReturnExactlyTheFilteredRows() throws IOException {
    String html =
        page(
            200, resourcePath() + "?f.kecamatan=Ngraho&f.tahun=2024&sort=jumlah&order=desc&page=1");
    assertTrue(html.contains("Unduh 8 baris hasil saringan ini"), html);
    List<String> expected = ngraho2024ByCountDesc();

    HttpResponse<byte[]> csv = get(link(html, "Unduh baris ini sebagai CSV"));
    assertEquals(200, csv.statusCode());
    String csvText = new String(csv.body(), StandardCharsets.UTF_8);
    assertEquals(expected, csvColumn(csvText, "desa"), csvText);
    assertTrue(csvColumn(csvText, "kecamatan").stream().allMatch("Ngraho"::equals), csvText);

    HttpResponse<byte[]> json = get(link(html, "Unduh baris ini sebagai JSON"));
    assertEquals(200, json.statusCode());
    Map<String, Object> dump = Json.parseObject(new String(json.body(), StandardCharsets.UTF_8));
    List<String> fields =
        list(dump.get("fields")).stream().map(f -> (String) map(f).get("id")).toList();
    int desa = fields.indexOf("desa");
    assertEquals(
        expected, list(dump.get("records")).stream().map(r -> (String) list(r).get(desa)).toList());

    HttpResponse<byte[]> xlsx = get(link(html, "Unduh baris ini sebagai XLSX"));
    assertEquals(200, xlsx.statusCode());
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      List<String> header = sheet.get(0).stream().map(c -> c.getText()).toList();
      int column = header.indexOf("desa");
      assertTrue(column >= 0, header.toString());
      assertEquals(
          expected,
          sheet.stream().skip(1).map(row -> row.getCell(column).getText()).toList(),
          "the spreadsheet holds the same rows in the same order");
    }
  }

  @Test
  void dictionaryMetadataAndDownloadAreShown() {
    String html = page(200, resourcePath());
    assertTrue(html.contains("Kamus data"), html);
    assertTrue(html.contains("Jumlah penduduk"), "label");
    assertTrue(html.contains("Jiwa, dari registrasi " + world.sfx), "description");
    assertTrue(html.contains("<code>kecamatan</code>"), html);
    assertTrue(world.hash.startsWith("sha256:"), world.hash);
    assertTrue(html.contains("<code class=\"hash\">" + world.hash + "</code>"), "hash");
    String download = world.resourceUrl.substring(world.resourceUrl.indexOf("/dataset/"));
    assertTrue(html.contains(download + "\""), "the download button is CKAN's download URL");
    HttpResponse<byte[]> file = get(download);
    assertEquals(200, file.statusCode());
    assertArrayEquals(csv(), file.body());
    assertTrue(html.contains(">Unduh berkas"), html);

    // By the dataset's id too, as CKAN accepts; a resource under another dataset is not found.
    page(200, "/dataset/" + world.datasetId + "/resource/" + world.rid);
    page(
        404,
        "/dataset/" + world.privateDataset + "/resource/" + world.rid,
        "Authorization",
        world.setup.editor());
    page(404, "/dataset/" + world.dataset + "/resource/tidak-ada");
  }

  @Test
  void earlierFilesAreListedAfterAReplace() {
    byte[] v1 = "kode,nama\n1,Lama\n".getBytes(StandardCharsets.UTF_8);
    byte[] v2 = "kode,nama\n1,Baru\n2,Juga\n".getBytes(StandardCharsets.UTF_8);
    String rid = (String) world.setup.activeTable(http, world.dataset, "kode.csv", v1).get("id");
    ok(
        http.postMultipart(
            "/api/3/action/resource_patch",
            world.setup.editor(),
            Map.of("id", rid),
            "kode-baru.csv",
            v2));
    ItSupport.eventually(
        "the replacement loaded",
        PublisherSetup.LOAD_WAIT,
        () -> ok(http.get(Http.action("resource_show", "id", rid), world.setup.editor())),
        r ->
            list(map(r).get("versions")).size() == 2
                && "active".equals(map(r).get("datastore_status"))
                && Long.valueOf(2).equals(map(r).get("datastore_rows")));
    String html = page(200, "/dataset/" + world.dataset + "/resource/" + rid);
    assertTrue(html.contains("Versi berkas sebelumnya"), html);
    assertTrue(html.contains("Versi 1: kode.csv"), html);
    assertFalse(html.contains("Versi 2:"), "the current file is not an earlier one");
    String v1Url = link(html, "Versi 1: kode.csv");
    HttpResponse<byte[]> old = get(v1Url.substring(v1Url.indexOf("/dataset/")));
    assertEquals(200, old.statusCode());
    assertArrayEquals(v1, old.body());
    assertTrue(villages(html).contains("Baru"), "the preview shows the current file");
  }

  @Test
  void aFailedLoadShowsItsProblemsInTheReadersLanguage() {
    byte[] broken = "kode,nama\n1,Satu\n2,Dua,lebih\n".getBytes(StandardCharsets.UTF_8);
    String rid = (String) world.setup.upload(http, world.dataset, "rusak.csv", broken).get("id");
    assertEquals("failed", world.setup.loaded(http, rid).get("datastore_status"));
    String path = "/dataset/" + world.dataset + "/resource/" + rid;
    String html = page(200, path);
    assertTrue(html.contains("Data tidak dapat dimuat"), html);
    assertTrue(html.contains("Baris 3"), html);
    assertTrue(
        html.contains(
            "<span lang=\"id\">Baris ini berisi 3 sel, padahal judul kolomnya hanya 2 kolom"),
        "the reason, in Indonesian: " + html);
    assertFalse(html.contains("<table class=\"data\">"), "no preview");
    assertTrue(html.contains(">Unduh berkas"), "the file can still be downloaded");
    String en = page(200, path + "?lang=en");
    assertTrue(en.contains("The data could not be loaded"), en);
    assertTrue(en.contains("Row 3"), en);
    assertTrue(en.contains("This row has 3 cells but the header has 2 columns"), en);
  }

  @Test
  void aPrivateDatasetsResourcePageIsNotFound() {
    String path = "/dataset/" + world.privateDataset + "/resource/" + world.privateRid;
    String html = page(404, path);
    assertTrue(html.contains("Halaman tidak ditemukan"), html);
    assertFalse(html.contains("Rahasia " + world.sfx), "nothing leaks");
    page(404, path, "Authorization", world.setup.outsider());
    assertTrue(
        page(200, path, "Authorization", world.setup.editor()).contains("Rahasia " + world.sfx));
    HttpResponse<byte[]> dump = get("/datastore/dump/" + world.privateRid);
    assertEquals(403, dump.statusCode());
  }

  @Test
  void datasetPageLinksResourcesAndDescribesItselfForSearchEngines() {
    String html = page(200, "/dataset/" + world.dataset);
    assertTrue(
        html.contains("href=\"" + base.getPath().replaceAll("/$", "") + resourcePath() + "\""),
        html);
    Matcher script =
        Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
    assertTrue(script.find(), html);
    Map<String, Object> ld = Json.parseObject(script.group(1));
    assertEquals("https://schema.org/", ld.get("@context"));
    assertEquals("Dataset", ld.get("@type"));
    assertEquals(world.title, ld.get("name"));
    assertEquals("Jumlah penduduk tiap desa, per tahun.", ld.get("description"));
    assertTrue(ld.get("url").toString().endsWith("/dataset/" + world.dataset), ld.toString());
    assertEquals(world.datasetId, ld.get("identifier"));
    assertEquals(List.of("penduduk-" + world.sfx), ld.get("keywords"));
    assertNotNull(ld.get("license"));
    assertEquals(world.orgTitle, map(ld.get("publisher")).get("name"));
    assertEquals("Organization", map(ld.get("creator")).get("@type"));
    assertTrue(
        ld.get("datePublished").toString().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), ld.toString());
    assertNotNull(ld.get("dateModified"));
    assertEquals("Kabupaten Bojonegoro", map(ld.get("spatialCoverage")).get("name"));
    assertEquals("2023-01-01/2024-12-31", ld.get("temporalCoverage"));
    List<Object> distribution = list(ld.get("distribution"));
    Map<String, Object> csv =
        distribution.stream()
            .map(ItSupport::map)
            .filter(x -> world.resourceUrl.equals(x.get("contentUrl")))
            .findFirst()
            .orElseThrow();
    assertEquals("DataDownload", csv.get("@type"));
    assertNotNull(csv.get("encodingFormat"));

    assertTrue(html.contains("Perubahan terakhir"), html);
    assertTrue(
        html.matches(
            "(?s).*<time datetime=\"[^\"]+\">[^<]+ WIB</time> — ed-sumber-[^<]* (membuat|memperbarui) dataset ini.*"),
        html);
    assertTrue(html.contains("Kutip dataset ini"), html);
    String year = ld.get("datePublished").toString().substring(0, 4);
    assertTrue(
        html.contains(
            "class=\"citation\">"
                + world.orgTitle
                + " ("
                + year
                + "). "
                + world.title
                + ". Terbuka — Portal Data Bojonegoro. "),
        html);
    assertTrue(html.contains("/dataset/" + world.dataset + ". Diakses "), html);
    assertTrue(html.contains("/datastore/dump/"), "the API snippet shows a dump");
  }

  @Test
  void fromTheHomePageToAFilteredDownloadInThreeClicksOnAPhoneWithoutJavaScript()
      throws IOException, InterruptedException {
    // The browser really runs no page script: this one would retitle the page.
    browser.open("data:text/html,<title>tanpa</title><script>document.title='dengan'</script>");
    assertEquals("tanpa", browser.driver().getTitle());

    Path downloads = Files.createTempDirectory("terbuka-unduhan-");
    browser
        .driver()
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    ItSupport.eventually(
        "the dataset on the home page",
        ItSupport.SEARCH_WAIT,
        () -> page(200, "/"),
        home -> home.contains(world.title));
    browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    browser.open("/");
    assertTrue(browser.text().contains("Data terbuka Kabupaten Bojonegoro"), "in Indonesian");
    int clicks = 0;

    browser.driver().findElement(By.linkText(world.title)).click();
    clicks++;
    waitFor(() -> browser.url().endsWith("/dataset/" + world.dataset));

    browser.driver().findElement(By.partialLinkText("Lihat dan saring data")).click();
    clicks++;
    waitFor(() -> browser.url().contains("/resource/" + world.rid));
    assertTrue(browser.text().contains("Baris 1–20 dari 45"), browser.text());

    // Typing and Enter are not clicks.
    browser
        .driver()
        .findElement(By.xpath("//label[text()='kecamatan']/following-sibling::input"))
        .sendKeys("Ngraho");
    WebElement tahun =
        browser.driver().findElement(By.xpath("//label[text()='tahun']/following-sibling::input"));
    tahun.sendKeys("2024", Keys.ENTER);
    waitFor(() -> browser.url().contains("f.tahun=2024"));
    assertTrue(browser.text().contains("Baris 1–8 dari 8"), browser.text());
    browser.assertAccessible();

    WebElement csv = browser.driver().findElement(By.linkText("Unduh baris ini sebagai CSV"));
    String href = csv.getAttribute("href");
    csv.click();
    clicks++;
    assertEquals(3, clicks);

    Path file = downloads.resolve(world.rid + ".csv");
    waitFor(
        () ->
            Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(world.rid + ".csv.crdownload")));
    String downloaded = Files.readString(file, StandardCharsets.UTF_8);
    List<String> expected =
        IntStream.rangeClosed(1, ROWS)
            .filter(i -> kecamatan(i).equals("Ngraho") && tahun(i) == 2024)
            .mapToObj(ResourcePageIT::desa)
            .toList();
    assertEquals(expected, csvColumn(downloaded, "desa"), downloaded);
    assertEquals(
        downloaded, new String(get(href).body(), StandardCharsets.UTF_8), "the link's content");
    try (Stream<Path> files = Files.list(downloads)) {
      files.forEach(p -> p.toFile().delete());
    }
    Files.delete(downloads);

    browser.screenshots("resource-filtered");
  }

  @Test
  void theResourceAndDatasetPagesPassTheAccessibilityCheck() {
    browser.open(resourcePath());
    browser.screenshots("resource");
    browser.assertAccessible();
    browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
    browser.assertAccessible();
    browser.open(resourcePath() + "?f.kecamatan=Ngraho&sort=jumlah&order=desc&lang=en");
    browser.screenshots("resource-en");
    browser.assertAccessible();
    browser.open("/dataset/" + world.dataset);
    browser.screenshots("dataset-with-resource-page");
    browser.assertAccessible();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> condition.getAsBoolean());
  }
}
