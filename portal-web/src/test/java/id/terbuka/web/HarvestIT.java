package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The harvester (issue 13, item 6) against a second Terbuka acting as a kecamatan's CKAN portal: a
 * first full run copies its datasets into a local organisation, a repeated run changes nothing, an
 * incremental run after remote changes creates and updates, a full run withdraws what the remote
 * deleted. A fake remote on a local socket plays the broken and hostile portals: slow (one run per
 * source: 409), not JSON, redirecting to another host, and a dataset our rules refuse.
 */
@ExtendWith(SharedPortal.class)
class HarvestIT {
  private static final Duration RUN_WAIT = Duration.ofSeconds(90);

  @SharedPortal.Base URL base;

  private static RemotePortal remote;
  private static HttpServer fake;

  @BeforeAll
  static void startRemote() throws Exception {
    remote = RemotePortal.start();
    fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/slow/", e -> slow(e));
    fake.createContext("/html/", e -> answer(e, 200, "text/html", "<html>not CKAN</html>"));
    fake.createContext(
        "/away/",
        e -> {
          // 127.0.0.1 was asked: "localhost" is another host name, so it is not followed.
          e.getResponseHeaders()
              .add("Location", "http://localhost:" + fake.getAddress().getPort() + "/html/");
          answer(e, 302, "text/plain", "");
        });
    fake.createContext("/mixed/", e -> answer(e, 200, "application/json", MIXED));
    fake.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    fake.start();
  }

  @AfterAll
  static void stopRemote() {
    if (fake != null) {
      fake.stop(0);
    }
    if (remote != null) {
      remote.close();
    }
  }

  /** One dataset our rules take, one whose resource link is a script. */
  private static final String MIXED =
      """
      {"success": true, "result": {"count": 2, "results": [
        {"id": "fake-good", "name": "fake-good", "title": "Good",
         "metadata_modified": "2026-01-01T00:00:00.000001", "resources": []},
        {"id": "fake-bad", "name": "fake-bad", "title": "Bad",
         "metadata_modified": "2026-01-02T00:00:00.000001",
         "resources": [{"url": "javascript:alert(1)"}]}]}}
      """;

  @Test
  void harvestsAnotherTerbukaIncrementallyAndIdempotently() {
    Http local = new Http(base.toString());
    Http far = new Http(remote.base() + "/");
    String farAdmin = farToken(far);
    String admin = ItSupport.cliToken(local, "admin");
    String sfx = ItSupport.unique();

    // The remote portal: a kecamatan with three datasets.
    String farOrg = "kec-kapas-" + sfx;
    ok(far, "organization_create", farAdmin, dict("name", farOrg, "title", "Kecamatan Kapas"));
    String a = "penduduk-" + sfx;
    String b = "sekolah-" + sfx;
    String c = "posyandu-" + sfx;
    Map<String, Object> farA =
        ItSupport.packageCreate(
            far,
            farAdmin,
            dict(
                "name",
                a,
                "title",
                "Penduduk Kapas",
                "notes",
                "Jumlah penduduk per desa",
                "owner_org",
                farOrg,
                "license_id",
                "cc-by",
                "frekuensi",
                "tahunan",
                "cakupan_wilayah",
                List.of("35.22"),
                "tags",
                List.of(dict("name", "penduduk")),
                "extras",
                List.of(dict("key", "sumber", "value", "Kantor Kecamatan")),
                "resources",
                List.of(dict("url", "https://kapas.example.go.id/penduduk.csv", "name", "CSV"))));
    ItSupport.packageCreate(
        far, farAdmin, dict("name", b, "title", "Sekolah", "owner_org", farOrg));
    ItSupport.packageCreate(
        far, farAdmin, dict("name", c, "title", "Posyandu", "owner_org", farOrg));
    ItSupport.searchUntil(
        far, null, n -> n.size() == 3, "remote indexed", "fq", "organization:" + farOrg);

    // Here: the regency's organisation, and a dataset that already has b's name elsewhere.
    String org = "harvest-" + sfx;
    ok(
        local,
        "organization_create",
        admin,
        dict("name", org, "title", "Kecamatan Kapas (harvested)"));
    String otherOrg = "other-" + sfx;
    ok(local, "organization_create", admin, dict("name", otherOrg));
    ItSupport.packageCreate(local, admin, dict("name", b, "title", "Ours", "owner_org", otherOrg));

    // Sources are for sysadmins, and only http(s).
    Map<String, Object> body = dict("url", remote.base(), "organization", org, "title", "Kapas");
    assertEquals(401, local.postJson("/api/v1/harvest/sources", null, body).status());
    String editor = PublisherSetup.userWithToken(local, admin, "harvest-ed-" + sfx, org, "admin");
    assertEquals(403, local.postJson("/api/v1/harvest/sources", editor, body).status());
    Http.Reply refused =
        local.postJson(
            "/api/v1/harvest/sources",
            admin,
            dict("url", "file:///etc/passwd", "organization", org));
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("http or https"), refused.body());
    Http.Reply created = local.postJson("/api/v1/harvest/sources", admin, body);
    assertEquals(201, created.status(), created.body());
    String source = (String) created.map().get("id");
    assertTrue(local.get("/api/v1/harvest/sources", admin).body().contains(source), "listed");

