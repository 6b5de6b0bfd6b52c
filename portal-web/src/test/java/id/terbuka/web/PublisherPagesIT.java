package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.browser.Browser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The publisher pages through the deployed WAR: sign-in and its session cookie, CSRF, permission
 * refusals, validation next to the fields, resources, members and API tokens over HTTP (a client
 * with a cookie jar, as a browser without JavaScript), and the "Done when" journey in Chromium: an
 * office data officer signs in, creates a dataset and uploads a CSV through the forms alone, and
 * finds it in search. Users and organisations are made through the API, as an operator would.
 */
@ExtendWith(SharedPortal.class)
class PublisherPagesIT {
  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser();

  private Http http;

  /** Two units with their people, made once for the class. */
  private static final class World {
    String sfx;
    String admin;
    String orgA;
    String orgATitle;
    String orgB;
    String group;
    String editorA;
    String editorAToken;
    String editorB;
    String memberA;
    String adminA;
  }

  private static World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    synchronized (PublisherPagesIT.class) {
      if (world == null) {
        world = build(http);
      }
    }
  }

  private static World build(Http http) {
    World w = new World();
    w.sfx = ItSupport.unique();
    w.admin = ItSupport.cliToken(http, "admin");
    w.orgA = "penerbit-a-" + w.sfx;
    w.orgATitle = "Dinas Penerbit A " + w.sfx;
    w.orgB = "penerbit-b-" + w.sfx;
    ok(http, "organization_create", w.admin, dict("name", w.orgA, "title", w.orgATitle));
    ok(http, "organization_create", w.admin, dict("name", w.orgB, "title", "Dinas B " + w.sfx));
    w.group = "topik-pen-" + w.sfx;
    ok(http, "group_create", w.admin, dict("name", w.group, "title", "Topik Penerbit " + w.sfx));
    w.editorA = user(http, w, "eda", w.orgA, "editor");
    w.editorB = user(http, w, "edb", w.orgB, "editor");
    w.memberA = user(http, w, "mema", w.orgA, "member");
    w.adminA = user(http, w, "adma", w.orgA, "admin");
    Map<String, Object> token =
        ok(http, "api_token_create", w.admin, dict("user", w.editorA, "name", "it"));
    w.editorAToken = (String) token.get("token");
    return w;
  }

  private static String user(Http http, World w, String prefix, String org, String role) {
    String name = prefix + "-" + w.sfx;
    ok(
        http,
        "user_create",
        w.admin,
        dict("name", name, "email", name + "@example.org", "password", password(name)));
    if (org != null) {
      ok(
          http,
          "organization_member_create",
          w.admin,
          dict("id", org, "username", name, "role", role));
    }
    return name;
  }

  private static String password(String user) {
    return "sandi-" + user;
  }

  // ---------------------------------------------------------------- sign-in and session

  @Test
  void signingInGivesANewHardenedSessionCookie() {
    Visitor v = new Visitor(base);
    Page login = v.get("/user/login");
    assertEquals(200, login.status());
    assertEquals("no-store", login.header("Cache-Control"));
    String before = sessionCookie(login);
    assertNotNull(before, "the login form's session (for its CSRF token)");

    Page signedIn = v.signIn(world.editorA, password(world.editorA));
    assertEquals(303, signedIn.status(), signedIn.body());
    assertTrue(signedIn.location().endsWith("/dashboard"), signedIn.location());
    String cookie =
        signedIn.setCookies().stream()
            .filter(c -> c.startsWith("terbuka_session="))
            .findFirst()
            .orElseThrow(() -> new AssertionError(signedIn.headers().map().toString()));
    assertNotEquals(before, value(cookie), "a new session id on login (session fixation)");
    String lower = cookie.toLowerCase();
    assertTrue(lower.contains("httponly"), cookie);
    assertTrue(lower.contains("samesite=lax"), cookie);
    assertFalse(lower.contains("secure"), "the test site is plain http: " + cookie);
    assertFalse(signedIn.location().contains(";jsessionid"), "never a session id in a URL");

    Page dashboard = v.get("/dashboard");
    assertEquals(200, dashboard.status());
    assertEquals("no-store", dashboard.header("Cache-Control"));
    assertTrue(dashboard.body().contains(world.orgATitle), dashboard.body());
    assertTrue(dashboard.body().contains("Editor"), "the role in the unit");

    Page logout = v.post("/user/logout", "_csrf", v.csrf(dashboard));
    assertEquals(303, logout.status());
    Page after = v.get("/dashboard");
    assertEquals(303, after.status(), "signed out: back to the login page");
    assertTrue(after.location().contains("/user/login?came_from=%2Fdashboard"), after.location());
  }

  @Test
  void aFailedLoginIsGenericAndRepeatedFailuresAreThrottled() {
    Visitor v = new Visitor(base);
    Page wrongPassword = v.signIn(world.memberA, "salah-sekali");
    Page noSuchUser = v.signIn("tidak-ada-" + world.sfx, "salah-sekali");
    for (Page p : List.of(wrongPassword, noSuchUser)) {
      assertEquals(200, p.status());
      assertTrue(p.body().contains("Nama pengguna atau kata sandi salah."), p.body());
      assertFalse(p.body().contains("tidak ditemukan"), "no hint whether the user exists");
    }
    assertEquals(303, v.get("/dashboard").status(), "still signed out");

    String victim = user(http, world, "throttle", null, null);
    Visitor attacker = new Visitor(base);
    for (int i = 0; i < 5; i++) {
      assertEquals(200, attacker.signIn(victim, "tebakan-" + i).status());
    }
    Page blocked = attacker.signIn(victim, password(victim));
    assertEquals(429, blocked.status(), "even the right password waits after five failures");
    assertTrue(blocked.body().contains("Terlalu banyak percobaan"), blocked.body());
    assertEquals(303, attacker.get("/dashboard").status());
  }

  @Test
  void everyFormNeedsTheSessionsTokenAndThisSitesOrigin() {
    Visitor v = new Visitor(base).signedIn(world.editorA);
    String name = "tanpa-token-" + ItSupport.unique();
    Page noToken =
        v.post("/dataset/new", "title", "Tanpa token", "name", name, "owner_org", world.orgA);
    assertEquals(403, noToken.status());
    assertTrue(noToken.body().contains("Formulir ini sudah kedaluwarsa"), noToken.body());
    assertFalse(noToken.body().contains("Exception"), noToken.body());

    Page english =
        v.post("/dataset/new?lang=en", "title", "x", "name", name, "owner_org", world.orgA);
    assertEquals(403, english.status());
    assertTrue(english.body().contains("This form has expired"), english.body());

    String token = v.csrf(v.get("/dataset/new"));
    Page foreign =
        v.postWithHeaders(
            "/dataset/new",
            Map.of("Origin", "https://penipu.example"),
            "_csrf",
            token,
            "title",
            "Asing",
            "name",
            name,
            "owner_org",
            world.orgA);
    assertEquals(403, foreign.status());
    failed(http.get(Http.action("package_show", "id", name), world.admin), 404, "Not Found Error");
  }

  @Test
  void theApiIgnoresTheSessionCookieWhileThePagesHonourIt() {
    Visitor v = new Visitor(base).signedIn(world.memberA);
    String secret = "rahasia-" + ItSupport.unique();
    ok(
        http,
        "package_create",
        world.editorAToken,
        dict("name", secret, "title", "Data Rahasia", "owner_org", world.orgA, "private", true));

    // The page shows the private dataset to a signed-in member, as package_show would.
    Page page = v.get("/dataset/" + secret);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Data Rahasia"));
    assertEquals(404, new Visitor(base).get("/dataset/" + secret).status(), "anonymous");

    // The Action API does not take the cookie: writes and private reads need a token.
    Page write =
        v.postJson(
            "/api/3/action/package_create",
            "{\"name\":\"lewat-cookie-" + world.sfx + "\",\"owner_org\":\"" + world.orgA + "\"}");
    assertEquals(403, write.status(), write.body());
    assertTrue(write.body().contains("Authorization Error"), write.body());
    Page read = v.get(Http.action("package_show", "id", secret));
    assertEquals(403, read.status(), read.body());
  }

  // ---------------------------------------------------------------- datasets

  @Test
  void validationErrorsComeFromTheServiceAndNothingIsSaved() {
    Visitor v = new Visitor(base).signedIn(world.editorA);
    String name = "tidak-tersimpan-" + ItSupport.unique();
    String token = v.csrf(v.get("/dataset/new"));
    Page bad =
        v.post(
            "/dataset/new",
            "_csrf",
            token,
            "title",
            "Judul yang diketik <b>",
            "name",
            name,
            "owner_org",
            world.orgA,
            "cakupan_wilayah",
            "99.99",
            "cakupan_waktu_mulai",
            "2025-12-31",
            "cakupan_waktu_selesai",
            "2025-01-01",
            "tag_string",
            "ok, x",
            "state",
            "active");
    assertEquals(422, bad.status(), bad.body());
    String html = bad.body();
    assertTrue(html.contains("value=\"Judul yang diketik "), "typed values re-shown");
    assertFalse(html.contains("diketik <b>"), "and escaped");
    assertTrue(html.contains("Kode wilayah Kemendagri tidak dikenal: 99.99"), html);
    assertTrue(html.contains("Tanggal selesai tidak boleh sebelum tanggal mulai."), html);
    assertTrue(html.contains("Tag „x“ terlalu pendek"), html);
    assertTrue(html.contains("id=\"e-cakupan_wilayah\""), "message next to the field");
    assertTrue(html.contains("href=\"#f-cakupan_wilayah\""), "summary links to the field");
    assertTrue(
        Pattern.compile(
                "id=\"f-cakupan_wilayah\"[^>]*aria-invalid=\"true\"[^>]*"
                    + "aria-describedby=\"h-cakupan_wilayah e-cakupan_wilayah\"")
            .matcher(html)
            .find(),
        html);
    assertTrue(html.contains("id=\"e-tag_string\""), "the API's tags error at the tag field");
    failed(http.get(Http.action("package_show", "id", name), world.admin), 404, "Not Found Error");

    // A reserved address: the API's rule, in the reader's words.
    Page taken =
        v.post(
            "/dataset/new", "_csrf", token, "title", "Dua", "name", "new", "owner_org", world.orgA);
    assertEquals(422, taken.status());
    assertTrue(taken.body().contains("Alamat ini tidak dapat dipakai."), taken.body());
  }

  @Test
  void aDatasetIsCreatedEditedAndDeletedThroughTheForms() {
    Visitor v = new Visitor(base).signedIn(world.editorA);
    String name = "formulir-" + ItSupport.unique();
    String token = v.csrf(v.get("/dataset/new"));
    Page created =
        v.post(
            "/dataset/new",
            "_csrf",
            token,
            "title",
            "Jumlah Sekolah " + world.sfx,
            "name",
            name,
            "notes",
            "Baris satu\nbaris dua",
            "owner_org",
            world.orgA,
            "private",
            "False",
            "license_id",
            "cc-by",
            "tag_string",
            "pendidikan, sekolah",
            "groups",
            world.group,
            "produsen_data",
            "Dinas Pendidikan",
            "frekuensi",
            "tahunan",
            "cakupan_wilayah",
            "35.22",
            "cakupan_waktu_mulai",
            "2025-01-01",
            "cakupan_waktu_selesai",
            "2025-12-31",
            "satuan",
            "unit",
            "metodologi",
            "Pendataan langsung",
            "state",
            "draft");
    assertEquals(303, created.status(), created.body());
    assertTrue(created.location().endsWith("/dataset/edit/" + name + "/resources?done=created"));
    Map<String, Object> d = ok(http.get(Http.action("package_show", "id", name), world.admin));
    assertEquals("draft", d.get("state"));
    assertEquals("tahunan", d.get("frekuensi"));
    assertEquals(List.of("35.22"), d.get("cakupan_wilayah"));
    assertEquals("Baris satu\nbaris dua", d.get("notes"));
    assertEquals(2, ((List<?>) d.get("tags")).size());
    assertEquals(world.group, map(((List<?>) d.get("groups")).get(0)).get("name"));

    // The dashboard lists the draft; the edit form shows what is stored.
    assertTrue(v.get("/dashboard").body().contains("Jumlah Sekolah " + world.sfx));
    Page edit = v.get("/dataset/edit/" + name);
    assertEquals(200, edit.status());
    assertTrue(edit.body().contains("value=\"pendidikan, sekolah\""), edit.body());
    ok(http, "package_patch", world.admin, dict("id", name, "author", "Bu Sari"));

    Page saved =
        v.post(
            "/dataset/edit/" + name,
            "_csrf",
            token,
            "title",
            "Jumlah Sekolah Dasar " + world.sfx,
            "name",
            name,
            "owner_org",
            world.orgA,
            "private",
            "True",
            "license_id",
            "odc-odbl",
            "tag_string",
            "sekolah",
            "frekuensi",
            "bulanan",
            "state",
            "active");
    assertEquals(303, saved.status(), saved.body());
    d = ok(http.get(Http.action("package_show", "id", name), world.admin));
    assertEquals("Jumlah Sekolah Dasar " + world.sfx, d.get("title"));
    assertEquals("active", d.get("state"));
    assertEquals(Boolean.TRUE, d.get("private"));
    assertEquals(1, ((List<?>) d.get("tags")).size(), "the tag field is the whole list");
    assertEquals(List.of(), d.get("groups"), "no topic ticked");
    assertEquals("Bu Sari", d.get("author"), "fields the form does not show are kept");
    assertEquals(null, d.get("produsen_data"), "an emptied field is cleared");

    Page confirm = v.get("/dataset/edit/" + name + "/delete");
    assertEquals(200, confirm.status());
    assertTrue(confirm.body().contains("Jumlah Sekolah Dasar"), confirm.body());
    Page deleted = v.post("/dataset/edit/" + name + "/delete", "_csrf", token);
    assertEquals(303, deleted.status());
    Map<String, Object> gone = ok(http.get(Http.action("package_show", "id", name), world.admin));
    assertEquals("deleted", gone.get("state"));
  }

  @Test
  void resourcesAreAddedReplacedAndDeletedThroughTheForms() throws IOException {
    Visitor v = new Visitor(base).signedIn(world.editorA);
    String pkg = datasetOfA();
    String token = v.csrf(v.get("/dataset/edit/" + pkg + "/resources"));
    String path = "/dataset/edit/" + pkg + "/resources";

    Page link =
        v.post(path, "_csrf", token, "url", "https://bps.go.id/tabel.csv", "name", "Tabel BPS");
    assertEquals(303, link.status(), link.body());
    byte[] csv = "kecamatan,jumlah\nBaureno,12\nKapas,9\n".getBytes(StandardCharsets.UTF_8);
    Page upload =
        v.postMultipart(path, Map.of("_csrf", token, "name", "Sekolah"), "sekolah.csv", csv);
    assertEquals(303, upload.status(), upload.body());
    List<Object> resources = resources(pkg);
    assertEquals(2, resources.size());
    Map<String, Object> file = map(resources.get(1));
    assertEquals("upload", file.get("url_type"));
    assertEquals("CSV", file.get("format"));

    // Over the limit (1 MB in the tests) while streaming: a message at the field, nothing kept.
    long storedBefore = storedFiles();
    byte[] big = new byte[1024 * 1024 + 1];
    Page tooLarge = v.postMultipart(path, Map.of("_csrf", token), "besar.csv", big);
    assertEquals(422, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.body().contains("Berkas terlalu besar untuk diunggah."), tooLarge.body());
    assertTrue(tooLarge.body().contains("id=\"e-upload\""));
    assertEquals(2, resources(pkg).size());
    assertEquals(storedBefore, storedFiles(), "no file left behind");

    // Declared far over the limit: refused before the body is read.
    Page declared = v.postDeclaredTooLarge(path);
    assertEquals(413, declared.status());
    assertTrue(declared.body().contains("Berkas terlalu besar untuk diunggah."), declared.body());

    // Replace the file, then delete the link.
    String rid = (String) file.get("id");
    byte[] newer = "kecamatan,jumlah\nBaureno,13\n".getBytes(StandardCharsets.UTF_8);
    Page replaced =
        v.postMultipart(
            "/dataset/edit/" + pkg + "/resource/" + rid,
            Map.of("_csrf", token, "name", "Sekolah 2026"),
            "sekolah-2026.csv",
            newer);
    assertEquals(303, replaced.status(), replaced.body());
    Map<String, Object> after = ok(http.get(Http.action("resource_show", "id", rid), world.admin));
    assertEquals("Sekolah 2026", after.get("name"));
    assertNotEquals(file.get("hash"), after.get("hash"));
    assertEquals(2, ((List<?>) after.get("versions")).size(), "the old file is a version");

    String linkId = (String) map(resources.get(0)).get("id");
    assertEquals(200, v.get("/dataset/edit/" + pkg + "/resource/" + linkId + "/delete").status());
    Page gone = v.post("/dataset/edit/" + pkg + "/resource/" + linkId + "/delete", "_csrf", token);
    assertEquals(303, gone.status());
    assertEquals(1, resources(pkg).size());
  }

  @Test
  void permissionDenialsAreA403PageNeverAStackTrace() {
    String pkg = datasetOfA();
    Visitor other = new Visitor(base).signedIn(world.editorB);
    String token = other.csrf(other.get("/dashboard"));
    Page edit = other.get("/dataset/edit/" + pkg);
    assertEquals(403, edit.status());
    assertTrue(edit.body().contains("Anda tidak berwenang mengubah dataset ini"), edit.body());
    Page post =
        other.post(
            "/dataset/edit/" + pkg,
            "_csrf",
            token,
            "title",
            "Dibajak",
            "name",
            pkg,
            "owner_org",
            world.orgB);
    assertEquals(403, post.status());
    Map<String, Object> unchanged =
        ok(http.get(Http.action("package_show", "id", pkg), world.admin));
    assertNotEquals("Dibajak", unchanged.get("title"));

    Visitor member = new Visitor(base).signedIn(world.memberA);
    String memberToken = member.csrf(member.get("/dashboard"));
    assertEquals(403, member.get("/dataset/new").status(), "a member creates no datasets");
    assertEquals(403, member.get("/dataset/edit/" + pkg + "/resources").status());
    Page add =
        member.post(
            "/dataset/edit/" + pkg + "/resources",
            "_csrf",
            memberToken,
            "url",
            "https://contoh.id/a.csv");
    assertEquals(403, add.status());
    assertFalse(add.body().contains("Exception"));
    assertEquals(0, resources(pkg).size());

    // An editor sees the members but cannot change them; another user's tokens are not theirs.
    Visitor editor = new Visitor(base).signedIn(world.editorA);
    String editorToken = editor.csrf(editor.get("/dashboard"));
    Page members = editor.get("/organization/members/" + world.orgA);
    assertEquals(200, members.status());
    assertFalse(members.body().contains("/remove"), "no forms for a non-admin");
    Page promote =
        editor.post(
            "/organization/members/" + world.orgA,
            "_csrf",
            editorToken,
            "username",
            world.editorA,
            "role",
            "admin");
    assertEquals(403, promote.status());
    assertEquals(403, editor.get("/user/" + world.memberA + "/api-tokens").status());
    assertEquals(404, editor.get("/dataset/edit/tidak-ada-" + world.sfx).status());
  }

  // ---------------------------------------------------------------- members and tokens

  @Test
  void anOrganisationAdminAddsChangesAndRemovesMembers() {
    String newcomer = user(http, world, "baru", null, null);
    Visitor admin = new Visitor(base).signedIn(world.adminA);
    String path = "/organization/members/" + world.orgA;
    String token = admin.csrf(admin.get(path));

    Page added = admin.post(path, "_csrf", token, "username", newcomer, "role", "member");
    assertEquals(303, added.status(), added.body());
    assertEquals("member", capacity(newcomer));
    assertEquals(
        303, admin.post(path, "_csrf", token, "username", newcomer, "role", "editor").status());
    assertEquals("editor", capacity(newcomer));
    assertTrue(admin.get(path).body().contains(newcomer));

    Page unknown =
        admin.post(path, "_csrf", token, "username", "siapa-" + world.sfx, "role", "member");
    assertEquals(422, unknown.status());
    assertTrue(unknown.body().contains("Pengguna tidak ditemukan."), unknown.body());

    Page removed = admin.post(path + "/remove", "_csrf", token, "username", newcomer);
    assertEquals(303, removed.status(), removed.body());
    assertEquals(null, capacity(newcomer));

    // The same service behind the API's organization_member_delete: org admins only.
    ok(
        http,
        "organization_member_create",
        world.admin,
        dict("id", world.orgA, "username", newcomer, "role", "member"));
    failed(
        http.postJson(
            "/api/3/action/organization_member_delete",
            world.editorAToken,
            dict("id", world.orgA, "username", newcomer)),
        403,
        "Authorization Error");
    ok(
        http,
        "organization_member_delete",
        world.admin,
        dict("id", world.orgA, "username", newcomer));
    assertEquals(null, capacity(newcomer));
    failed(
        http.postJson(
            "/api/3/action/organization_member_delete",
            world.admin,
            dict("id", world.orgA, "username", newcomer)),
        404,
        "Not Found Error");
  }

  @Test
  void apiTokensAreCreatedShownOnceAndRevoked() {
    Visitor v = new Visitor(base).signedIn(world.editorA);
    String path = "/user/" + world.editorA + "/api-tokens";
    String csrf = v.csrf(v.get(path));
    Page created = v.post(path, "_csrf", csrf, "name", "skrip bulanan");
    assertEquals(200, created.status(), created.body());
    Matcher m = Pattern.compile("id=\"new-token\"[^>]*value=\"([^\"]+)\"").matcher(created.body());
    assertTrue(m.find(), created.body());
    String token = m.group(1);
    String pkg = "lewat-token-" + ItSupport.unique();
    ok(http, "package_create", token, dict("name", pkg, "owner_org", world.orgA));

    Page list = v.get(path);
    assertTrue(list.body().contains("skrip bulanan"));
    assertFalse(list.body().contains(token), "the secret is shown only once");
    Matcher jti =
        Pattern.compile(
                "name=\"jti\" value=\"("
                    + Pattern.quote(token.substring(0, token.indexOf('.')))
                    + ")\"")
            .matcher(list.body());
    assertTrue(jti.find(), list.body());
    Page revoked = v.post(path + "/revoke", "_csrf", csrf, "jti", jti.group(1));
    assertEquals(303, revoked.status(), revoked.body());
    failed(
        http.postJson(
            "/api/3/action/package_create",
            token,
            dict("name", pkg + "-2", "owner_org", world.orgA)),
        403,
        "Authorization Error");
    assertFalse(v.get(path).body().contains("skrip bulanan"));
  }

  // ---------------------------------------------------------------- the journey, in Chromium

  @Test
  void anOfficerPublishesADatasetWithACsvThroughTheFormsInABrowser() throws IOException {
    String title = "Produksi Padi Kecamatan " + world.sfx;
    String name = "produksi-padi-" + world.sfx;
    WebDriver d = browser.driver();
    d.manage().deleteAllCookies();

    browser.open("/dashboard");
    assertTrue(browser.url().contains("/user/login"), browser.url());
    browser.assertAccessible();
    browser.screenshots("login");
    d.findElement(By.id("f-username")).sendKeys(world.editorA);
    d.findElement(By.id("f-password")).sendKeys(password(world.editorA));
    submit(d, "form.pub button[type=submit]");
    assertTrue(browser.url().endsWith("/dashboard"), browser.url());
    assertTrue(browser.text().contains(world.orgATitle));
    browser.assertAccessible();
    browser.screenshots("dashboard");

    d.findElement(By.linkText("Dataset baru")).click();
    waitLoaded(d);
    browser.assertAccessible();
    browser.screenshots("dataset-form");

    // First attempt: an address with capitals and spaces; the form answers next to the field.
    d.findElement(By.id("f-title")).sendKeys(title);
    d.findElement(By.id("f-name")).sendKeys("Produksi Padi");
    submit(d, "form.pub button[name=state][value=active]");
    WebElement error = d.findElement(By.id("e-name"));
    assertTrue(error.getText().contains("Hanya huruf kecil"), error.getText());
    assertEquals("true", d.findElement(By.id("f-name")).getAttribute("aria-invalid"));
    assertEquals(title, d.findElement(By.id("f-title")).getAttribute("value"), "kept as typed");
    browser.assertAccessible();
    browser.screenshots("dataset-form-errors");

    WebElement slug = d.findElement(By.id("f-name"));
    slug.clear();
    slug.sendKeys(name);
    new Select(d.findElement(By.id("f-owner_org"))).selectByVisibleText(world.orgATitle);
    d.findElement(By.id("f-tag_string")).sendKeys("pertanian, padi");
    new Select(d.findElement(By.id("f-frekuensi"))).selectByValue("tahunan");
    d.findElement(By.id("f-cakupan_wilayah")).sendKeys("35.22");
    d.findElement(By.id("f-produsen_data")).sendKeys("Dinas Pertanian");
    submit(d, "form.pub button[name=state][value=active]");
    assertTrue(browser.url().contains("/dataset/edit/" + name + "/resources"), browser.url());

    // With JavaScript the upload form has its progress bar; the file goes up by XHR.
    assertFalse(
        d.findElements(By.cssSelector("form[data-upload] progress")).isEmpty(),
        "the progress element of the enhanced form");
    Path csv = Files.createTempFile("padi-", ".csv");
    Files.writeString(csv, "kecamatan,ton\nBaureno,1200\nKapas,980\nDander,1430\n");
    d.findElement(By.id("f-upload")).sendKeys(csv.toString());
    d.findElement(By.id("f-name")).sendKeys("Produksi padi 2025");
    d.findElement(By.cssSelector("form[data-upload] button[type=submit]")).click();
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(x -> x.getCurrentUrl().contains("done=resource-added"));
    waitLoaded(d);
    assertTrue(browser.text().contains("Produksi padi 2025"), browser.text());
    browser.assertAccessible();
    browser.screenshots("resources");

    // The dataset is found by search, and its table is loaded into the DataStore.
    ItSupport.eventually(
        "the new dataset in /dataset search",
        ItSupport.SEARCH_WAIT,
        () -> {
          browser.open("/dataset?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
          return browser.text();
        },
        text -> text.contains(title));
    d.findElement(By.linkText(title)).click();
    waitLoaded(d);
    assertTrue(browser.text().contains("Produksi padi 2025"), browser.text());
    String rid = (String) map(resources(name).get(0)).get("id");
    Map<String, Object> loaded =
        ItSupport.eventually(
            "DataStore load of the uploaded CSV",
            Duration.ofSeconds(30),
            () -> ok(http.get(Http.action("resource_show", "id", rid), world.admin)),
            r -> "active".equals(r.get("datastore_status")));
    assertEquals(Boolean.TRUE, loaded.get("datastore_active"));
    Map<String, Object> rows =
        ok(http.get(Http.action("datastore_search", "resource_id", rid), null));
    assertEquals(3L, ((Number) rows.get("total")).longValue());
    Files.deleteIfExists(csv);
  }

  @Test
  void aDeniedActionIsAClearPageInTheBrowser() {
    String pkg = datasetOfA();
    WebDriver d = browser.driver();
    d.manage().deleteAllCookies();
    browser.open("/user/login");
    d.findElement(By.id("f-username")).sendKeys(world.editorB);
    d.findElement(By.id("f-password")).sendKeys(password(world.editorB));
    submit(d, "form.pub button[type=submit]");
    assertTrue(browser.url().endsWith("/dashboard"), browser.url());

    // An editor of another unit opens the edit form of unit A's dataset.
    browser.open("/dataset/edit/" + pkg);
    String text = browser.text();
    assertTrue(text.contains("Akses ditolak"), text);
    assertTrue(text.contains("hanya editor dan admin organisasi pemiliknya"), text);
    assertFalse(text.contains("Exception"), text);
    assertTrue(d.findElements(By.cssSelector("form.pub input[name=title]")).isEmpty(), "no form");
    browser.assertAccessible();
    browser.screenshots("denied");
  }

  // ---------------------------------------------------------------- helpers

  private String datasetOfA() {
    String pkg = "milik-a-" + ItSupport.unique();
    ok(
        http,
        "package_create",
        world.editorAToken,
        dict("name", pkg, "owner_org", world.orgA, "title", "Milik A"));
    return pkg;
  }

  private List<Object> resources(String pkg) {
    Map<String, Object> d = ok(http.get(Http.action("package_show", "id", pkg), world.admin));
    return ItSupport.list(d.get("resources"));
  }

  private String capacity(String user) {
    Map<String, Object> org =
        ok(http.get(Http.action("organization_show", "id", world.orgA), world.admin));
    for (Object u : ItSupport.list(org.get("users"))) {
      if (user.equals(map(u).get("name"))) {
        return (String) map(u).get("capacity");
      }
    }
    return null;
  }

  private static long storedFiles() throws IOException {
    Path dir = TestInfrastructure.dataDir().resolve("files").resolve("sha256");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  /**
   * Clicks and waits for the next page: the old page is still "complete" right after the click, so
   * the clicked button going stale is what tells that the answer arrived.
   */
  private static void submit(WebDriver d, String css) {
    WebElement button = d.findElement(By.cssSelector(css));
    button.click();
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
    waitLoaded(d);
  }

  private static void waitLoaded(WebDriver d) {
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x ->
                "complete"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) x)
                            .executeScript("return document.readyState")));
  }

  private static String sessionCookie(Page p) {
    return p.setCookies().stream()
        .filter(c -> c.startsWith("terbuka_session="))
        .map(PublisherPagesIT::value)
        .findFirst()
        .orElse(null);
  }

  private static String value(String setCookie) {
    String first = setCookie.split(";")[0];
    return first.substring(first.indexOf('=') + 1);
  }

  /** An answer: status, body and headers. */
  record Page(int status, String body, HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String location() {
      return header("Location");
    }

    List<String> setCookies() {
      return headers.allValues("Set-Cookie");
    }
  }

  /** A reader with a cookie jar who does not follow redirects (the tests look at them). */
  static final class Visitor {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    Visitor(URL base) {
      String b = base.toString();
      this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    Visitor signedIn(String user) {
      Page p = signIn(user, password(user));
      assertEquals(303, p.status(), "sign-in of " + user + ": " + p.body());
      return this;
    }

    Page signIn(String user, String password) {
      String token = csrf(get("/user/login"));
      return post("/user/login", "_csrf", token, "username", user, "password", password);
    }

    /** The form token of a page. */
    String csrf(Page p) {
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(p.body());
      assertTrue(m.find(), "no form token in " + p.body());
      return m.group(1);
    }

    Page get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Page post(String path, String... keyValues) {
      return postWithHeaders(path, Map.of(), keyValues);
    }

    Page postWithHeaders(String path, Map<String, String> headers, String... keyValues) {
      StringJoiner form = new StringJoiner("&");
      for (int i = 0; i < keyValues.length; i += 2) {
        form.add(
            URLEncoder.encode(keyValues[i], StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
      }
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
      headers.forEach(b::header);
      return send(b);
    }

    Page postJson(String path, String json) {
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Page postMultipart(String path, Map<String, String> fields, String filename, byte[] file) {
      String boundary = "----penerbit" + UUID.randomUUID();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fields.forEach(
          (k, v) ->
              out.writeBytes(
                  ("--"
                          + boundary
                          + "\r\nContent-Disposition: form-data; name=\""
                          + k
                          + "\"\r\n\r\n"
                          + v
                          + "\r\n")
                      .getBytes(StandardCharsets.UTF_8)));
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\""
                  + filename
                  + "\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /**
     * A multipart POST that declares 2 GB and sends only its start, over a raw socket: the server
     * must answer from the declared size without waiting for (or storing) the body.
     */
    Page postDeclaredTooLarge(String path) {
      URI uri = URI.create(base + path);
      StringBuilder cookie = new StringBuilder();
      for (HttpCookie c : cookies.getCookieStore().get(uri)) {
        cookie
            .append(cookie.length() == 0 ? "" : "; ")
            .append(c.getName())
            .append('=')
            .append(c.getValue());
      }
      String head =
          "POST "
              + uri.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nCookie: "
              + cookie
              + "\r\nContent-Type: multipart/form-data; boundary=xyz"
              + "\r\nContent-Length: 2147483648\r\n\r\n--xyz\r\n";
      try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
        socket.setSoTimeout(15_000);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        while (!headers.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
          int b = in.read();
          if (b < 0) {
            break;
          }
          headers.write(b);
        }
        String h = headers.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(h.substring(9, 12));
        Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(h);
        byte[] body =
            length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return new Page(status, new String(body, StandardCharsets.UTF_8), null);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private Page send(HttpRequest.Builder b) {
      try {
        HttpResponse<String> r =
            client.send(
                b.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(r.statusCode(), r.body(), r.headers());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
