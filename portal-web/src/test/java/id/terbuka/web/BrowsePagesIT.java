package id.terbuka.web;

import static id.terbuka.web.HtmlPages.all;
import static id.terbuka.web.HtmlPages.text;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.searchUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browsing the catalogue through the deployed WAR: the unit and topic lists and pages with their
 * scoped faceted search, the region and year facets, spelling suggestions, and the autocomplete
 * endpoint with its script. A catalogue of its own is made through the API: unit A with 22 public
 * datasets (regions and coverage years varying) and a private one, unit B with 3 (no coverage
 * period) and one about soybeans, one topic holding 3 of A's and B's 3.
 */
@ExtendWith(SharedPortal.class)
class BrowsePagesIT {
  private static final int IN_A = 22;
  private static final String NGRAHO = "35.22.01";
  private static final String TAMBAKREJO = "35.22.02";

  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser();

  private Http http;

  /** Made once for the class. */
  private static final class World {
    String sfx;
    String admin;
    String editor;
    String orgA;
    String orgATitle;
    String orgB;
    String orgBTitle;
    String group;
    String groupTitle;
    String tag;
    String privat;
    String privateTitle;
    String soy;
  }

  private static World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    synchronized (BrowsePagesIT.class) {
      if (world == null) {
        world = build(http);
      }
    }
  }

  private static World build(Http http) {
    World w = new World();
    PublisherSetup setup = PublisherSetup.create(http, "jelajah");
    w.sfx = ItSupport.unique();
    w.admin = ItSupport.cliToken(http, "admin");
    w.editor = setup.editor();
    w.orgA = setup.org();
    w.orgATitle = "Dinas Jelajah " + w.sfx;
    ok(
        http,
        "organization_patch",
        w.admin,
        dict(
            "id",
            w.orgA,
            "title",
            w.orgATitle,
            "kode_unit",
            "9.99.01." + w.sfx,
            "description",
            "Mengurus **cuaca** daerah.\n\n<script>alert('x')</script>"));
    w.orgB = "jelajah-b-" + w.sfx;
    w.orgBTitle = "Badan Jelajah " + w.sfx;
    ok(http, "organization_create", w.admin, dict("name", w.orgB, "title", w.orgBTitle));
    w.group = "topik-jelajah-" + w.sfx;
    w.groupTitle = "Topik Jelajah " + w.sfx;
    ok(
        http,
        "group_create",
        w.admin,
        dict("name", w.group, "title", w.groupTitle, "description", "Data *iklim*."));
    w.tag = "jelajah" + w.sfx;
    for (int i = 0; i < IN_A; i++) {
      boolean early = i < 4;
      ok(
          http,
          "package_create",
          w.admin,
          dict(
              "name",
              String.format("jelajah-%s-%02d", w.sfx, i),
              "title",
              String.format("Curah Hujan Jelajah %s nomor %02d", w.sfx, i),
              "owner_org",
              w.orgA,
              "tags",
              List.of(dict("name", w.tag)),
              "cakupan_wilayah",
              List.of(i % 3 == 0 ? NGRAHO : TAMBAKREJO),
              "cakupan_waktu_mulai",
              early ? "2021-01-01" : "2023-01-01",
              "cakupan_waktu_selesai",
              early ? "2022-06-30" : "2023-12-31",
              "groups",
              i < 3 ? List.of(dict("name", w.group)) : List.of()));
    }
    for (int i = 0; i < 3; i++) {
      ok(
          http,
          "package_create",
          w.admin,
          dict(
              "name",
              String.format("jelajah-b-%s-%d", w.sfx, i),
              "title",
              String.format("Luas Panen Jelajah %s bagian %d", w.sfx, i),
              "owner_org",
              w.orgB,
              "tags",
              List.of(dict("name", w.tag)),
              "groups",
              List.of(dict("name", w.group))));
    }
    w.soy = "jelajah-kedelai-" + w.sfx;
    ok(
        http,
        "package_create",
        w.admin,
        dict(
            "name",
            w.soy,
            "title",
            "Produksi Kedelai " + w.sfx,
            "owner_org",
            w.orgB,
            "tags",
            List.of(dict("name", w.tag + "-kedelai"))));
    w.privat = "jelajah-rahasia-" + w.sfx;
    w.privateTitle = "Rahasia Jelajah " + w.sfx;
    ok(
        http,
        "package_create",
        w.editor,
        dict(
            "name",
            w.privat,
            "title",
            w.privateTitle,
            "owner_org",
            w.orgA,
            "private",
            true,
            "tags",
            List.of(dict("name", w.tag))));
    searchUntil(
        http,
        w.editor,
        names -> names.size() == IN_A + 3 + 1,
        "tagged datasets searchable",
        "fq",
        "tags:\"" + w.tag + "\"",
        "include_private",
        "true",
        "rows",
        100);
    searchUntil(http, null, names -> names.contains(w.soy), "soy searchable", "q", "name:" + w.soy);
    return w;
  }

  // ---------------------------------------------------------------- helpers
  /** The href of the facet entry with this label and count, which must exist. */
  private static String facetLink(String html, String label, long count) {
    Matcher m =
        Pattern.compile(
                "<a href=\"([^\"]*)\"[^>]*>"
                    + Pattern.quote(label)
                    + " <span class=\"count\">"
                    + count
                    + "</span>")
            .matcher(html);
    assertTrue(m.find(), "facet " + label + " " + count + " in " + html);
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> completions(String incomplete, String... headers) {
    HttpResponse<byte[]> r =
        get("/api/util/dataset/autocomplete?incomplete=" + enc(incomplete) + "&limit=20", headers);
    assertEquals(200, r.statusCode(), text(r));
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        r.headers().toString());
    Map<String, Object> body = (Map<String, Object>) id.terbuka.shared.Json.parse(text(r));
    return (List<Map<String, Object>>) ((Map<String, Object>) body.get("ResultSet")).get("Result");
  }

  private static List<String> names(List<Map<String, Object>> completions) {
    return completions.stream().map(c -> (String) c.get("name")).toList();
  }

  // ---------------------------------------------------------------- lists and pages

  @Test
  void unitListShowsTitleSummaryCodeAndPublicDatasetCountAndPagesThroughAll() {
    String path = "/organization";
    String html = null;
    List<String> seen = new ArrayList<>();
    // Follow the list's own "next" links until the unit appears (other test classes add units).
    for (int i = 0; i < 20 && path != null; i++) {
      html = page(200, path);
      seen.add(path);
      if (html.contains(world.orgATitle)) {
        break;
      }
      List<String> next = all(Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\">"), html);
      path = next.isEmpty() ? null : local(next.get(0));
    }
    assertNotNull(html);
    assertTrue(html.contains(world.orgATitle), "found after " + seen);
    assertTrue(html.contains("<html lang=\"id\">"), html);
    assertTrue(html.contains("<h1>Organisasi</h1>"), html);
    Matcher entry =
        Pattern.compile(
                "<h2><a href=\"([^\"]*)\">"
                    + Pattern.quote(world.orgATitle)
                    + "</a></h2>\\s*<p>Mengurus cuaca daerah\\.</p>\\s*<p class=\"meta\"><span>"
                    + IN_A
                    + " dataset</span> · <span>Kode unit: 9\\.99\\.01\\."
                    + world.sfx)
            .matcher(html);
    assertTrue(entry.find(), "22 public datasets, not the private one: " + html);
    assertTrue(local(entry.group(1)).equals("/organization/" + world.orgA), entry.group(1));
    assertFalse(html.contains("<script>alert"), html);

    // Alphabetical by title: B's "Badan ..." comes before A's "Dinas ..." when both are listed.
    if (html.contains(world.orgBTitle)) {
      assertTrue(html.indexOf(world.orgBTitle) < html.indexOf(world.orgATitle), html);
    }
    assertEquals(200, get("/organization?page=zwei").statusCode(), "bad page numbers are page 1");
  }

  @Test
  void topicListAndPageShowTheTopicsDatasetsWithTheScopedFacets() {
    String list = page(200, "/group");
    String path = "/group";
    for (int i = 0; i < 20 && !list.contains(world.groupTitle); i++) {
      List<String> next = all(Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\">"), list);
      assertFalse(next.isEmpty(), "the topic is listed somewhere: " + list);
      path = local(next.get(0));
      list = page(200, path);
    }
    assertTrue(list.contains("<h1>Topik</h1>"), list);
    assertTrue(
        Pattern.compile(Pattern.quote(world.groupTitle) + "</a></h2>\\s*<p>Data iklim\\.</p>")
            .matcher(list)
            .find(),
        list);
    assertTrue(list.contains("<span>6 dataset</span>"), list);

    String html = page(200, "/group/" + world.group);
    assertTrue(html.contains("<h1>" + world.groupTitle + "</h1>"), html);
    assertTrue(html.contains("<em>iklim</em>"), "Markdown description");
    assertTrue(html.contains("Menampilkan 1–6 dari 6 dataset"), html);
    // The unit facet splits the topic's datasets; the topic facet would only repeat the scope.
    facetLink(html, world.orgATitle, 3);
    String toB = facetLink(html, world.orgBTitle, 3);
    assertFalse(html.contains("<h2 class=\"small\">Topik</h2>"), "no topic facet on a topic");
    String onlyB = page(200, local(toB));
    assertTrue(local(toB).startsWith("/group/" + world.group + "?"), toB);
    assertTrue(onlyB.contains("Menampilkan 1–3 dari 3 dataset"), onlyB);
    assertTrue(
        onlyB.contains(
            "action=\"" + base.getPath().replaceAll("/$", "") + "/group/" + world.group + "\""),
        "the form stays on the topic");
  }

  @Test
  void unitPageHasItsCodeSanitisedDescriptionAndFacetsForRegionAndYear() {
    String html = page(200, "/organization/" + world.orgA);
    assertTrue(html.contains("<h1>" + world.orgATitle + "</h1>"), html);
    assertTrue(html.contains("Kode unit: 9.99.01." + world.sfx), html);
    assertTrue(html.contains("<strong>cuaca</strong>"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("Menampilkan 1–20 dari " + IN_A + " dataset"), "private not counted");
    assertFalse(html.contains(world.privateTitle), html);
    assertTrue(html.contains("rel=\"canonical\" href=\""), html);
    assertTrue(
        html.contains("/organization/" + world.orgA + "\">"), "canonical is the unit's page");
    // Region facet with Kemendagri names (and codes: names repeat between levels).
    facetLink(html, "Ngraho (" + NGRAHO + ")", 8);
    String tambakrejo = facetLink(html, "Tambakrejo (" + TAMBAKREJO + ")", 14);
    // Year facet: the years each coverage period touches, newest first.
    String y2023 = facetLink(html, "2023", 18);
    String y2022 = facetLink(html, "2022", 4);
    facetLink(html, "2021", 4);
    assertTrue(html.indexOf(">2023 <") < html.indexOf(">2022 <"), "newest year first");
    assertTrue(html.indexOf(">2022 <") < html.indexOf(">2021 <"), "newest year first");

    String byYear = page(200, local(y2022));
    assertTrue(byYear.contains("Menampilkan 1–4 dari 4 dataset"), byYear);
    for (int i = 0; i < 4; i++) {
      assertTrue(byYear.contains(String.format("nomor %02d", i)), byYear);
    }
    assertTrue(byYear.contains("Tahun: 2022"), "active filter shown");
    String both = page(200, local(facetLink(byYear, "Tambakrejo (" + TAMBAKREJO + ")", 2)));
    assertTrue(both.contains("Menampilkan 1–2 dari 2 dataset"), both); // i = 1, 2
    assertTrue(both.contains("nomor 01") && both.contains("nomor 02"), both);

    String byRegion = page(200, local(tambakrejo));
    assertTrue(byRegion.contains("dari 14 dataset"), byRegion);
    String region2023 = page(200, local(facetLink(byRegion, "2023", 12)));
    assertTrue(region2023.contains("Menampilkan 1–12 dari 12 dataset"), region2023);
    assertTrue(page(200, local(y2023)).contains("dari 18 dataset"));

    // The same facets on /dataset, filtered by the API's own parameter names.
    String all = page(200, "/dataset?tags=" + world.tag + "&tahun=2021");
    assertTrue(all.contains("Menampilkan 1–4 dari 4 dataset"), all);
    String none = page(200, "/dataset?tags=" + world.tag + "&tahun=1999");
    assertTrue(none.contains("Tidak ada dataset yang cocok."), none);
    String noYear = page(200, "/dataset?tags=" + world.tag + "&organization=" + world.orgB);
    assertFalse(
        noYear.contains("<h2 class=\"small\">Tahun</h2>"), "no coverage, no year: " + noYear);
  }

  @Test
  void theUnitPageShowsAMemberTheirPrivateDatasetsAsPackageSearchDoes() {
    // The pages ask with include_private (as CKAN's dataset pages): a member sees the unit's
    // private dataset, and the count agrees with the member's own package_search.
    searchUntil(
        http,
        world.editor,
        names -> names.contains(world.privat),
        "the member's private dataset",
        "fq",
        "+organization:\"" + world.orgA + "\"",
        "include_private",
        "true",
        "rows",
        100);
    Map<String, Object> api =
        ok(
            http.get(
                Http.action(
                    "package_search",
                    "fq",
                    "+organization:\"" + world.orgA + "\"",
                    "include_private",
                    "true",
                    "rows",
                    0),
                world.editor));
    long count = ((Number) api.get("count")).longValue();
    String html = page(200, "/organization/" + world.orgA, "Authorization", world.editor);
    assertTrue(html.contains("dari " + count + " dataset"), count + " in " + html);
    // Searching the unit for it: listed for the member, not for an anonymous visitor.
    String find = "/organization/" + world.orgA + "?q=rahasia";
    assertTrue(
        page(200, find, "Authorization", world.editor).contains("/dataset/" + world.privat + "\""),
        "the private dataset is listed for the member");
    assertFalse(page(200, find).contains("/dataset/" + world.privat + "\""), "not for others");
  }

  @Test
  void unknownUnitsAndTopicsAreTheNotFoundPage() {
    assertTrue(
        page(404, "/organization/tidak-ada-" + world.sfx).contains("Halaman tidak ditemukan"));
    assertTrue(page(404, "/group/tidak-ada-" + world.sfx).contains("Halaman tidak ditemukan"));
    page(404, "/group/" + world.orgA); // a unit is not a topic
    page(404, "/organization/" + world.group);
    page(404, "/organization/" + world.orgA + "/edit");
  }

  // ---------------------------------------------------------------- suggestions

  @Test
  void aMisspeltQueryGetsASuggestionThatFindsTheDataset() {
    String html = page(200, "/dataset?q=kedelia+" + world.sfx);
    assertTrue(html.contains("Tidak ada dataset yang cocok."), html);
    Matcher m =
        Pattern.compile("Mungkin maksud Anda: <a href=\"([^\"]*)\">([^<]*)</a>").matcher(html);
    assertTrue(m.find(), html);
    assertEquals("kedelai " + world.sfx, m.group(2));
    String fixed = page(200, local(m.group(1)));
    assertTrue(fixed.contains("Produksi Kedelai " + world.sfx), fixed);
    assertTrue(fixed.contains("Menampilkan 1–1 dari 1 dataset"), fixed);

    // On a unit's page the suggestion must find something within the unit: B has the soybeans,
    // A has none, so A's page offers nothing and B's page links to its own scoped search.
    String inA = page(200, "/organization/" + world.orgA + "?q=kedelia");
    assertTrue(inA.contains("Tidak ada dataset yang cocok."), inA);
    assertFalse(inA.contains("Mungkin maksud Anda"), inA);
    String inB = page(200, "/organization/" + world.orgB + "?q=kedelia");
    Matcher b = Pattern.compile("Mungkin maksud Anda: <a href=\"([^\"]*)\">").matcher(inB);
    assertTrue(b.find(), inB);
    assertTrue(
        local(b.group(1)).startsWith("/organization/" + world.orgB + "?q=kedelai"), b.group(1));
    assertTrue(page(200, local(b.group(1))).contains("Produksi Kedelai " + world.sfx));
  }

  // ---------------------------------------------------------------- autocomplete endpoint

  @Test
  void autocompleteAnswersMatchingPublicDatasetsOnlyAndMayBeCachedBriefly() {
    HttpResponse<byte[]> r =
        get("/api/util/dataset/autocomplete?incomplete=" + enc("curah hujan jelajah " + world.sfx));
    assertEquals(200, r.statusCode());
    assertEquals("public, max-age=60", r.headers().firstValue("Cache-Control").orElse(""));
    List<Map<String, Object>> found = completions("Curah Hujan Jelajah " + world.sfx);
    assertEquals(IN_A > 20 ? 20 : IN_A, found.size(), "capped at 20");
    Map<String, Object> first = found.get(0);
    assertEquals(String.format("jelajah-%s-00", world.sfx), first.get("name"));
    assertEquals(String.format("Curah Hujan Jelajah %s nomor 00", world.sfx), first.get("title"));
    assertEquals("title", first.get("match_field"));
    assertEquals(first.get("title"), first.get("match_displayed"));

    // Word starts, any word: "jelajah <sfx> nom" finds them too; the default limit is 10.
    assertEquals(
        10,
        ((List<?>)
                ((Map<?, ?>)
                        id.terbuka.shared.Json.parseObject(
                                text(
                                    get(
                                        "/api/util/dataset/autocomplete?incomplete="
                                            + enc("nom jelajah " + world.sfx))))
                            .get("ResultSet"))
                    .get("Result"))
            .size());

    // The private dataset never, not even for its own unit's editor (answers are shared).
    assertEquals(List.of(), completions("Rahasia Jelajah " + world.sfx));
    assertEquals(
        List.of(), completions("Rahasia Jelajah " + world.sfx, "Authorization", world.editor));
    assertFalse(names(completions("jelajah " + world.sfx)).contains(world.privat));
    // ... although it exists and matches: the editor's package_search finds it.
    searchUntil(
        http,
        world.editor,
        names -> names.contains(world.privat),
        "the private dataset is indexed",
        "q",
        "title:rahasia AND name:" + world.privat,
        "include_private",
        "true");

    // CKAN's path answers the same; nothing typed, nothing found.
    assertEquals(
        200,
        get("/api/2/util/dataset/autocomplete?incomplete=" + enc("produksi kedelai " + world.sfx))
            .statusCode());
    assertTrue(
        text(get(
                "/api/2/util/dataset/autocomplete?incomplete="
                    + enc("produksi kedelai " + world.sfx)))
            .contains("\"name\":\"" + world.soy + "\""));
    assertEquals(List.of(), completions(""));
    assertEquals(List.of(), completions("{!lucene}*:*"));
  }

  @Test
  void theScriptIsFingerprintedCachedForAYearAndTheUnitPageStaysUnderTheWeightBudget() {
    HttpResponse<byte[]> html = get("/organization/" + world.orgA, "Accept-Encoding", "gzip");
    assertEquals("gzip", html.headers().firstValue("Content-Encoding").orElse(null));
    String plain = page(200, "/organization/" + world.orgA);
    List<String> scripts = all(Pattern.compile("<script src=\"([^\"]+)\" defer"), plain);
    assertEquals(1, scripts.size(), plain);
    assertTrue(
        local(scripts.get(0)).matches("/static/autocomplete\\.[0-9a-f]{10}\\.js"),
        scripts.toString());
    List<String> css = all(Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">"), plain);
    long total = html.body().length;
    for (String asset : List.of(scripts.get(0), css.get(0))) {
      HttpResponse<byte[]> r = get(local(asset), "Accept-Encoding", "gzip");
      assertEquals(200, r.statusCode(), asset);
      assertEquals(
          "public, max-age=31536000, immutable",
          r.headers().firstValue("Cache-Control").orElse(""));
      total += r.body().length;
    }
    assertTrue(
        get(local(scripts.get(0)))
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("text/javascript"));
    // The budget: under 100 KB transferred (compressed), first visit, nothing cached.
    assertTrue(total < 100_000, total + " bytes");
  }

  // ---------------------------------------------------------------- in a real browser

  @Test
  void browsingUnitsFacetsAndPagesByClickingRealLinks() {
    browser.open("/organization/" + world.orgA);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    assertTrue(browser.text().contains("Menampilkan 1–20 dari " + IN_A + " dataset"));
    browser.screenshots("organization");
    browser.assertAccessible();
    // Page 2 by its link.
    browser.driver().findElement(By.cssSelector("a[rel=next]")).click();
    wait.until(d -> browser.text().contains("Menampilkan 21–22 dari " + IN_A + " dataset"));
    assertTrue(browser.url().contains("page=2"), browser.url());
    // A year, then a region, by their facet links; then remove the year again.
    browser.driver().findElement(By.partialLinkText("2022")).click();
    wait.until(d -> browser.text().contains("Menampilkan 1–4 dari 4 dataset"));
    assertFalse(browser.url().contains("page="), "a new filter starts at page 1");
    browser.driver().findElement(By.partialLinkText("Tambakrejo")).click();
    wait.until(d -> browser.text().contains("Menampilkan 1–2 dari 2 dataset"));
    browser.assertAccessible();
    browser
        .driver()
        .findElement(By.xpath("//section[@class='active']//a[contains(., '2022')]"))
        .click();
    wait.until(d -> browser.text().contains("dari 14 dataset"));
    // The list of units, found from the navigation.
    browser.driver().findElement(By.linkText("Organisasi")).click();
    wait.until(d -> browser.url().endsWith("/organization"));
    browser.screenshots("organizations");
    browser.assertAccessible();
    browser.open("/group");
    browser.screenshots("groups");
    browser.assertAccessible();
    browser.open("/group/" + world.group);
    browser.screenshots("group");
    browser.assertAccessible();
    browser.open("/dataset?q=kedelia+" + world.sfx);
    browser.driver().findElement(By.partialLinkText("kedelai")).click();
    wait.until(d -> browser.text().contains("Produksi Kedelai " + world.sfx));
  }

  @Test
  void languageSwitchIsRememberedAcrossTheBrowsingPages() {
    browser.open("/organization/" + world.orgA);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    browser.driver().findElement(By.cssSelector("a.lang")).click();
    wait.until(
        d -> "en".equals(browser.driver().findElement(By.tagName("html")).getAttribute("lang")));
    assertTrue(browser.text().contains("Datasets of this organisation"), browser.text());
    assertTrue(browser.text().contains("Unit code"), browser.text());
    assertTrue(browser.text().contains("Year"), browser.text());
    assertTrue(browser.text().contains("Region"), browser.text());
    browser.screenshots("organization-en");
    browser.assertAccessible();
    // No parameter now: the cookie remembers English.
    browser.open("/group");
    assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.text().contains("Topics"), browser.text());
    browser.driver().findElement(By.cssSelector("a.lang")).click();
    wait.until(
        d -> "id".equals(browser.driver().findElement(By.tagName("html")).getAttribute("lang")));
    browser.open("/organization");
    assertEquals("id", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
  }

  @Test
  void autocompleteSuggestsAsYouTypeAndIsPickedWithTheKeyboard() {
    browser.open("/dataset");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    WebElement box = browser.driver().findElement(By.id("q"));
    assertEquals("combobox", box.getAttribute("role"), "the script enhanced the box");
    assertEquals("false", box.getAttribute("aria-expanded"));
    box.sendKeys("curah hujan jelajah " + world.sfx + " nomor 0");
    wait.until(d -> "true".equals(box.getAttribute("aria-expanded")));
    WebElement list = browser.driver().findElement(By.id(box.getAttribute("aria-controls")));
    List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
    assertEquals(8, options.size(), "the script asks for 8");
    assertEquals(
        String.format("Curah Hujan Jelajah %s nomor 00", world.sfx), options.get(0).getText());
    browser.screenshots("autocomplete");
    browser.assertAccessible();
    box.sendKeys(Keys.ARROW_DOWN);
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals(options.get(1).getAttribute("id"), box.getAttribute("aria-activedescendant"));
    assertEquals("true", options.get(1).getAttribute("aria-selected"));
    box.sendKeys(Keys.ARROW_UP);
    assertEquals(options.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ESCAPE);
    assertEquals("false", box.getAttribute("aria-expanded"));
    box.sendKeys(Keys.ARROW_DOWN); // reopens
    box.sendKeys(Keys.ARROW_DOWN);
    box.sendKeys(Keys.ENTER);
    wait.until(d -> browser.url().contains("/dataset/jelajah-" + world.sfx + "-00"));
    assertTrue(browser.text().contains("Curah Hujan Jelajah " + world.sfx + " nomor 00"));

    // Typing a private dataset's title suggests nothing; Enter then searches as the plain form.
    browser.open("/dataset");
    WebElement again = browser.driver().findElement(By.id("q"));
    again.sendKeys("Rahasia Jelajah " + world.sfx);
    again.sendKeys(Keys.ENTER);
    wait.until(d -> browser.url().contains("q=Rahasia"));
    assertEquals("false", browser.driver().findElement(By.id("q")).getAttribute("aria-expanded"));
    assertTrue(browser.text().contains("Tidak ada dataset yang cocok."));
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