    // First run: full, everything created; b's local name is taken, so it gets a suffix.
    Map<String, Object> first = runToEnd(local, admin, source, false);
    assertEquals("succeeded", first.get("status"), first.toString());
    assertEquals(true, first.get("full"));
    assertCounts(first, 3, 0, 0, 0, 0);
    Map<String, Object> localA = ItSupport.packageShow(local, admin, a);
    assertEquals("Penduduk Kapas", localA.get("title"));
    assertEquals("Jumlah penduduk per desa", localA.get("notes"));
    assertEquals("cc-by", localA.get("license_id"));
    assertEquals("tahunan", localA.get("frekuensi"));
    assertEquals(map(localA.get("organization")).get("name"), org);
    assertEquals(false, localA.get("private"));
    assertEquals("penduduk", map(list(localA.get("tags")).get(0)).get("name"));
    Map<String, String> extras = extras(localA);
    assertEquals("Kantor Kecamatan", extras.get("sumber"));
    assertEquals(farA.get("id"), extras.get("harvest_remote_id"));
    assertEquals(source, extras.get("harvest_source_id"));
    Map<String, Object> resource = map(list(localA.get("resources")).get(0));
    assertEquals("https://kapas.example.go.id/penduduk.csv", resource.get("url"));
    String resourceId = (String) resource.get("id");
    Map<String, Object> localB = ItSupport.packageShow(local, admin, b + "-2");
    assertEquals("Sekolah", localB.get("title"));
    assertEquals("Ours", ItSupport.packageShow(local, admin, b).get("title"), "ours untouched");
    ItSupport.searchUntil(
        local, null, n -> n.size() == 3, "harvested datasets indexed", "fq", "organization:" + org);

    // A repeated run changes nothing: no write, no activity, the same metadata_modified.
    int activities = activityCount(local, admin, a);
    Map<String, Object> again = runToEnd(local, admin, source, false);
    assertEquals("succeeded", again.get("status"), again.toString());
    assertEquals(false, again.get("full"));
    assertCounts(again, 0, 0, -1, 0, 0);
    assertEquals(
        localA.get("metadata_modified"),
        ItSupport.packageShow(local, admin, a).get("metadata_modified"));
    assertEquals(activities, activityCount(local, admin, a));

    // Remote changes: a edited, d new, c deleted.
    ok(far, "package_patch", farAdmin, dict("id", a, "notes", "Jumlah penduduk per desa, 2025"));
    String d = "puskesmas-" + sfx;
    ItSupport.packageCreate(
        far, farAdmin, dict("name", d, "title", "Puskesmas", "owner_org", farOrg));
    ok(far, "package_delete", farAdmin, dict("id", c));
    ItSupport.searchUntil(
        far,
        null,
        n -> n.contains(d) && !n.contains(c),
        "remote changes indexed",
        "fq",
        "organization:" + farOrg);

    // Incremental: only what changed since the mark; deletions are not seen by an incremental run.
    Map<String, Object> incremental = runToEnd(local, admin, source, false);
    assertEquals("succeeded", incremental.get("status"), incremental.toString());
    assertCounts(incremental, 1, 1, -1, 0, 0);
    Map<String, Object> changedA = ItSupport.packageShow(local, admin, a);
    assertEquals("Jumlah penduduk per desa, 2025", changedA.get("notes"));
    assertNotEquals(localA.get("metadata_modified"), changedA.get("metadata_modified"));
    assertEquals(
        resourceId, map(list(changedA.get("resources")).get(0)).get("id"), "same resource");
    assertEquals("Puskesmas", ItSupport.packageShow(local, admin, d).get("title"));
    assertEquals("active", ItSupport.packageShow(local, admin, c).get("state"));

