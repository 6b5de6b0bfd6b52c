package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A dataset's history and one change as pages (issue 13, item 2): every change listed with who, the
 * resource it was about, the reason and the fields it changed; a change's page with the values
 * before and after and the unified diff; the same visibility as the activity API (a private
 * dataset's history is not found; a version from while it was private is not listed).
 */
@ExtendWith(SharedPortal.class)
class HistoryPagesIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  private static final Pattern CHANGE_LINK =
      Pattern.compile("href=\"/dataset/changes/([0-9a-f-]{36})\"");

  @SharedPortal.Base URL base;

  @Test
  void everyChangeIsListedAndEachShowsItsDiff() {
    Http http = new Http(base.toString());
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    String org = "riwayat-" + sfx;
    ok(http, "organization_create", admin, dict("name", org, "title", "Dinas Riwayat"));
    String name = "stunting-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", name, "title", "Balita stunting", "owner_org", org));
    ok(
        http,
        "package_patch",
        admin,
        dict("id", name, "title", "Balita stunting per desa", "reason", "judul diperjelas"));
    ok(
        http,
        "resource_create",
        admin,
        dict(
            "package_id",
            name,
            "name",
            "Tabel desa",
            "url",
            "https://data.example.org/stunting.csv",
            "format",
            "CSV"));
    // A version from while it was private is hidden from strangers, as in the API.
    ok(http, "package_patch", admin, dict("id", name, "private", true, "notes", "Rahasia" + sfx));
    ok(http, "package_patch", admin, dict("id", name, "private", false, "notes", "Catatan publik"));

    Http.Reply page = http.get("/dataset/activity/" + name, null);
    assertEquals(200, page.status(), page.body());
    String html = page.body();
    List<Object> api = ok(http.get(Http.action("package_activity_list", "id", name), null));
    List<String> links = links(html);
    assertEquals(
        api.stream().map(a -> String.valueOf(map(a).get("id"))).toList(),
        links,
        "the page lists what package_activity_list lists, in its order");
    assertEquals(4, links.size(), "created, retitled, resource added, made public: " + html);
    assertFalse(html.contains("Rahasia" + sfx), "nothing of the private version");
    assertTrue(html.contains("judul diperjelas"), "the reason");
    assertTrue(html.contains("Sumber data ditambahkan: Tabel desa"), "the resource, by name");
    assertTrue(html.contains("<code>title</code>"), "the field the retitling changed");
    assertTrue(html.contains("membuat dataset ini"), html);

    // The retitling's own page: before and after, and the unified diff.
    String retitled = links.get(links.size() - 2);
    Http.Reply change = http.get("/dataset/changes/" + retitled, null);
    assertEquals(200, change.status(), change.body());
    String c = change.body();
    assertTrue(c.contains("<code>title</code>"), c);
    assertTrue(c.contains("<pre>\"Balita stunting\"</pre>"), c);
    assertTrue(c.contains("-  \"title\": \"Balita stunting\""), c);
    assertTrue(c.contains("+  \"title\": \"Balita stunting per desa\""), c);
    assertTrue(c.contains("judul diperjelas"), c);
    assertTrue(c.contains("href=\"/dataset/activity/" + name + "\""), "back to the history");
    String en = http.get("/dataset/changes/" + retitled + "?lang=en", null).body();
    assertTrue(en.contains("Before") && en.contains("After"), en);

    // What is not a dataset's public change is not found; a bad page number is a 400.
    List<Object> orgActivities =
        ok(http.get(Http.action("organization_activity_list", "id", org), null));
    String orgChange =
        orgActivities.stream()
            .map(ItSupport::map)
            .filter(a -> String.valueOf(a.get("activity_type")).endsWith("organization"))
            .map(a -> String.valueOf(a.get("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(orgActivities.toString()));
    assertEquals(404, http.get("/dataset/changes/" + orgChange, null).status());
    assertEquals(404, http.get("/dataset/changes/" + java.util.UUID.randomUUID(), null).status());
    assertEquals(400, http.get("/dataset/activity/" + name + "?page=0", null).status());
    assertEquals(404, http.get("/dataset/activity/tidak-ada-" + sfx, null).status());

    String hidden = "rahasia-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", hidden, "owner_org", org, "private", true, "title", "Rahasia"));
    assertEquals(404, http.get("/dataset/activity/" + hidden, null).status());
    List<Object> hiddenActivities =
        ok(http.get(Http.action("package_activity_list", "id", hidden), admin));
    String hiddenChange = String.valueOf(map(hiddenActivities.get(0)).get("id"));
    assertEquals(404, http.get("/dataset/changes/" + hiddenChange, null).status());

    // The dataset page leads to its history.
    assertTrue(
        http.get("/dataset/" + name, null)
            .body()
            .contains("href=\"/dataset/activity/" + name + "\""));

    browser.open("/dataset/activity/" + name);
    assertTrue(browser.text().contains("Balita stunting per desa"));
    browser.assertAccessible();
    browser.open("/dataset/changes/" + retitled);
    browser.assertAccessible();
  }

  private static List<String> links(String html) {
    Matcher m = CHANGE_LINK.matcher(html);
    List<String> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
