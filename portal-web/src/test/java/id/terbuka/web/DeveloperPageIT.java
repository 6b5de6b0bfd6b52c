package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /developer} on the deployed WAR: both languages, every registered CKAN action in the list
 * it belongs to (read from the action table as the probe does, so the page and the API cannot
 * disagree), the limits the code enforces, links from the footer and the sitemap, and an axe check
 * in Chromium with JavaScript off.
 */
@ExtendWith(SharedPortal.class)
class DeveloperPageIT {
  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
  }

  @Test
  void listsEveryActionInItsListInIndonesianByDefault() throws Exception {
    Http.Reply page = http.get("/developer", null);
    assertEquals(200, page.status());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"id\">"), html);
    assertTrue(html.contains("<h1>API untuk pengembang</h1>"), html);
    Map<String, Boolean> actions = ProbeTargets.registeredActions();
    int readStart = html.indexOf("id=\"ckan-read\"");
    int writeStart = html.indexOf("id=\"ckan-write\"");
    int end = html.indexOf("id=\"native\"");
    assertTrue(readStart > 0 && writeStart > readStart && end > writeStart, html);
    String reads = html.substring(readStart, writeStart);
    String writes = html.substring(writeStart, end);
    long readCount = actions.values().stream().filter(r -> r).count();
    assertTrue(reads.contains("(" + readCount + ")"), reads);
    assertTrue(writes.contains("(" + (actions.size() - readCount) + ")"), writes);
    for (var a : actions.entrySet()) {
      String item = "<li><code>" + a.getKey() + "</code></li>";
      assertEquals(a.getValue(), reads.contains(item), a.getKey() + " in the read list");
      assertEquals(!a.getValue(), writes.contains(item), a.getKey() + " in the write list");
    }
    assertTrue(html.contains("href=\"/openapi\""), "links the OpenAPI document");
    assertTrue(html.contains("Authorization"), "says how to send a token");
    assertTrue(html.contains("32.000"), "datastore_search's cap in Indonesian digits");
  }

  @Test
  void englishAndTheLimitsTheCodeEnforces() {
    Http.Reply page = http.get("/developer?lang=en", null);
    assertEquals(200, page.status());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"en\">"), html);
    assertTrue(html.contains("<h1>API for developers</h1>"), html);
    assertTrue(html.contains("package_search: at most 1,000 rows a page."), html);
    assertTrue(html.contains("datastore_search: at most 32,000 records a page"), html);
    assertTrue(html.contains("DataStore dumps: 8 at once per server"), html);
    assertTrue(
        html.contains(
            "after 5 failed attempts for a user name, that name is refused for 15 minutes"),
        html);
    assertTrue(html.contains("There is no per-client request quota today."), html);
    assertFalse(html.contains("??"), "a missing text");
  }

  @Test
  void linkedFromThePagesAndTheSitemapAndNothingBelowIt() {
    assertTrue(http.get("/", null).body().contains("href=\"/developer\""));
    assertTrue(http.get("/dataset", null).body().contains("href=\"/developer\""));
    assertTrue(http.get("/sitemap.xml", null).body().contains("/developer</loc>"));
    assertEquals(404, http.get("/developer/x", null).status());
    assertEquals(Map.of("version", 1L), http.get("/api", null).map(), "GET /api stays CKAN's");
  }

  @Test
  void accessibleWithoutJavaScript() {
    browser.open("/developer");
    assertTrue(browser.text().contains("API untuk pengembang"));
    browser.screenshots("developer");
    browser.assertAccessible();
    browser.open("/developer?lang=en");
    browser.assertAccessible();
  }
}
