package id.terbuka.web;

import static id.terbuka.web.ItSupport.CKAN_TIME;
import static id.terbuka.web.ItSupport.bareString;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.eventually;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.packageCreate;
import static id.terbuka.web.ItSupport.post;
import static id.terbuka.web.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The envelope and site actions (versions, status_show, bad requests), activity streams, and the
 * operator's reindex endpoints.
 *
 * <p>Part of the CKAN Action API compatibility suite: the deployed WAR driven over HTTP as an
 * external CKAN client would (ckanapi, harvesters), against the contract in the CKAN API brief.
 * Every test makes its own uniquely named objects, so tests and classes can share the database in
 * any order.
 */
@ExtendWith(SharedPortal.class)
class CkanSiteAndActivityIT {
  @SharedPortal.Base URL base;

  private Http http;

  /** Built once per class: each class has its own deployment (and site URL). */
  private static CkanWorld world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(CkanSiteAndActivityIT.class, () -> CkanWorld.build(http));
  }

  // ---------------------------------------------------------------- envelope

  @Test
  void envelopeVersionsAndBadRequests() {
    assertEquals(Map.of("version", 1L), http.get("/api", null).map());
    assertEquals(Map.of("version", 3L), http.get("/api/3", null).map());

    Http.Reply viaShortPath = http.get("/api/action/status_show", null);
    Map<String, Object> status = ok(viaShortPath);
    assertEquals("2.11.5", status.get("ckan_version"));
    for (String key :
        List.of("site_title", "site_description", "site_url", "locale_default", "extensions")) {
      assertTrue(status.containsKey(key), key);
    }
    Map<String, Object> envelope = viaShortPath.map();
    assertEquals(List.of("help", "success", "result"), new ArrayList<>(envelope.keySet()));
    assertTrue(
        envelope.get("help").toString().endsWith("/api/3/action/help_show?name=status_show"),
        envelope.get("help").toString());
    assertEquals(
        "application/json;charset=utf-8",
        viaShortPath
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .replace(" ", "")
            .toLowerCase());
    assertEquals(status, ok(http.get(Http.action("status_show"), null)));

    assertEquals(
        "Bad request - Action name not known: foo",
        bareString(http.get("/api/3/action/foo", null), 400));
    assertEquals(
        "Bad request - Action name not known: foo",
        bareString(post(http, "foo", null, Map.of()), 400));
    String overGet =
        bareString(http.get(Http.action("package_create", "name", "x"), world.admin), 400);
    assertTrue(overGet.startsWith("Bad request - "), overGet);
    String badJson =
        bareString(
            http.postRaw("/api/3/action/package_show", null, "application/json", "{\"id\": oops"),
            400);
    assertTrue(badJson.startsWith("Bad request - JSON Error"), badJson);
  }

  // ---------------------------------------------------------------- activity

  @Test
  void activityStreams() {
    String n = uniqueName("aktivitas");
    String id =
        (String)
            packageCreate(
                    http,
                    world.editorA,
                    dict(
                        "name",
                        n,
                        "owner_org",
                        world.orgA,
                        "groups",
                        List.of(dict("name", world.group2))))
                .get("id");
    ok(http, "package_patch", world.editorA, dict("id", id, "title", "Judul Baru"));

    List<Object> stream = ok(http.get(Http.action("package_activity_list", "id", n), null));
    assertEquals(2, stream.size(), stream.toString());
    Map<String, Object> newest = map(stream.get(0));
    Map<String, Object> oldest = map(stream.get(1));
    assertEquals("changed package", newest.get("activity_type"));
    assertEquals("new package", oldest.get("activity_type"));
    assertEquals(id, newest.get("object_id"));
    assertEquals("Judul Baru", map(map(newest.get("data")).get("package")).get("title"));
    assertEquals(n, map(map(oldest.get("data")).get("package")).get("title"));
    assertTrue(CKAN_TIME.matcher((String) newest.get("timestamp")).matches());
    assertTrue(((String) newest.get("timestamp")).compareTo((String) oldest.get("timestamp")) >= 0);
    assertEquals(
        1,
        list(ok(http.get(Http.action("package_activity_list", "id", n, "limit", "1"), null)))
            .size());
    assertEquals(
        "new package",
        map(list(ok(http.get(Http.action("package_activity_list", "id", n, "offset", "1"), null)))
                .get(0))
            .get("activity_type"));

    assertTrue(
        objectIds(
                http.get(
                    Http.action("organization_activity_list", "id", world.orgA, "limit", "100"),
                    null))
            .contains(id));
    assertTrue(
        objectIds(http.get(Http.action("group_activity_list", "id", world.group2), null))
            .contains(id));
    assertTrue(
        objectIds(
                http.get(
                    Http.action("recently_changed_packages_activity_list", "limit", "100"), null))
            .contains(id));

    // A private dataset's activities are hidden from those who cannot read it.
    String pn = uniqueName("aktivitas-privat");
    String pid =
        (String)
            packageCreate(
                    http, world.editorA, dict("name", pn, "owner_org", world.orgA, "private", true))
                .get("id");
    failed(
        http.get(Http.action("package_activity_list", "id", pn), null), 403, "Authorization Error");
    assertEquals(
        1,
        list(ok(http.get(Http.action("package_activity_list", "id", pn), world.memberA))).size());
    assertFalse(
        objectIds(
                http.get(
                    Http.action("recently_changed_packages_activity_list", "limit", "100"), null))
            .contains(pid));
    assertFalse(
        objectIds(
                http.get(
                    Http.action("organization_activity_list", "id", world.orgA, "limit", "100"),
                    world.outsider))
            .contains(pid));
    assertTrue(
        objectIds(
                http.get(
                    Http.action("organization_activity_list", "id", world.orgA, "limit", "100"),
                    world.memberA))
            .contains(pid));

    // Purged, it leaves a note in the log that is no more visible than the dataset was.
    ok(http, "dataset_purge", world.admin, dict("id", pid));
    List<Object> recent =
        ok(http.get(Http.action("recently_changed_packages_activity_list", "limit", "100"), null));
    assertFalse(recent.toString().contains(pn), "anonymous sees nothing of it: " + recent);
    List<Object> forMember =
        ok(
            http.get(
                Http.action("recently_changed_packages_activity_list", "limit", "100"),
                world.memberA));
    assertTrue(
        forMember.stream()
            .map(ItSupport::map)
            .anyMatch(
                a ->
                    pid.equals(a.get("object_id"))
                        && "purged package".equals(a.get("activity_type"))),
        forMember.toString());
  }

  private static List<Object> objectIds(Http.Reply r) {
    List<Object> activities = ok(r);
    return activities.stream().map(a -> map(a).get("object_id")).toList();
  }

  // ---------------------------------------------------------------- the index

  @Test
  void adminReindexEndpoints() {
    Map<String, Object> check =
        eventually(
            "index in sync",
            ItSupport.SEARCH_WAIT,
            () -> ItSupport.reindexCheck(http),
            m -> Boolean.TRUE.equals(m.get("in_sync")));
    assertEquals(0L, check.get("missing"));
    assertEquals(0L, check.get("stale"));
    assertEquals(0L, check.get("orphaned"));
    assertEquals(check.get("datasets"), check.get("indexed"));

    Http.Reply reindex =
        http.postJsonWithHeaders(
            "/api/v1/admin/reindex",
            Map.of("X-Terbuka-Cli-Secret", TestInfrastructure.cliSecret()),
            Map.of());
    assertEquals(200, reindex.status(), reindex.body());
    Map<String, Object> counts = reindex.map();
    assertTrue(((Number) counts.get("indexed")).longValue() >= 1, counts.toString());
    assertTrue(counts.containsKey("orphans_removed"));
    assertEquals(
        Boolean.TRUE,
        eventually(
                "in sync after reindex",
                ItSupport.SEARCH_WAIT,
                () -> ItSupport.reindexCheck(http),
                m -> Boolean.TRUE.equals(m.get("in_sync")))
            .get("in_sync"));

    // A sysadmin token is accepted too; nothing else is.
    assertEquals(200, http.get("/api/v1/admin/reindex/check", world.admin).status());
    for (Http.Reply denied :
        List.of(
            http.get("/api/v1/admin/reindex/check", null),
            http.get("/api/v1/admin/reindex/check", world.orgAdminA),
            http.getWithHeaders(
                "/api/v1/admin/reindex/check", Map.of("X-Terbuka-Cli-Secret", "wrong")),
            http.postJson("/api/v1/admin/reindex", null, Map.of()),
            http.postJson("/api/v1/admin/tokens", world.editorA, Map.of("user", "admin")))) {
      assertEquals(403, denied.status(), denied.body());
      assertTrue(
          denied
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"),
          denied.headers().toString());
      assertEquals(403L, denied.map().get("status"));
      assertFalse(denied.body().contains("Exception"), denied.body());
    }
  }
}