    // Full: c withdrawn (soft-deleted), everything else unchanged.
    Map<String, Object> full = runToEnd(local, admin, source, true);
    assertEquals("succeeded", full.get("status"), full.toString());
    assertCounts(full, 0, 0, 3, 1, 0);
    assertEquals("deleted", ItSupport.packageShow(local, admin, c).get("state"));
    assertEquals(404, local.get(Http.action("package_show", "id", c), null).status());

    // And once more: nothing to do.
    Object modifiedA = ItSupport.packageShow(local, admin, a).get("metadata_modified");
    Map<String, Object> fullAgain = runToEnd(local, admin, source, true);
    assertCounts(fullAgain, 0, 0, 3, 0, 0);
    assertEquals(modifiedA, ItSupport.packageShow(local, admin, a).get("metadata_modified"));

    Http.Reply runs = local.get("/api/v1/harvest/sources/" + source + "/runs", admin);
    assertEquals(200, runs.status(), runs.body());
    assertEquals(5, list(runs.map().get("runs")).size());

    // The same through the publisher pages: signed out, to the login page; the sysadmin sees the
    // source, its runs, and starts one with the form.
    PublisherPagesIT.Visitor v = new PublisherPagesIT.Visitor(base);
    PublisherPagesIT.Page signedOut = v.get("/dashboard/harvest");
    assertEquals(303, signedOut.status());
    assertTrue(signedOut.location().contains("/user/login"), signedOut.location());
    assertEquals(303, v.signIn("admin", TestInfrastructure.ADMIN_PASSWORD).status());
    PublisherPagesIT.Page listed = v.get("/dashboard/harvest?lang=en");
    assertEquals(200, listed.status(), listed.body());
    assertTrue(listed.body().contains("Harvest sources"), listed.body());
    assertTrue(listed.body().contains("/dashboard/harvest/" + source), listed.body());
    PublisherPagesIT.Page page = v.get("/dashboard/harvest/" + source + "?lang=id");
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("Riwayat panen"), page.body());
    assertTrue(page.body().contains("Berhasil"), page.body());
    assertEquals(5, page.body().split("<td>Berhasil</td>", -1).length - 1, "one row per run");
    PublisherPagesIT.Page started =
        v.post("/dashboard/harvest/" + source, "_csrf", v.csrf(page), "full", "1");
    assertEquals(303, started.status(), started.body());
    assertTrue(started.location().contains("done=harvest-started"), started.location());
    Map<String, Object> byForm =
        waitFor(
            local,
            admin,
            source,
            (String)
                map(list(local
                            .get("/api/v1/harvest/sources/" + source + "/runs", admin)
                            .map()
                            .get("runs"))
                        .get(0))
                    .get("id"));
    assertEquals(true, byForm.get("full"));
    assertCounts(byForm, 0, 0, 3, 0, 0);
    assertEquals(404, v.get("/dashboard/harvest/no-such-source").status());
  }

  @Test
  void brokenAndHostileRemotesFailWithAReason() {
    Http local = new Http(base.toString());
    String admin = ItSupport.cliToken(local, "admin");
    String org = "fake-" + ItSupport.unique();
    ok(local, "organization_create", admin, dict("name", org));
    String root = "http://127.0.0.1:" + fake.getAddress().getPort();

    String slow = source(local, admin, root + "/slow", org);
    Http.Reply started =
        local.postJson("/api/v1/harvest/sources/" + slow + "/runs", admin, Map.of());
    assertEquals(202, started.status(), started.body());
    Http.Reply second =
        local.postJson("/api/v1/harvest/sources/" + slow + "/runs", admin, Map.of());
    assertEquals(409, second.status(), "one run per source at a time: " + second.body());
    Map<String, Object> slowRun = waitFor(local, admin, slow, (String) started.map().get("id"));
    assertEquals("failed", slowRun.get("status"));
    assertEquals("The remote's answer is not JSON (HTTP 200)", slowRun.get("message"));

    Map<String, Object> html =
        runToEnd(local, admin, source(local, admin, root + "/html", org), false);
    assertEquals("failed", html.get("status"));
    assertEquals("The remote's answer is not JSON (HTTP 200)", html.get("message"));

    Map<String, Object> away =
        runToEnd(local, admin, source(local, admin, root + "/away", org), false);
    assertEquals("failed", away.get("status"));
    assertEquals("The remote redirected to another host: localhost", away.get("message"));

    Map<String, Object> mixed =
        runToEnd(local, admin, source(local, admin, root + "/mixed", org), false);
    assertEquals("partial", mixed.get("status"), mixed.toString());
    assertCounts(mixed, 1, 0, 0, 0, 1);
    Map<String, Object> error = map(list(mixed.get("errors")).get(0));
    assertEquals("fake-bad", error.get("remote_id"));
    assertEquals("Resource 1 has a URL that is not http, https or ftp", error.get("reason"));
    PublisherPagesIT.Visitor v = new PublisherPagesIT.Visitor(base);
    assertEquals(303, v.signIn("admin", TestInfrastructure.ADMIN_PASSWORD).status());
    String mixedId = (String) mixed.get("source_id");
    PublisherPagesIT.Page page = v.get("/dashboard/harvest/" + mixedId + "?lang=en");
    assertTrue(page.body().contains("<td>fake-bad</td>"), page.body());
    assertTrue(page.body().contains("Partly failed"), page.body());

    assertEquals(404, local.get("/api/v1/harvest/sources/nope/runs", admin).status());
    assertEquals(404, local.get("/api/v1/harvest/sources/" + slow + "/runs/nope", admin).status());
  }

  private static String source(Http local, String admin, String url, String org) {
    Http.Reply r =
        local.postJson("/api/v1/harvest/sources", admin, dict("url", url, "organization", org));
    assertEquals(201, r.status(), r.body());
    return (String) r.map().get("id");
  }

  /** Starts a run and waits for its report. */
  private static Map<String, Object> runToEnd(
      Http local, String admin, String source, boolean full) {
    Http.Reply started =
        local.postJson("/api/v1/harvest/sources/" + source + "/runs", admin, Map.of("full", full));
    assertEquals(202, started.status(), started.body());
    assertEquals("running", started.map().get("status"));
    return waitFor(local, admin, source, (String) started.map().get("id"));
  }

  private static Map<String, Object> waitFor(Http local, String admin, String source, String run) {
    return ItSupport.eventually(
        "harvest run " + run + " finished",
        RUN_WAIT,
        () -> local.get("/api/v1/harvest/sources/" + source + "/runs/" + run, admin).map(),
        m -> m.get("status") != null && !"running".equals(m.get("status")));
  }

  /** created, updated, unchanged (-1: any), withdrawn, failed. */
  private static void assertCounts(Map<String, Object> run, int... expected) {
    Map<String, Object> counts = map(run.get("counts"));
    String[] keys = {"created", "updated", "unchanged", "withdrawn", "failed"};
    for (int i = 0; i < keys.length; i++) {
      if (expected[i] >= 0) {
        assertEquals(
            expected[i], ((Number) counts.get(keys[i])).intValue(), keys[i] + " in " + run);
      }
    }
  }

  private static Map<String, String> extras(Map<String, Object> dataset) {
    Map<String, String> out = new HashMap<>();
    for (Object e : list(dataset.get("extras"))) {
      out.put((String) map(e).get("key"), String.valueOf(map(e).get("value")));
    }
    return out;
  }

  private static int activityCount(Http local, String admin, String name) {
    List<Object> activities =
        ok(local.get(Http.action("package_activity_list", "id", name, "limit", "100"), admin));
    return activities.size();
  }

  private static String farToken(Http far) {
    Http.Reply r =
        far.postJsonWithHeaders(
            "/api/v1/admin/tokens",
            Map.of("X-Terbuka-Cli-Secret", remote.cliSecret()),
            Map.of("user", "admin", "name", "harvest-it"));
    assertEquals(200, r.status(), r.body());
    return (String) r.map().get("token");
  }

  private static void slow(HttpExchange e) throws IOException {
    try {
      Thread.sleep(3000);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
    answer(e, 200, "application/json", "{\"success\": tru");
  }

  private static void answer(HttpExchange e, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.getResponseHeaders().add("Content-Type", type);
    e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      e.getResponseBody().write(bytes);
    }
    e.close();
  }
}
