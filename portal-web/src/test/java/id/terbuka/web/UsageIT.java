package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.eventually;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.names;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Usage and feedback through the deployed WAR (issue 4, item 5; ADR 0009): views and downloads
 * counted for people and not for bots, HEAD, 304 or continuation ranges; the counts on the pages
 * after the flush; the popularity sort on the page and in package_search; the satisfaction question
 * with one answer per browser, its shares on the page, its comments private to the publishers.
 */
@ExtendWith(SharedPortal.class)
class UsageIT {
  /** A phone browser: counted. */
  private static final String PERSON =
      "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/119.0 Mobile Safari/537.36";

  /** A crawler: never counted (the tests read pages with it, so reading changes nothing). */
  private static final String BOT =
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

  /** Flush every 5 s, then the outbox: well inside this. */
  private static final Duration COUNT_WAIT = Duration.ofSeconds(30);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser();

  private Http http;
  private static PublisherSetup setup;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    synchronized (UsageIT.class) {
      if (setup == null) {
        setup = PublisherSetup.create(http, "pakai");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private String dataset(String name, String title, String tag) {
    ok(
        http,
        "package_create",
        setup.editor(),
        dict(
            "name",
            name,
            "title",
            title,
            "owner_org",
            setup.org(),
            "tags",
            List.of(dict("name", tag))));
    return name;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String userAgent, String... headers) {
    var b =
        HttpRequest.newBuilder(URI.create(http.base() + path))
            .timeout(Duration.ofSeconds(60))
            .header("User-Agent", userAgent);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private HttpResponse<String> get(String path, String userAgent, String... headers) {
    return send(request(path, userAgent, headers).GET());
  }

  /** A page as a crawler reads it: what it shows, without counting the reading. */
  private String look(String path) {
    HttpResponse<String> r = get(path, BOT);
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }

  /** The site's origin as a browser sends it in {@code Origin}. */
  private String origin() {
    return ItSupport.serverRoot(http.base());
  }

  /** The satisfaction form posted as a browser would, with its cookie (null: a new browser). */
  private HttpResponse<String> answer(
      String name, String cookie, String answer, String comment, String... headers) {
    StringBuilder form = new StringBuilder();
    if (answer != null) {
      form.append("answer=").append(URLEncoder.encode(answer, StandardCharsets.UTF_8));
    }
    if (comment != null) {
      form.append("&comment=").append(URLEncoder.encode(comment, StandardCharsets.UTF_8));
    }
    var b =
        request("/dataset/" + name + "/satisfaction", PERSON, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return send(b);
  }

  /** {@code name=value} of the answer cookie a response sets. */
  private static String answerCookie(HttpResponse<?> r) {
    for (String c : r.headers().allValues("Set-Cookie")) {
      if (c.startsWith("terbuka_tanggapan=")) {
        assertTrue(c.contains("HttpOnly"), c);
        assertTrue(c.contains("SameSite=Lax"), c);
        return c.substring(0, c.indexOf(';'));
      }
    }
    return null;
  }

  private static List<String> datasetLinks(String html, String prefix) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("<h3><a href=\"[^\"]*/dataset/(" + prefix + "[^\"]*)\"").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  // ---------------------------------------------------------------- tests

  @Test
  void viewsAndDownloadsAreCountedForPeopleButNotForBotsHeadRevalidationOrResumedRanges() {
    String sfx = ItSupport.unique();
    String tag = "pakai" + sfx;
    String name = dataset("pakai-" + sfx, "Data Pakai " + sfx, tag);
    Map<String, Object> resource =
        setup.activeTable(
            http, name, "kecamatan.csv", "kecamatan,jumlah\nNgraho,12\nPadangan,7\n".getBytes());
    String rid = (String) resource.get("id");
    String url = (String) resource.get("url");
    String download = url.substring(url.indexOf("/dataset/"));
    String context = base.getPath().replaceAll("/$", "");
    if (!context.isEmpty() && download.startsWith(context)) {
      download = download.substring(context.length());
    }

    // Three views by people; crawlers, HEAD and a missing page do not count.
    for (int i = 0; i < 3; i++) {
      assertEquals(200, get("/dataset/" + name, PERSON).statusCode());
    }
    assertEquals(200, get("/dataset/" + name, BOT).statusCode());
    assertEquals(
        200, send(request("/dataset/" + name, PERSON).method("HEAD", noBody())).statusCode());
    assertEquals(404, get("/dataset/" + name + "-tidak-ada", PERSON).statusCode());
    // The resource's page is a view of the dataset too (a person's; a crawler's is not).
    assertEquals(200, get("/dataset/" + name + "/resource/" + rid, PERSON).statusCode());
    assertEquals(200, get("/dataset/" + name + "/resource/" + rid, BOT).statusCode());

    // Downloads: the whole file and a ranged download from byte 0 count; a crawler, HEAD, a
    // revalidation (304) and a resumed range do not; a DataStore dump counts.
    HttpResponse<String> whole = get(download, PERSON);
    assertEquals(200, whole.statusCode(), download);
    String etag = whole.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get(download, PERSON, "If-None-Match", etag).statusCode());
    assertEquals(206, get(download, PERSON, "Range", "bytes=5-").statusCode());
    assertEquals(206, get(download, PERSON, "Range", "bytes=0-4").statusCode());
    assertEquals(200, get(download, BOT).statusCode());
    assertEquals(200, send(request(download, PERSON).method("HEAD", noBody())).statusCode());
    assertEquals(200, get("/datastore/dump/" + rid, "curl/8.5.0").statusCode());
    assertEquals(
        200, send(request("/datastore/dump/" + rid, PERSON).method("HEAD", noBody())).statusCode());

    String page =
        eventually(
            "counts on the dataset page",
            COUNT_WAIT,
            () -> look("/dataset/" + name),
            html -> html.contains("4 kali dilihat · 3 kali diunduh"));
    assertTrue(page.contains("<span>3 kali diunduh</span>"), "the resource's own count: " + page);
    String en = look("/dataset/" + name + "?lang=en");
    assertTrue(en.contains("4 views · 3 downloads"), en);
    // The search results come from Solr, which the flush updates after the database: eventually.
    String search =
        eventually(
            "counts in the search results",
            COUNT_WAIT,
            () -> look("/dataset?tags=" + tag),
            html -> html.contains("<span>4 kali dilihat</span>"));
    assertTrue(search.contains("<span>3 kali diunduh</span>"), search);

    // The counts stay put: the reading above was by a crawler.
    assertTrue(look("/dataset/" + name).contains("4 kali dilihat · 3 kali diunduh"));
  }

  @Test
  void popularitySortsByUseOnThePageAndInPackageSearchUnderCkansName() {
    String sfx = ItSupport.unique();
    String tag = "populer" + sfx;
    String quiet = dataset("populer-a-" + sfx, "Populer A " + sfx, tag);
    String busy = dataset("populer-b-" + sfx, "Populer B " + sfx, tag);
    String some = dataset("populer-c-" + sfx, "Populer C " + sfx, tag);
    for (int i = 0; i < 4; i++) {
      get("/dataset/" + busy, PERSON);
    }
    get("/dataset/" + some, PERSON);
    List<String> expected = List.of(busy, some, quiet);

    // The flush reached the index: the sort fields carry the counts.
    eventually(
        "views in the search index",
        COUNT_WAIT,
        () -> {
          Map<String, Object> r =
              ok(
                  http.get(
                      Http.action(
                          "package_search",
                          "fq",
                          "tags:" + tag,
                          "fl",
                          "name,views_total,downloads_total,popularity",
                          "rows",
                          10),
                      null));
          Map<String, Long> views = new java.util.TreeMap<>();
          for (Object o : ItSupport.list(r.get("results"))) {
            Map<String, Object> doc = map(o);
            Object v = doc.get("popularity");
            views.put((String) doc.get("name"), v == null ? -1L : ((Number) v).longValue());
          }
          return views;
        },
        views -> views.equals(Map.of(busy, 4L, some, 1L, quiet, 0L)));
    Map<String, Object> byCkanName =
        ok(
            http.get(
                Http.action("package_search", "fq", "tags:" + tag, "sort", "views_recent desc"),
                null));
    assertEquals(expected, names(byCkanName));
    assertEquals("views_recent desc", byCkanName.get("sort"), "the sort as the client gave it");
    Map<String, Object> byPopularity =
        ok(
            http.get(
                Http.action("package_search", "fq", "tags:" + tag, "sort", "popularity desc"),
                null));
    assertEquals(expected, names(byPopularity));
    Map<String, Object> fields =
        ok(
            http.get(
                Http.action(
                    "package_search",
                    "fq",
                    "name:" + busy,
                    "fl",
                    "name,views_total,downloads_total,popularity"),
                null));
    Map<String, Object> doc = map(ItSupport.list(fields.get("results")).get(0));
    assertEquals(4L, ((Number) doc.get("views_total")).longValue(), doc.toString());
    assertEquals(4L, ((Number) doc.get("popularity")).longValue(), doc.toString());

    String sort = URLEncoder.encode(SearchParams.POPULARITY, StandardCharsets.UTF_8);
    String page = look("/dataset?tags=" + tag + "&sort=" + sort);
    assertEquals(expected, datasetLinks(page, "populer-"), page);
    assertTrue(page.contains("selected>Paling populer</option>"), page);
    String byName = look("/dataset?tags=" + tag + "&sort=title_string+asc");
    assertEquals(List.of(quiet, busy, some), datasetLinks(byName, "populer-"));
  }

  @Test
  void mostDownloadedDatasetsAreOnTheHomePage() {
    String sfx = ItSupport.unique();
    String name = dataset("unduhan-" + sfx, "Paling Diunduh " + sfx, "unduhan" + sfx);
    Map<String, Object> r =
        setup.upload(http, name, "data.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    String url = (String) r.get("url");
    String download = url.substring(url.indexOf("/dataset/"));
    String context = base.getPath().replaceAll("/$", "");
    if (!context.isEmpty() && download.startsWith(context)) {
      download = download.substring(context.length());
    }
    for (int i = 0; i < 50; i++) {
      assertEquals(200, get(download, PERSON).statusCode());
    }
    String home =
        eventually(
            "the dataset among the most downloaded",
            COUNT_WAIT,
            () -> look("/"),
            html -> {
              // The dataset is also among the newest: look in the "most downloaded" section only.
              int section = html.indexOf("<h2 id=\"popular\">Paling banyak diunduh</h2>");
              return section > 0 && html.indexOf("Paling Diunduh " + sfx, section) > 0;
            });
    String popular = home.substring(home.indexOf("<h2 id=\"popular\">"));
    assertTrue(popular.contains("50 kali diunduh"), popular);
  }

  @Test
  void oneAnswerPerBrowserSharesOnThePageCommentsOnlyForThePublishers() {
    String sfx = ItSupport.unique();
    String name = dataset("tanggapan-" + sfx, "Data Tanggapan " + sfx, "tanggapan" + sfx);
    String secret = "Komentar rahasia " + sfx;

    HttpResponse<String> first = answer(name, null, "puas", null, "Origin", origin());
    assertEquals(303, first.statusCode(), first.body());
    String browserA = answerCookie(first);
    assertNotNull(browserA, "the first answer gives the browser its cookie");
    assertTrue(
        first
            .headers()
            .firstValue("Location")
            .orElse("")
            .contains("/dataset/" + name + "?tanggapan=1"));
    // The same browser changes its mind: the answer is replaced, not added.
    HttpResponse<String> again = answer(name, browserA, "sangat_puas", secret, "Origin", origin());
    assertEquals(303, again.statusCode(), again.body());
    assertEquals(null, answerCookie(again), "the cookie is kept");
    // Another browser (no cookie yet), whose page sends only a Referer.
    HttpResponse<String> other =
        answer(name, null, "tidak_puas", null, "Referer", http.base() + "/dataset/" + name);
    assertEquals(303, other.statusCode(), other.body());

    String page = look("/dataset/" + name);
    assertTrue(page.contains("Dari 2 tanggapan:"), page);
    assertTrue(page.contains("share-label\">Sangat Puas</span> <strong>50%</strong>"), page);
    assertTrue(page.contains("share-label\">Tidak Puas</span> <strong>50%</strong>"), page);
    assertTrue(page.contains("share-label\">Puas</span> <strong>0%</strong>"), page);
    assertFalse(page.contains(secret), "comments are never on a public page");
    HttpResponse<String> mine = get("/dataset/" + name, PERSON, "Cookie", browserA);
    assertTrue(
        mine.body().contains("value=\"sangat_puas\" checked"), "the browser sees its own answer");

    // Refused: another site's form, no origin at all, no answer, a comment too long.
    HttpResponse<String> forged =
        answer(name, null, "tidak_puas", null, "Origin", "https://evil.example");
    assertEquals(403, forged.statusCode());
    assertTrue(forged.body().contains("hanya dapat dikirim dari halaman dataset"), forged.body());
    assertEquals(403, answer(name, null, "tidak_puas", null).statusCode());
    HttpResponse<String> empty =
        answer(name, browserA, null, "tetap di sini " + sfx, "Origin", origin());
    assertEquals(422, empty.statusCode());
    assertTrue(empty.body().contains("Pilih salah satu jawaban"), empty.body());
    assertTrue(empty.body().contains(">tetap di sini " + sfx + "</textarea>"), "nothing is lost");
    HttpResponse<String> tooLong =
        send(
            request("/dataset/" + name + "/satisfaction?lang=en", PERSON, "Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "answer=puas&comment=" + "x".repeat(1001))));
    assertEquals(422, tooLong.statusCode());
    assertTrue(
        tooLong
            .body()
            .contains("The comment is too long: at most 1,000 characters, you wrote 1,001"),
        tooLong.body());
    assertTrue(look("/dataset/" + name).contains("Dari 2 tanggapan:"), "refusals stored nothing");

    // The comments: not in the public API, readable by the organisation's editor only.
    String show = http.get(Http.action("package_show", "id", name), null).body();
    assertFalse(show.contains(secret), show);
    String search = http.get(Http.action("package_search", "q", "name:" + name), null).body();
    assertFalse(search.contains(secret), search);
    Http.Reply report = http.get("/api/v1/datasets/" + name + "/satisfaction", setup.editor());
    assertEquals(200, report.status(), report.body());
    Map<String, Object> r = report.map();
    assertEquals(2L, ((Number) r.get("total")).longValue());
    assertEquals(50L, ((Number) map(r.get("percent")).get("sangat_puas")).longValue());
    List<Object> comments = ItSupport.list(r.get("comments"));
    assertEquals(1, comments.size(), report.body());
    assertEquals(secret, map(comments.get(0)).get("comment"));
    assertEquals("sangat_puas", map(comments.get(0)).get("answer"));
    assertFalse(report.body().contains("respondent"), report.body());
    assertTrue(
        report.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "private");
    assertEquals(
        403, http.get("/api/v1/datasets/" + name + "/satisfaction", setup.outsider()).status());
    assertEquals(403, http.get("/api/v1/datasets/" + name + "/satisfaction", null).status());
    assertEquals(
        404,
        http.get("/api/v1/datasets/tidak-ada-" + sfx + "/satisfaction", setup.editor()).status());
  }

  @Test
  void aReaderAnswersTheSatisfactionQuestionInARealBrowser() {
    String sfx = ItSupport.unique();
    String name = dataset("peramban-" + sfx, "Data Peramban " + sfx, "peramban" + sfx);
    browser.open("/dataset/" + name);
    browser.assertAccessible();
    assertTrue(browser.text().contains("Bagaimana tanggapan Anda?"), browser.text());
    assertTrue(browser.text().contains("Belum ada tanggapan"), browser.text());
    var driver = browser.driver();
    driver.findElement(By.cssSelector("input[name=answer][value=cukup_puas]")).click();
    driver.findElement(By.id("sat-comment")).sendKeys("Mohon data per desa " + sfx);
    driver.findElement(By.cssSelector("#tanggapan button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("tanggapan=1"));
    String text = browser.text();
    assertTrue(text.contains("Terima kasih, tanggapan Anda sudah tersimpan"), text);
    assertTrue(text.contains("Dari 1 tanggapan:"), text);
    assertTrue(text.contains("Cukup Puas 100%"), text);
    assertFalse(text.contains("Mohon data per desa"), "the comment stays private");
    assertTrue(
        driver.findElement(By.cssSelector("input[value=cukup_puas]")).isSelected(),
        "the browser's own answer is shown chosen");
    browser.screenshots("dataset-satisfaction");
    browser.assertAccessible();
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }
}
