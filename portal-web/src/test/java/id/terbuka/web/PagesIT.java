package id.terbuka.web;

import static id.terbuka.web.HtmlPages.all;
import static id.terbuka.web.HtmlPages.text;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.searchUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public pages through the deployed WAR, read as a browser without JavaScript would: HTML by
 * GET, state in the URL, language by parameter and cookie. A catalogue of its own (one unit, one
 * topic, 23 datasets sharing a tag, a private one, one with a file) is made through the API.
 */
@ExtendWith(SharedPortal.class)
class PagesIT {
  private static final int TAGGED = 23;

  @SharedPortal.Base URL base;

  /** Headless Chromium on the same deployment: screenshots and the accessibility check. */
  @RegisterExtension static final Browser browser = new Browser();

  private Http http;

  /** Made once for the class. */
  private static final class World {
    String sfx;
    String admin;
    String editor;
    String org;
    String orgTitle;
    String group;
    String groupTitle;
    String tag;
    String rich;
    String privat;
    String privateTitle;
    String withFile;
    String downloadPath;
    byte[] file;
  }

  private static World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    synchronized (PagesIT.class) {
      if (world == null) {
        world = build(http);
      }
    }
  }

  private static World build(Http http) {
    World w = new World();
    PublisherSetup setup = PublisherSetup.create(http, "laman");
    w.sfx = ItSupport.unique();
    w.admin = ItSupport.cliToken(http, "admin");
    w.editor = setup.editor();
    w.org = setup.org();
    w.orgTitle = "Dinas Halaman " + w.sfx;
    ok(http, "organization_patch", w.admin, dict("id", w.org, "title", w.orgTitle));
    w.group = "topik-" + w.sfx;
    w.groupTitle = "Topik Halaman " + w.sfx;
    ok(http, "group_create", w.admin, dict("name", w.group, "title", w.groupTitle));
    w.tag = "laman" + w.sfx;
    for (int i = 0; i < TAGGED; i++) {
      ok(
          http,
          "package_create",
          w.admin,
          dict(
              "name",
              String.format("laman-%s-%02d", w.sfx, i),
              "title",
              String.format("Data Laman %s nomor %02d", w.sfx, i),
              "owner_org",
              w.org,
              "license_id",
              i % 2 == 0 ? "cc-by" : "odc-odbl",
              "tags",
              List.of(dict("name", w.tag)),
              "groups",
              i < 5 ? List.of(dict("name", w.group)) : List.of()));
    }
    w.rich = "laman-kaya-" + w.sfx;
    ok(
        http,
        "package_create",
        w.admin,
        dict(
            "name",
            w.rich,
            "title",
            "Jumlah Penduduk Halaman " + w.sfx,
            "owner_org",
            w.org,
            "notes",
            "Data **penting** per kecamatan.\n\n<script>alert('x')</script>\n\n"
                + "[tautan](javascript:alert(1))",
            "license_id",
            "cc-by",
            "satuan",
            "jiwa",
            "frekuensi",
            "tahunan",
            "cakupan_waktu_mulai",
            "2024-01-01",
            "cakupan_waktu_selesai",
            "2024-12-31",
            "tags",
            List.of(dict("name", w.tag + "-kaya")),
            "resources",
            List.of(
                dict("name", "Tautan luar", "url", "https://example.org/a.csv", "format", "csv"))));
    w.privat = "laman-rahasia-" + w.sfx;
    w.privateTitle = "Rahasia Halaman " + w.sfx;
    ok(
        http,
        "package_create",
        w.editor,
        dict("name", w.privat, "title", w.privateTitle, "owner_org", w.org, "private", true));
    w.withFile = "laman-berkas-" + w.sfx;
    ok(
        http,
        "package_create",
        w.admin,
        dict("name", w.withFile, "title", "Berkas Halaman " + w.sfx, "owner_org", w.org));
    w.file = "kecamatan,jumlah\nNgraho,1234567\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> r =
        ok(
            http.postMultipart(
                "/api/3/action/resource_create",
                w.admin,
                Map.of("package_id", w.withFile, "format", "CSV"),
                "jumlah.csv",
                w.file));
    String url = (String) r.get("url");
    w.downloadPath = url.substring(url.indexOf("/dataset/"));
    searchUntil(
        http,
        null,
        names -> names.size() == TAGGED,
        "tagged datasets searchable",
        "fq",
        "tags:\"" + w.tag + "\"",
        "rows",
        100);
    searchUntil(
        http,
        null,
        names -> names.contains(w.rich),
        "rich dataset searchable",
        "q",
        "name:" + w.rich);
    return w;
  }

  // ---------------------------------------------------------------- helpers
  /** The path below the context root of a link on a page (links include the context path). */
  // ---------------------------------------------------------------- tests

  @Test
  void homePageShowsCountsTopicsAndUnitsInIndonesian() {
    String html = page(200, "/");
    assertTrue(html.contains("<html lang=\"id\">"), html);
    assertTrue(html.contains("<title>Terbuka — Portal Data Bojonegoro</title>"), html);
    assertTrue(html.contains("<meta name=\"description\""), html);
    assertTrue(html.contains("<link rel=\"canonical\" href=\""), html);
    assertTrue(html.contains("href=\"#main\""), "skip link");
    assertTrue(html.contains("<label for=\"home-q\">"), "labelled search box");
    assertTrue(html.contains(world.orgTitle), "the unit is listed");
    assertTrue(html.contains(world.groupTitle), "the topic is listed");
    assertTrue(html.contains("/organization/" + world.org + "\">"), "links the unit's page");
    assertTrue(html.contains("Dataset terbaru"), html);
    assertTrue(html.matches("(?s).*<strong>\\d+</strong> dataset.*"), "a dataset count");
    assertFalse(html.contains(world.privateTitle), "no private dataset for anonymous readers");
  }

  @Test
  void searchShowsFacetCountsFilterLinksAndPages() {
    String html = page(200, "/dataset?tags=" + world.tag);
    assertTrue(html.contains("Menampilkan 1–20 dari " + TAGGED + " dataset"), html);
    assertEquals(20, all(Pattern.compile("<li class=\"dataset\">()"), html).size());
    // The unit's facet entry: its title, the count, a link that adds the filter.
    Matcher org =
        Pattern.compile(
                "<a href=\"([^\"]*organization="
                    + world.org
                    + "[^\"]*)\"[^>]*>"
                    + Pattern.quote(world.orgTitle)
                    + " <span class=\"count\">"
                    + TAGGED
                    + "</span>")
            .matcher(html);
    assertTrue(org.find(), html);
    assertTrue(org.group(1).contains("tags=" + world.tag), "adding keeps the other filters");
    // The topic facet counts the five datasets in the group.
    assertTrue(html.contains(world.groupTitle + " <span class=\"count\">5</span>"), html);
    // Licence facet: 12 cc-by, 11 odbl.
    assertTrue(html.contains("<span class=\"count\">12</span>"), html);
    assertTrue(html.contains("<span class=\"count\">11</span>"), html);

    // Following the facet link narrows the search, and the filter shows as removable.
    String narrowed = page(200, local(org.group(1)));
    assertTrue(narrowed.contains("Filter aktif"), narrowed);
    List<String> removals =
        all(Pattern.compile("<a href=\"([^\"]*)\" title=\"hapus filter\">"), narrowed);
    assertEquals(2, removals.size(), narrowed);
    assertTrue(removals.stream().anyMatch(h -> !h.contains("organization=")), "removes the unit");

    // Paging: a link to page 2, which shows the remaining 3.
    List<String> next = all(Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\">"), html);
    assertEquals(1, next.size(), html);
    String second = page(200, local(next.get(0)));
    assertTrue(second.contains("Menampilkan 21–23 dari " + TAGGED + " dataset"), second);
    assertEquals(3, all(Pattern.compile("<li class=\"dataset\">()"), second).size());
    assertTrue(second.contains("rel=\"prev\""), second);
  }

  @Test
  void sortingWorksWithoutJavaScript() {
    String html = page(200, "/dataset?tags=" + world.tag + "&sort=title_string+desc");
    assertTrue(html.contains("<option value=\"title_string desc\" selected>"), html);
    int first = html.indexOf("nomor 22");
    int later = html.indexOf("nomor 21");
    assertTrue(first > 0 && later > first, "descending by title");
    // The form keeps the active filter as a hidden field and submits by GET.
    assertTrue(html.contains("<input type=\"hidden\" name=\"tags\" value=\"" + world.tag + "\">"));
    assertTrue(html.contains("method=\"get\""), html);
  }

  @Test
  void noResultsAreExplained() {
    String html = page(200, "/dataset?q=zzqxvunlikelyword" + world.sfx);
    assertTrue(html.contains("Tidak ada dataset yang cocok."), html);
    assertTrue(html.contains("Periksa ejaan"), html);
    String broken = page(200, "/dataset?q=%22unbalanced+(");
    assertFalse(broken.contains("Exception"), broken);
  }

  @Test
  void englishByParameterThenRememberedByCookieAndSwitchedBack() {
    HttpResponse<byte[]> en = get("/dataset?tags=" + world.tag + "&lang=en");
    assertEquals(200, en.statusCode());
    String html = text(en);
    assertTrue(html.contains("<html lang=\"en\">"), html);
    assertTrue(html.contains("Showing 1–20 of " + TAGGED + " datasets"), html);
    assertTrue(html.contains(">Bahasa Indonesia</a>"), "a visible switch back");
    String cookie = en.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.startsWith("lang=en"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);

    String remembered = page(200, "/dataset", "Cookie", "lang=en");
    assertTrue(remembered.contains("<html lang=\"en\">"), remembered);
    assertTrue(
        remembered.contains("rel=\"canonical\" href=\"") && remembered.contains("lang=en\">"),
        "the English canonical URL carries the language");

    HttpResponse<byte[]> back = get("/dataset?lang=id", "Cookie", "lang=en");
    assertTrue(text(back).contains("<html lang=\"id\">"));
    assertTrue(back.headers().firstValue("Set-Cookie").orElse("").startsWith("lang=id"));

    String unknown = page(200, "/dataset?lang=xx");
    assertTrue(unknown.contains("<html lang=\"id\">"), "unknown languages are ignored");
  }

  @Test
  void datasetPageShowsMetadataResourcesApiAndSanitisedMarkdown() {
    String html = page(200, "/dataset/" + world.rich);
    assertTrue(html.contains("<h1>Jumlah Penduduk Halaman " + world.sfx), html);
    assertTrue(html.contains("<strong>penting</strong>"), html);
    assertFalse(html.contains("<script>alert"), "raw HTML in notes is not a tag");
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("Tahunan"), "frekuensi, translated");
    assertTrue(html.contains(">jiwa<"), "satuan");
    assertTrue(html.contains("1 Januari 2024 – 31 Desember 2024"), html);
    assertTrue(html.contains("Creative Commons"), "licence");
    assertTrue(html.contains(world.orgTitle), html);
    assertTrue(html.contains("href=\"https://example.org/a.csv\""), "download button");
    assertTrue(html.contains("package_show?id=" + world.rich), "API snippet");
    assertTrue(html.contains("import requests"), "Python snippet");
    assertFalse(html.contains("datastore_search"), "no DataStore example without a table");

    String en = page(200, "/dataset/" + world.rich + "?lang=en");
    assertTrue(en.contains("Yearly"), en);
    assertTrue(en.contains("1 January 2024 – 31 December 2024"), en);
  }

  @Test
  void privateDatasetsAreNotFoundForAnonymousReaders() {
    String html = page(404, "/dataset/" + world.privat);
    assertTrue(html.contains("Halaman tidak ditemukan"), html);
    assertFalse(html.contains(world.privateTitle), "nothing leaks");
    assertFalse(html.contains("Exception"), html);
    String member = page(200, "/dataset/" + world.privat, "Authorization", world.editor);
    assertTrue(member.contains(world.privateTitle), "members of the unit see it");
    String search = page(200, "/dataset?q=" + "Rahasia+Halaman+" + world.sfx);
    assertTrue(search.contains("Tidak ada dataset yang cocok."), search);
    assertFalse(search.contains("/dataset/" + world.privat), search);
  }

  @Test
  void unknownPagesGetTheFriendlyNotFoundPage() {
    assertTrue(page(404, "/dataset/tidak-ada-" + world.sfx).contains("Halaman tidak ditemukan"));
    String other = page(404, "/tidak/ada?lang=en");
    assertTrue(other.contains("Page not found"), other);
    assertFalse(other.contains("Exception"), other);
  }

  @Test
  void downloadsStillWorkBesideTheDatasetPages() {
    String html = page(200, "/dataset/" + world.withFile);
    assertTrue(html.contains(world.downloadPath), "the page links to the download");
    assertTrue(html.contains(">CSV<"), html);
    HttpResponse<byte[]> file = get(world.downloadPath);
    assertEquals(200, file.statusCode());
    assertArrayEquals(world.file, file.body());
    HttpResponse<byte[]> missing =
        get(world.downloadPath.replaceAll("/resource/[^/]+/", "/resource/tidak-ada/"));
    assertEquals(404, missing.statusCode());
  }

  @Test
  void stylesheetIsFingerprintedAndCachedForAYear() {
    String html = page(200, "/dataset");
    List<String> css = all(Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">"), html);
    assertEquals(1, css.size(), html);
    String path = local(css.get(0));
    assertTrue(path.matches("/static/site\\.[0-9a-f]{10}\\.css"), path);
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertEquals(
        "public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(text(r).contains("body{"), "the stylesheet itself");
    assertEquals(404, get("/static/site.0000000000.css").statusCode());
  }

  @Test
  void htmlIsGzippedWhenTheClientAcceptsIt() throws IOException {
    HttpResponse<byte[]> plain = get("/dataset?tags=" + world.tag);
    assertNull(plain.headers().firstValue("Content-Encoding").orElse(null));
    HttpResponse<byte[]> gz = get("/dataset?tags=" + world.tag, "Accept-Encoding", "gzip");
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(gz.body().length * 3 < plain.body().length, "compressed to under a third");
    String html;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(text(plain), html);
    assertTrue(
        gz.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), "caches vary");
  }

  @Test
  void theMainPagesInARealBrowserPassTheAccessibilityCheck() {
    // Screenshots at 360 and 1280 px land in portal-web/target/screenshots/.
    browser.open("/");
    browser.screenshots("home");
    browser.assertAccessible();
    browser.open("/dataset?tags=" + world.tag + "&organization=" + world.org);
    browser.screenshots("search");
    browser.assertAccessible();
    assertTrue(browser.text().contains("Data Laman " + world.sfx), browser.text());
    browser.open("/dataset/" + world.rich);
    browser.screenshots("dataset");
    browser.assertAccessible();
    browser.open("/dataset/" + world.rich + "?lang=en");
    browser.screenshots("dataset-en");
    browser.assertAccessible();
  }

  @Test
  void robotsAndSitemapListPublicPagesOnly() {
    HttpResponse<byte[]> robots = get("/robots.txt");
    assertEquals(200, robots.statusCode());
    String r = text(robots);
    assertTrue(r.contains("Disallow: /api/\n"), r);
    assertTrue(r.matches("(?s).*Sitemap: https?://\\S+/sitemap.xml\n"), r);

    HttpResponse<byte[]> sitemap = get("/sitemap.xml");
    assertEquals(200, sitemap.statusCode());
    assertTrue(
        sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    String xml = text(sitemap);
    assertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    assertTrue(
        xml.matches(
            "(?s).*<loc>[^<]*/dataset/"
                + world.rich
                + "</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>.*"),
        xml);
    assertFalse(xml.contains(world.privat), "no private dataset in the sitemap");
    assertTrue(xml.contains("/organization/" + world.org + "</loc>"), "the unit's page");
    assertTrue(xml.contains("/group/" + world.group + "</loc>"), "the topic's page");
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return http.getBytes(path, headers);
  }

  private String page(int status, String path, String... headers) {
    return HtmlPages.page(http, status, path, headers);
  }

  private String local(String href) {
    return HtmlPages.local(base, href);
  }
}
