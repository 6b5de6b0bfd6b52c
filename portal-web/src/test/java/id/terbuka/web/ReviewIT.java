package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.PublisherPagesIT.Page;
import id.terbuka.web.PublisherPagesIT.Visitor;
import id.terbuka.web.browser.Browser;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The walidata's review (issue 13, item 1) over HTTP against the one shared portal: in an
 * organisation with {@code review_required}, a producer's new dataset is a draft the public cannot
 * see until approved; a change to a published dataset (metadata, a new resource with its file)
 * waits while the public (API, search, DCAT, downloads) keeps the approved version and the editors
 * see the proposal; the walidata returns with a reason or approves, and the approval is what the
 * publication log and the activity stream record. Permissions, bad input and the pages (with axe).
 */
@ExtendWith(SharedPortal.class)
class ReviewIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();

  @SharedPortal.Base URL base;

  private Http http;
  private String admin;
  private String sfx;
  private String org;
  private String producerName;
  private String producer;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    admin = ItSupport.cliToken(http, "admin");
    sfx = ItSupport.unique();
    org = "dinas-verifikasi-" + sfx;
    Map<String, Object> created =
        ok(
            http,
            "organization_create",
            admin,
            dict("name", org, "title", "Dinas Verifikasi " + sfx, "review_required", true));
    assertEquals(Boolean.TRUE, created.get("review_required"));
    producerName = "produsen-" + sfx;
    producer = PublisherSetup.userWithToken(http, admin, producerName, org, "editor");
  }

  @Test
  void aNewDatasetIsADraftUntilTheWalidataApprovesIt() {
    String name = "baru-" + sfx;
    Map<String, Object> made =
        ItSupport.packageCreate(
            http, producer, dict("name", name, "title", "Dataset baru", "owner_org", org));
    assertEquals("draft", made.get("state"), "waits as a draft, whatever the producer asked");
    assertEquals("menunggu_verifikasi", made.get("review_status"));
    failed(http.get(Http.action("package_show", "id", name), null), 403, "Authorization Error");
    assertFalse(http.get("/dataset/" + name, null).status() == 200, "no public page for a draft");
    assertEquals(404, http.get("/dataset/" + name + ".jsonld", null).status());

    Map<String, Object> item = onlyItem(producer, name);
    assertEquals("dataset_baru", item.get("kind"));
    assertEquals(producerName, item.get("submitted_by"));
    String id = (String) item.get("id");

    // The producer cannot decide; the walidata returns it with a reason, which the producer reads.
    assertEquals(403, http.postJson("/api/v1/reviews/" + id + "/approve", producer, "").status());
    Http.Reply noReason = http.postJson("/api/v1/reviews/" + id + "/return", admin, Map.of());
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("reason"), noReason.body());
    Map<String, Object> returned =
        http.postJson(
                "/api/v1/reviews/" + id + "/return", admin, Map.of("reason", "Lengkapi satuan"))
            .map();
    assertEquals("dikembalikan", returned.get("status"), returned.toString());
    Map<String, Object> seen = ItSupport.packageShow(http, producer, name);
    assertEquals("dikembalikan", seen.get("review_status"));
    assertEquals("Lengkapi satuan", seen.get("review_reason"));
    assertEquals(409, http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").status());

    // Corrected: it waits again, and the walidata approves it.
    Map<String, Object> fixed =
        ok(http, "package_patch", producer, dict("id", name, "satuan", "orang"));
    assertEquals("draft", fixed.get("state"));
    assertEquals("menunggu_verifikasi", fixed.get("review_status"));
    long before = headSeq();
    Map<String, Object> approved =
        http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").map();
    assertEquals("disetujui", approved.get("status"), approved.toString());
    assertEquals("admin", approved.get("decided_by"));
    Map<String, Object> public_ = ok(http.get(Http.action("package_show", "id", name), null));
    assertEquals("active", public_.get("state"));
    assertEquals("disetujui", public_.get("review_status"));
    assertEquals("orang", public_.get("satuan"));
    assertEquals(
        List.of("dataset_version_approved"),
        eventsAbout(before, name),
        "the approval is the publication the log records");
    assertEquals(409, http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").status());
    ItSupport.searchUntil(
        http, null, names -> names.contains(name), "approved dataset indexed", "q", "name:" + name);
  }

  @Test
  void aChangeWaitsWhileThePublicKeepsTheApprovedVersion() throws Exception {
    String name = "terbit-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", name, "title", "Judul lama " + sfx, "owner_org", org));
    Map<String, Object> live = ItSupport.packageShow(http, null, name);
    assertEquals("disetujui", live.get("review_status"), "the walidata's own are approved");
    ItSupport.searchUntil(
        http,
        null,
        names -> names.contains(name),
        "published dataset indexed",
        "q",
        "name:" + name);

    // The producer retitles it and adds a resource with a file: nothing of it is public.
    Map<String, Object> proposal =
        ok(http, "package_patch", producer, dict("id", name, "title", "Judul baru " + sfx));
    assertEquals("Judul baru " + sfx, proposal.get("title"));
    assertEquals("menunggu_verifikasi", proposal.get("review_status"));
    assertEquals("active", proposal.get("state"));
    byte[] csv =
        ("kecamatan,jumlah\nKapas," + sfx.length() + "\n").getBytes(StandardCharsets.UTF_8);
    Map<String, Object> resource =
        ok(
            http.postMultipart(
                "/api/3/action/resource_create",
                producer,
                Map.of("package_id", name, "name", "Tabel usulan", "format", "CSV"),
                "usulan.csv",
                csv));
    String rid = (String) resource.get("id");
    assertTrue(
        String.valueOf(resource.get("url")).contains("/dashboard/verifikasi/"),
        resource.toString());

    Map<String, Object> publicNow = ok(http.get(Http.action("package_show", "id", name), null));
    assertEquals("Judul lama " + sfx, publicNow.get("title"));
    assertEquals(0, list(publicNow.get("resources")).size());
    assertEquals("disetujui", publicNow.get("review_status"));
    Map<String, Object> editorNow = ItSupport.packageShow(http, producer, name);
    assertEquals("Judul baru " + sfx, editorNow.get("title"));
    assertEquals(1, list(editorNow.get("resources")).size());
    failed(http.get(Http.action("resource_show", "id", rid), null), 404, "Not Found Error");
    Map<String, Object> proposed = ok(http.get(Http.action("resource_show", "id", rid), producer));
    assertEquals("Tabel usulan", proposed.get("name"), "its editors read the proposed resource");
    String dcat = http.get("/dataset/" + name + ".ttl", null).body();
    assertTrue(dcat.contains("Judul lama " + sfx) && !dcat.contains("Judul baru"), dcat);
    assertFalse(http.get("/dataset/" + name, null).body().contains("Judul baru " + sfx));
    String editorPage = http.get("/dataset/" + name, producer).body();
    assertTrue(editorPage.contains("Judul baru " + sfx), "its editors' page shows the proposal");
    assertTrue(editorPage.contains("publik masih melihat versi yang disetujui"), editorPage);
    assertEquals(
        List.of("Judul lama " + sfx),
        titles(ok(http.get(Http.action("package_search", "q", "name:" + name), null))),
        "the index holds the approved version");
    assertEquals(
        List.of("Judul baru " + sfx),
        titles(ok(http.get(Http.action("package_search", "q", "name:" + name), producer))),
        "its editors' search shows what waits");

    // The queue item shows what changes; the staged file is for the editors and the walidata only.
    Map<String, Object> item = onlyItem(producer, name);
    assertEquals("perubahan", item.get("kind"));
    String id = (String) item.get("id");
    Map<String, Object> detail = http.get("/api/v1/reviews/" + id, admin).map();
    List<Object> fields =
        list(detail.get("changes")).stream().map(c -> map(c).get("field")).toList();
    assertTrue(fields.contains("title") && fields.contains("resources"), detail.toString());
    assertTrue(String.valueOf(detail.get("diff")).contains("+  \"title\": \"Judul baru " + sfx));
    String staged = "/dashboard/verifikasi/" + id + "/berkas/" + rid;
    HttpResponse<byte[]> file = http.getBytes(staged, Map.of("Authorization", producer));
    assertEquals(200, file.statusCode());
    assertEquals(
        new String(csv, StandardCharsets.UTF_8), new String(file.body(), StandardCharsets.UTF_8));
    assertEquals(404, http.getBytes(staged, Map.of()).statusCode());
    String outsider = PublisherSetup.userWithToken(http, admin, "luar-" + sfx, null, null);
    assertEquals(404, http.getBytes(staged, Map.of("Authorization", outsider)).statusCode());
    assertEquals(404, http.get("/api/v1/reviews/" + id, outsider).status());

    // Returned, corrected (the second change joins the same item), approved.
    http.postJson(
        "/api/v1/reviews/" + id + "/return", admin, Map.of("reason", "Judul terlalu umum"));
    Map<String, Object> returned = ItSupport.packageShow(http, producer, name);
    assertEquals("dikembalikan", returned.get("review_status"));
    assertEquals("Judul terlalu umum", returned.get("review_reason"));
    assertEquals("Judul baru " + sfx, returned.get("title"), "the producer keeps their work");
    ok(http, "package_patch", producer, dict("id", name, "title", "Judul tepat " + sfx));
    assertEquals(id, onlyItem(producer, name).get("id"), "one open item per dataset");
    long before = headSeq();
    assertEquals(200, http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").status());
    List<String> trail =
        list(http.get("/api/v1/reviews/" + id, producer).map().get("trail")).stream()
            .map(step -> map(step).get("event") + ":" + map(step).get("by"))
            .toList();
    assertEquals(
        List.of(
            "diajukan:" + producerName,
            "diajukan:" + producerName,
            "dikembalikan:admin",
            "diajukan:" + producerName,
            "disetujui:admin"),
        trail,
        "every step is kept: two changes, the return, the correction, the approval");

    Map<String, Object> approved = ok(http.get(Http.action("package_show", "id", name), null));
    assertEquals("Judul tepat " + sfx, approved.get("title"));
    assertEquals("disetujui", approved.get("review_status"));
    Map<String, Object> published = map(list(approved.get("resources")).get(0));
    assertEquals(rid, published.get("id"), "the resource keeps the id the producer was given");
    assertEquals("sha256:" + sha256(csv), published.get("hash"));
    HttpResponse<byte[]> download =
        http.getBytes(java.net.URI.create((String) published.get("url")).getPath(), Map.of());
    assertEquals(200, download.statusCode());
    assertEquals(sha256(csv), sha256(download.body()));
    List<Map<String, Object>> entries = entriesAfter(before);
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    "resource_file_published".equals(e.get("event"))
                        && sha256(csv).equals(e.get("content_sha256"))),
        "the approved file is in the log with its bytes' hash: " + entries);
    assertEquals(List.of("dataset_version_approved"), eventsAbout(before, name));
    List<Object> activities = ok(http.get(Http.action("package_activity_list", "id", name), null));
    Map<String, Object> newest = map(activities.get(0));
    assertEquals(id, map(map(newest.get("data")).get("review")).get("id"), newest.toString());
    ItSupport.eventually(
        "approved title indexed",
        ItSupport.SEARCH_WAIT,
        () -> titles(ok(http.get(Http.action("package_search", "q", "name:" + name), null))),
        t -> t.equals(List.of("Judul tepat " + sfx)));
    assertTrue(http.get("/dataset/" + name + ".ttl", null).body().contains("Judul tepat " + sfx));
  }

  @Test
  void whoMaySeeAndSetWhatAndBadInputIsACleanError() {
    String orgAdmin = PublisherSetup.userWithToken(http, admin, "kepala-" + sfx, org, "admin");
    Http.Reply refused =
        http.postJson(
            "/api/3/action/organization_patch",
            orgAdmin,
            Map.of("id", org, "review_required", false));
    assertEquals(403, refused.status(), "only a sysadmin switches review off: " + refused.body());
    Http.Reply notBool =
        http.postJson(
            "/api/3/action/organization_patch", admin, Map.of("id", org, "review_required", "ya"));
    assertEquals(409, notBool.status(), notBool.body());
    assertTrue(notBool.body().contains("review_required"), notBool.body());

    assertEquals(401, http.get("/api/v1/reviews", null).status());
    assertEquals(422, http.get("/api/v1/reviews?status=selesai", admin).status());
    assertEquals(422, http.get("/api/v1/reviews?page=0", admin).status());
    assertEquals(422, http.get("/api/v1/reviews?page=x", admin).status());
    assertEquals(404, http.get("/api/v1/reviews/tidak-ada", admin).status());
    assertEquals(404, http.postJson("/api/v1/reviews/tidak-ada/approve", admin, "").status());
    Http.Reply notJson = http.postRaw("/api/v1/reviews/x/return", admin, "application/json", "{");
    assertTrue(notJson.status() >= 400 && notJson.status() < 500, notJson.body());

    // A producer's mistake in a proposal is reported at once, not at approval.
    String name = "salah-" + sfx;
    ItSupport.packageCreate(http, admin, dict("name", name, "owner_org", org));
    Http.Reply bad =
        http.postJson(
            "/api/3/action/package_patch",
            producer,
            Map.of("id", name, "frekuensi", "kadang-kadang"));
    assertEquals(409, bad.status(), bad.body());
    assertTrue(bad.body().contains("frekuensi"), bad.body());
    assertEquals(
        0L,
        ((Number) http.get("/api/v1/reviews", producer).map().get("count")).longValue(),
        "nothing was queued");

    // Rows written straight into a published table would skip the review: refused, saying why.
    Map<String, Object> table =
        ok(
            http,
            "resource_create",
            admin,
            dict("package_id", name, "name", "Tabel", "url", "https://data.example.org/t.csv"));
    for (Map<String, Object> write :
        List.of(
            dict("resource_id", table.get("id"), "records", List.of(Map.of("a", 1))),
            dict("resource", dict("package_id", name, "name", "Baru"), "records", List.of()))) {
      Http.Reply refusedWrite = http.postJson("/api/3/action/datastore_create", producer, write);
      assertEquals(403, refusedWrite.status(), refusedWrite.body());
      assertTrue(refusedWrite.body().contains("review"), refusedWrite.body());
    }
    Map<String, Object> unchanged = ItSupport.packageShow(http, producer, name);
    assertEquals(1, list(unchanged.get("resources")).size(), "nothing was proposed either");

    // An editor of another unit sees none of this unit's items.
    String elsewhere = "dinas-lain-" + sfx;
    ok(http, "organization_create", admin, dict("name", elsewhere));
    String other = PublisherSetup.userWithToken(http, admin, "lain-" + sfx, elsewhere, "editor");
    ok(http, "package_patch", producer, dict("id", name, "notes", "catatan"));
    assertEquals(
        1L, ((Number) http.get("/api/v1/reviews", producer).map().get("count")).longValue());
    Map<String, Object> theirs = http.get("/api/v1/reviews", other).map();
    assertTrue(
        list(theirs.get("results")).stream().noneMatch(r -> org.equals(map(r).get("owner_org"))),
        theirs.toString());

    // Switched off, a producer's change goes straight out; what waits stays for the walidata.
    ok(http, "organization_patch", admin, dict("id", org, "review_required", false));
    Map<String, Object> direct =
        ok(http, "package_patch", producer, dict("id", name, "title", "Langsung terbit"));
    assertEquals("Langsung terbit", direct.get("title"));
    assertEquals(
        "Langsung terbit",
        ItSupport.<Map<String, Object>>ok(http.get(Http.action("package_show", "id", name), null))
            .get("title"));
    assertEquals(
        1L, ((Number) http.get("/api/v1/reviews", producer).map().get("count")).longValue());
    ok(http, "organization_patch", admin, dict("id", org, "review_required", true));

    // Withdrawing (delete) is not held: the producer may take a dataset down, with its reason.
    ok(http, "package_delete", producer, dict("id", name, "reason", "data keliru"));
    assertEquals(
        0L, ((Number) http.get("/api/v1/reviews", producer).map().get("count")).longValue());
  }

  @Test
  void theWalidataReviewsOnThePages() {
    String name = "halaman-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", name, "title", "Halaman " + sfx, "owner_org", org));
    ok(http, "package_patch", producer, dict("id", name, "title", "Halaman diubah " + sfx));
    String id = (String) onlyItem(producer, name).get("id");

    Visitor walidata = signedIn("admin", TestInfrastructure.ADMIN_PASSWORD);
    Page dashboard = walidata.get("/dashboard");
    assertTrue(dashboard.body().contains("Menunggu verifikasi walidata"), dashboard.body());
    Page queue = walidata.get("/dashboard/verifikasi");
    assertEquals(200, queue.status(), queue.body());
    assertEquals("no-store", queue.header("Cache-Control"));
    assertTrue(queue.body().contains("/dashboard/verifikasi/" + id), queue.body());
    Page itemPage = walidata.get("/dashboard/verifikasi/" + id);
    assertEquals(200, itemPage.status(), itemPage.body());
    String html = itemPage.body();
    assertTrue(html.contains("<code>title</code>"), html);
    assertTrue(html.contains("Halaman diubah " + sfx), html);
    assertTrue(html.contains("/dashboard/verifikasi/" + id + "/setujui"), html);

    Page noReason =
        walidata.post(
            "/dashboard/verifikasi/" + id + "/kembalikan", "_csrf", walidata.csrf(itemPage));
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("id=\"e-reason\""), noReason.body());
    Page returned =
        walidata.post(
            "/dashboard/verifikasi/" + id + "/kembalikan",
            "_csrf",
            walidata.csrf(itemPage),
            "reason",
            "Sumber belum disebut");
    assertEquals(303, returned.status(), returned.body());

    // The producer finds it returned with the reason, and no decision forms.
    Visitor p = signedIn(producerName, "rahasia-" + producerName);
    Page mine = p.get("/dashboard/verifikasi?status=dikembalikan");
    assertTrue(mine.body().contains("/dashboard/verifikasi/" + id), mine.body());
    Page mineItem = p.get("/dashboard/verifikasi/" + id);
    assertTrue(mineItem.body().contains("Sumber belum disebut"), mineItem.body());
    assertTrue(
        mineItem.body().contains("dikembalikan oleh admin"), "the trail: " + mineItem.body());
    assertFalse(mineItem.body().contains("/setujui"), "no decision for the producer");
    Page forged = p.post("/dashboard/verifikasi/" + id + "/setujui", "_csrf", p.csrf(mineItem));
    assertEquals(403, forged.status(), forged.body());

    ok(http, "package_patch", producer, dict("id", name, "notes", "Sumber: Dinas"));
    Page again = walidata.get("/dashboard/verifikasi/" + id);
    Page approved =
        walidata.post("/dashboard/verifikasi/" + id + "/setujui", "_csrf", walidata.csrf(again));
    assertEquals(303, approved.status(), approved.body());
    Map<String, Object> published = ok(http.get(Http.action("package_show", "id", name), null));
    assertEquals("Halaman diubah " + sfx, published.get("title"));
    assertEquals("Sumber: Dinas", published.get("notes"));

    // In a browser: the queue and an item pass axe.
    String other = "axe-" + sfx;
    ItSupport.packageCreate(http, producer, dict("name", other, "title", "Axe", "owner_org", org));
    String axeItem = (String) onlyItem(producer, other).get("id");
    browser.driver().manage().deleteAllCookies();
    browser.open("/user/login?came_from=/dashboard/verifikasi");
    browser.driver().findElement(By.id("f-username")).sendKeys("admin");
    browser.driver().findElement(By.id("f-password")).sendKeys(TestInfrastructure.ADMIN_PASSWORD);
    browser.driver().findElement(By.cssSelector("form.pub button[type=submit]")).click();
    browser.open("/dashboard/verifikasi");
    assertTrue(browser.text().contains("Axe"), browser.text());
    browser.assertAccessible();
    browser.open("/dashboard/verifikasi/" + axeItem + "?lang=en");
    assertTrue(browser.text().contains("Approve and publish"), browser.text());
    browser.assertAccessible();
  }

  @Test
  void aSysadminSwitchesReviewOnTheMembersPage() {
    String members = "/organization/members/" + org;
    String action = members + "/verifikasi";
    Visitor sysadmin = signedIn("admin", TestInfrastructure.ADMIN_PASSWORD);
    Page on = sysadmin.get(members);
    assertEquals(200, on.status(), on.body());
    assertTrue(on.body().contains("menunggu persetujuan walidata"), on.body());
    assertTrue(on.body().contains("action=\"" + action + "\""), on.body());

    Page bad = sysadmin.post(action, "_csrf", sysadmin.csrf(on), "review_required", "ya");
    assertEquals(422, bad.status(), bad.body());
    assertEquals(Boolean.TRUE, reviewRequired());
    Page off = sysadmin.post(action, "_csrf", sysadmin.csrf(on), "review_required", "false");
    assertEquals(303, off.status(), off.body());
    assertEquals(Boolean.FALSE, reviewRequired());
    Page offPage = sysadmin.get(members + "?done=review-off");
    assertTrue(offPage.body().contains("tanpa verifikasi walidata"), offPage.body());

    // A producer reads the setting but has no switch, and a forged one is refused.
    Visitor p = signedIn(producerName, "rahasia-" + producerName);
    Page theirs = p.get(members);
    assertEquals(200, theirs.status(), theirs.body());
    assertFalse(theirs.body().contains("action=\"" + action + "\""), theirs.body());
    Page forged = p.post(action, "_csrf", p.csrf(theirs), "review_required", "true");
    assertEquals(403, forged.status(), forged.body());
    assertEquals(Boolean.FALSE, reviewRequired());

    Page back = sysadmin.post(action, "_csrf", sysadmin.csrf(offPage), "review_required", "true");
    assertEquals(303, back.status(), back.body());
    assertEquals(Boolean.TRUE, reviewRequired());
  }

  /** A visitor signed in on the pages (the sign-in answers with its redirect). */
  private Visitor signedIn(String name, String password) {
    Visitor v = new Visitor(base);
    assertEquals(303, v.signIn(name, password).status(), "signed in as " + name);
    return v;
  }

  private Object reviewRequired() {
    return ItSupport.<Map<String, Object>>ok(
            http.get(Http.action("organization_show", "id", org), null))
        .get("review_required");
  }

  @Test
  void anImportWaitsAsOneItemAndIsPublishedWhenApproved() {
    // A year and unit code of this test's own: the budget dataset's name is the year's.
    String kode = "5.02.0.00.0.00.09.0000";
    String unitOrg = "bpkad-verifikasi-" + sfx;
    ok(
        http,
        "organization_create",
        admin,
        dict(
            "name",
            unitOrg,
            "title",
            "BPKAD (verifikasi)",
            "kode_unit",
            kode,
            "review_required",
            true));
    String editor = PublisherSetup.userWithToken(http, admin, "lra-" + sfx, unitOrg, "editor");
    String row = "2009,TW1," + kode + ",BPKAD,%s,%s,%s,%s\n";
    byte[] csv =
        ("tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi\n"
                + String.format(row, "5", "BELANJA DAERAH", "1000000", "300000")
                + String.format(row, "5.1", "Belanja Operasi", "600000", "200000")
                + String.format(row, "5.2", "Belanja Modal", "400000", "100000"))
            .getBytes(StandardCharsets.UTF_8);
    long before = headSeq();
    Http.Reply sent =
        http.postMultipart(
            "/api/v1/budget/imports",
            editor,
            Map.of("organization", unitOrg),
            "file",
            "lra-2009.csv",
            csv);
    assertEquals(202, sent.status(), sent.body());
    Map<String, Object> report = sent.map();
    assertEquals("menunggu_verifikasi", report.get("status"));
    String importId = (String) report.get("id");
    assertEquals(
        404,
        http.get(Http.action("package_show", "id", "realisasi-apbd-2009"), null).status(),
        "nothing published while it waits");
    assertTrue(entriesAfter(before).isEmpty(), "nothing logged while it waits");
    assertEquals(
        404,
        http.get("/api/v1/budget/imports/" + importId, null).status(),
        "a waiting report is not public");

    Map<String, Object> queue = http.get("/api/v1/reviews?status=menunggu_verifikasi", admin).map();
    Map<String, Object> item =
        list(queue.get("results")).stream()
            .map(ItSupport::map)
            .filter(r -> "impor".equals(r.get("kind")) && unitOrg.equals(org(r)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(queue.toString()));
    String id = (String) item.get("id");
    Map<String, Object> detail = http.get("/api/v1/reviews/" + id, admin).map();
    assertEquals(importId, map(detail.get("import")).get("import_id"), detail.toString());
    assertEquals(List.of("realisasi-apbd-2009"), map(detail.get("import")).get("datasets"));

    assertEquals(200, http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").status());
    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-2009"), null));
    assertEquals("active", dataset.get("state"));
    assertEquals("disetujui", dataset.get("review_status"));
    Map<String, Object> accepted = http.get("/api/v1/budget/imports/" + importId, null).map();
    assertEquals("accepted", accepted.get("status"), accepted.toString());
    assertEquals("lra-" + sfx, accepted.get("user"), "the report still names who sent it");
    List<Object> events = entriesAfter(before).stream().map(e -> e.get("event")).toList();
    assertTrue(events.contains("import_accepted"), events.toString());
    assertTrue(events.contains("dataset_published"), events.toString());
  }

  @Test
  void aPostedReleasePackageWaitsForTheWalidataToo() throws Exception {
    // Packages go to the procurement office's organisation (ukpbj): reviewed for this test only.
    if (http.get(Http.action("organization_show", "id", "ukpbj"), null).status() != 200) {
      ok(http, "organization_create", admin, dict("name", "ukpbj", "title", "UKPBJ"));
    }
    String poster = PublisherSetup.userWithToken(http, admin, "pokja-" + sfx, "ukpbj", "editor");
    ok(http, "organization_patch", admin, dict("id", "ukpbj", "review_required", true));
    try {
      String ocid = "ocds-213czf-rev-" + sfx;
      String pkg =
          java.nio.file.Files.readString(
                  java.nio.file.Path.of(
                      "../portal-api/src/test/resources/id/terbuka/contracts/examples",
                      "release-package-tender.json"))
              .replace("ocds-213czf-000-00001", ocid);
      Http.Reply sent =
          http.postRaw("/api/v1/ocds/release-packages", poster, "application/json", pkg);
      assertEquals(202, sent.status(), sent.body());
      assertEquals("menunggu_verifikasi", sent.map().get("status"));
      String id = (String) sent.map().get("review_id");
      assertEquals(404, http.get("/api/v1/ocds/records/" + ocid, null).status(), "not yet");
      assertEquals(200, http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").status());
      assertEquals(200, http.get("/api/v1/ocds/records/" + ocid, null).status(), "published");
    } finally {
      ok(http, "organization_patch", admin, dict("id", "ukpbj", "review_required", false));
    }
  }

  @Test
  void theEditorsDataStoreReadsTheWaitingFileAndThePublicTheApprovedOne() {
    String name = "tabel-" + sfx;
    ItSupport.packageCreate(http, admin, dict("name", name, "title", "Tabel", "owner_org", org));
    byte[] approvedCsv = "kecamatan,jumlah\nKapas,1\nDander,2\n".getBytes(StandardCharsets.UTF_8);
    String rid =
        (String)
            ItSupport.<Map<String, Object>>ok(
                    http.postMultipart(
                        "/api/3/action/resource_create",
                        admin,
                        Map.of("package_id", name, "name", "Tabel", "format", "CSV"),
                        "tabel.csv",
                        approvedCsv))
                .get("id");
    ItSupport.tableLoaded(http, null, rid, 2);

    // The producer replaces the file and proposes a second table: both wait, and are loaded.
    byte[] waitingCsv =
        "kecamatan,jumlah\nKapas,10\nDander,20\nBaureno,30\n".getBytes(StandardCharsets.UTF_8);
    ok(
        http.postMultipart(
            "/api/3/action/resource_patch",
            producer,
            Map.of("id", rid, "format", "CSV"),
            "tabel-baru.csv",
            waitingCsv));
    String newRid =
        (String)
            ItSupport.<Map<String, Object>>ok(
                    http.postMultipart(
                        "/api/3/action/resource_create",
                        producer,
                        Map.of("package_id", name, "name", "Tabel kedua", "format", "CSV"),
                        "kedua.csv",
                        "desa,rumah\nSumberejo,7\n".getBytes(StandardCharsets.UTF_8)))
                .get("id");
    ItSupport.tableLoaded(http, producer, rid, 3);
    ItSupport.tableLoaded(http, producer, newRid, 1);

    // Its editors search, describe, dump and preview what waits; the public the approved table.
    assertEquals(
        List.of("Kapas", "Dander", "Baureno"), ItSupport.column(http, producer, "kecamatan", rid));
    assertEquals(List.of("Kapas", "Dander"), ItSupport.column(http, null, "kecamatan", rid));
    assertEquals(
        List.of("Kapas", "Dander"), ItSupport.column(http, outsiderToken(), "kecamatan", rid));
    Map<String, Object> info =
        map(
            ItSupport.<Map<String, Object>>ok(
                    http.get(Http.action("datastore_info", "id", rid), producer))
                .get("meta"));
    assertEquals(Boolean.TRUE, info.get("waiting_for_review"), info.toString());
    assertEquals(3, ((Number) info.get("count")).intValue());
    Map<String, Object> publicInfo =
        map(
            ItSupport.<Map<String, Object>>ok(
                    http.get(Http.action("datastore_info", "id", rid), null))
                .get("meta"));
    assertEquals(2, ((Number) publicInfo.get("count")).intValue());
    assertFalse(publicInfo.containsKey("waiting_for_review"), publicInfo.toString());
    HttpResponse<byte[]> dump =
        http.getBytes("/datastore/dump/" + rid, Map.of("Authorization", producer));
    assertEquals(200, dump.statusCode());
    assertTrue(new String(dump.body(), StandardCharsets.UTF_8).contains("Baureno"));
    assertEquals(
        "private, no-store", dump.headers().firstValue("Cache-Control").orElse(""), "not cached");
    HttpResponse<byte[]> publicDump = http.getBytes("/datastore/dump/" + rid, Map.of());
    assertFalse(new String(publicDump.body(), StandardCharsets.UTF_8).contains("Baureno"));
    String page = "/dataset/" + name + "/resource/" + rid;
    assertTrue(http.get(page, producer).body().contains("Baureno"), "the editors' preview");
    assertFalse(http.get(page, null).body().contains("Baureno"), "the public preview");
    failed(
        http.get(Http.action("datastore_search", "resource_id", newRid), null),
        404,
        "Not Found Error");
    // The waiting table is no relation anyone may name in SQL.
    String sql = "SELECT * FROM \"" + rid + "__review\"";
    for (String token : new String[] {null, producer, admin}) {
      int status = http.get(Http.action("datastore_search_sql", "sql", sql), token).status();
      assertTrue(status == 403 || status == 404, "datastore_search_sql answered " + status);
    }

    // Approved: the files are published, loaded into the live tables, and the waiting ones go.
    String id = (String) onlyItem(producer, name).get("id");
    assertEquals(200, http.postJson("/api/v1/reviews/" + id + "/approve", admin, "").status());
    ItSupport.tableLoaded(http, null, rid, 3);
    ItSupport.tableLoaded(http, null, newRid, 1);
    assertEquals(
        List.of("Kapas", "Dander", "Baureno"), ItSupport.column(http, null, "kecamatan", rid));
    Map<String, Object> after =
        map(
            ItSupport.<Map<String, Object>>ok(
                    http.get(Http.action("datastore_info", "id", rid), producer))
                .get("meta"));
    assertFalse(after.containsKey("waiting_for_review"), after.toString());

    // A proposed removal: its editors no longer find the table, the public still reads it.
    ok(http.postJson("/api/3/action/resource_delete", producer, Map.of("id", newRid)));
    failed(
        http.get(Http.action("datastore_search", "resource_id", newRid), producer),
        404,
        "Not Found Error");
    failed(http.get(Http.action("resource_show", "id", newRid), producer), 404, "Not Found Error");
    assertEquals(
        1,
        ItSupport.records(
                ok(http.get(Http.action("datastore_search", "resource_id", newRid), null)))
            .size());
  }

  private String outsiderToken() {
    return PublisherSetup.userWithToken(http, admin, "pembaca-" + sfx, null, null);
  }

  private String org(Map<String, Object> item) {
    Map<String, Object> shown =
        ok(http.get(Http.action("organization_show", "id", (String) item.get("owner_org")), admin));
    return (String) shown.get("name");
  }

  /** The one open item about this dataset that the token's holder sees in the queue. */
  private Map<String, Object> onlyItem(String token, String datasetName) {
    Map<String, Object> dataset = ItSupport.packageShow(http, token, datasetName);
    Http.Reply reply = http.get("/api/v1/reviews", token);
    assertEquals(200, reply.status(), reply.body());
    Map<String, Object> queue = reply.map();
    List<Map<String, Object>> found =
        list(queue.get("results")).stream()
            .map(ItSupport::map)
            .filter(r -> dataset.get("id").equals(r.get("dataset_id")))
            .filter(r -> !"disetujui".equals(r.get("status")))
            .toList();
    assertEquals(1, found.size(), queue.toString());
    return found.get(0);
  }

  private static List<Object> titles(Map<String, Object> search) {
    return list(search.get("results")).stream().map(r -> map(r).get("title")).toList();
  }

  private long headSeq() {
    return ((Number) http.get("/api/v1/audit/head", null).map().get("seq")).longValue();
  }

  private List<Map<String, Object>> entriesAfter(long seq) {
    Map<String, Object> page =
        http.get("/api/v1/audit/log?cursor=" + seq + "&limit=1000", null).map();
    return list(page.get("entries")).stream().map(ItSupport::map).toList();
  }

  /** The log's dataset events about this dataset since {@code seq}. */
  private List<Object> eventsAbout(long seq, String name) {
    return entriesAfter(seq).stream()
        .filter(e -> "dataset".equals(map(e.get("subject")).get("kind")))
        .filter(e -> name.equals(map(e.get("subject")).get("name")))
        .map(e -> e.get("event"))
        .toList();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
