package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import id.terbuka.web.PublisherPagesIT.Page;
import id.terbuka.web.PublisherPagesIT.Visitor;
import id.terbuka.web.browser.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts on the publisher pages (issue 13): the sysadmin signs in, creates a user with the API's
 * rules, disables them (their session and API token stop working, sign-in says why), re-enables
 * them, resets their password (the new one works, the old one not), and every step is an activity
 * without password material, read through {@code user_activity_list}; anyone else gets 403 pages.
 * The pages pass axe in Chromium.
 */
@ExtendWith(SharedPortal.class)
class AccountPagesIT {
  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser();

  private Http http;
  private String admin;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    admin = ItSupport.cliToken(http, "admin");
  }

  private Visitor sysadmin() {
    Visitor v = new Visitor(base);
    Page p = v.signIn("admin", TestInfrastructure.ADMIN_PASSWORD);
    assertEquals(303, p.status(), p.body());
    return v;
  }

  @Test
  void aSysadminCreatesDisablesReEnablesAndResetsAnAccount() {
    String sfx = ItSupport.unique();
    String name = "akun-" + sfx;
    String password = "sandi-awal-" + sfx;
    Visitor root = sysadmin();

    Page list = root.get("/dashboard/users");
    assertEquals(200, list.status(), list.body());
    assertEquals("no-store", list.header("Cache-Control"));
    assertTrue(list.body().contains("/dashboard/users/new"), list.body());

    // Bad input: precise messages next to the fields, the form as typed, never the password.
    Page form = root.get("/dashboard/users/new");
    assertEquals(200, form.status(), form.body());
    Page bad =
        root.post(
            "/dashboard/users/new",
            "_csrf",
            root.csrf(form),
            "name",
            "Budi S",
            "fullname",
            "Budi Santoso",
            "email",
            "budi-at-dinas",
            "password",
            "pendek1");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.body().contains("id=\"e-name\""), bad.body());
    assertTrue(bad.body().contains("Hanya huruf kecil"), bad.body());
    assertTrue(bad.body().contains("Alamat email budi-at-dinas tidak valid."), bad.body());
    assertTrue(bad.body().contains("Paling sedikit 8 karakter."), bad.body());
    assertTrue(bad.body().contains("value=\"Budi Santoso\""), "kept as typed");
    assertFalse(bad.body().contains("pendek1"), "a password is never sent back");
    Page taken =
        root.post(
            "/dashboard/users/new",
            "_csrf",
            root.csrf(form),
            "name",
            "admin",
            "email",
            "a@example.org",
            "password",
            password);
    assertEquals(422, taken.status(), taken.body());
    assertTrue(taken.body().contains("Nama pengguna ini sudah dipakai."), taken.body());
    Page noToken =
        root.post(
            "/dashboard/users/new", "name", name, "email", "x@example.org", "password", password);
    assertEquals(403, noToken.status(), "every POST carries the form token");

    Page created =
        root.post(
            "/dashboard/users/new",
            "_csrf",
            root.csrf(form),
            "name",
            name,
            "fullname",
            "Akun Uji " + sfx,
            "email",
            name + "@example.org",
            "password",
            password);
    assertEquals(303, created.status(), created.body());
    assertTrue(created.location().endsWith("/dashboard/users?done=user-created"));
    list = root.get("/dashboard/users?done=user-created");
    assertTrue(list.body().contains("Akun dibuat."), list.body());
    assertTrue(list.body().contains(name + "@example.org"), list.body());
    assertTrue(list.body().contains("/dashboard/users/" + name + "/disable"), list.body());
    Map<String, Object> shown = ok(http.get(Http.action("user_show", "id", name), admin));
    assertEquals("active", shown.get("state"));
    String userId = (String) shown.get("id");

    // The new user signs in, holds a token, and is no sysadmin: every account page is refused.
    Visitor user = new Visitor(base);
    assertEquals(303, user.signIn(name, password).status());
    String token =
        (String)
            ItSupport.okMap(http, "api_token_create", admin, dict("user", name, "name", "it"))
                .get("token");
    ok(http, "api_token_create", token, dict("user", name, "name", "own"));
    Page dashboard = user.get("/dashboard");
    assertEquals(200, dashboard.status());
    assertFalse(dashboard.body().contains("/dashboard/users"), "no link for a non-sysadmin");
    String userCsrf = user.csrf(dashboard);
    for (String path :
        List.of(
            "/dashboard/users",
            "/dashboard/users/new",
            "/dashboard/users/admin/disable",
            "/dashboard/users/admin/password")) {
      Page refused = user.get(path);
      assertEquals(403, refused.status(), path);
      assertTrue(
          refused.body().contains("Akun pengguna hanya dikelola oleh sysadmin."), refused.body());
    }
    for (String path :
        List.of(
            "/dashboard/users/new",
            "/dashboard/users/admin/disable",
            "/dashboard/users/admin/enable",
            "/dashboard/users/admin/password")) {
      Page refused =
          user.post(path, "_csrf", userCsrf, "name", "x-" + sfx, "email", "x@example.org");
      assertEquals(403, refused.status(), path);
    }
    assertEquals("active", userState("admin"));
    assertEquals(
        404, http.get(Http.action("user_show", "id", "x-" + sfx), admin).status(), "not created");

    // Disabled, after a confirmation: session, token and sign-in all stop.
    Page confirm = root.get("/dashboard/users/" + name + "/disable");
    assertEquals(200, confirm.status(), confirm.body());
    assertTrue(confirm.body().contains("Nonaktifkan akun " + name + "?"), confirm.body());
    Page disabled = root.post("/dashboard/users/" + name + "/disable", "_csrf", root.csrf(confirm));
    assertEquals(303, disabled.status(), disabled.body());
    assertTrue(disabled.location().endsWith("?done=user-disabled"), disabled.location());
    assertEquals("disabled", userState(name));
    assertEquals(303, user.get("/dashboard").status(), "the open session lost its rights");
    failed(
        ItSupport.post(http, "api_token_create", token, dict("user", name, "name", "again")),
        403,
        "Authorization Error");
    failed(
        http.get(Http.action("api_token_list", "user", name), token), 403, "Authorization Error");
    Page refusedSignIn = new Visitor(base).signIn(name, password);
    assertEquals(200, refusedSignIn.status());
    assertTrue(
        refusedSignIn.body().contains("Akun ini dinonaktifkan."),
        "the owner, who knows the password, is told why: " + refusedSignIn.body());
    Page wrongPassword = new Visitor(base).signIn(name, "bukan-" + password);
    assertTrue(wrongPassword.body().contains("Nama pengguna atau kata sandi salah."));
    assertFalse(wrongPassword.body().contains("dinonaktifkan"), "a guesser learns nothing");
    list = root.get("/dashboard/users");
    assertTrue(list.body().contains("/dashboard/users/" + name + "/enable"), list.body());

    // A sysadmin cannot disable themself; an unknown account is a 404.
    Page self = root.post("/dashboard/users/admin/disable", "_csrf", root.csrf(list));
    assertEquals(422, self.status(), self.body());
    assertTrue(
        self.body().contains("Anda tidak dapat menonaktifkan akun Anda sendiri."), self.body());
    assertEquals("active", userState("admin"));
    assertEquals(404, root.get("/dashboard/users/tidak-ada-" + sfx + "/disable").status());

    // Re-enabled: the same token and password work again.
    assertEquals(
        303, root.get("/dashboard/users/" + name + "/enable").status(), "GET changes nothing");
    assertEquals("disabled", userState(name));
    Page enabled = root.post("/dashboard/users/" + name + "/enable", "_csrf", root.csrf(list));
    assertEquals(303, enabled.status(), enabled.body());
    assertTrue(enabled.location().endsWith("?done=user-enabled"), enabled.location());
    assertEquals("active", userState(name));
    ok(http.get(Http.action("api_token_list", "user", name), token));
    assertEquals(
        303, user.get("/dashboard").status(), "the session open when disabled stays ended");
    Visitor again = new Visitor(base);
    assertEquals(303, again.signIn(name, password).status());
    assertEquals(200, again.get("/dashboard").status());

    // Password reset: a generated password, shown once; the old one stops working.
    Page ask = root.get("/dashboard/users/" + name + "/password");
    assertEquals(200, ask.status(), ask.body());
    Page reset = root.post("/dashboard/users/" + name + "/password", "_csrf", root.csrf(ask));
    assertEquals(200, reset.status(), reset.body());
    assertEquals("no-store", reset.header("Cache-Control"));
    Matcher m =
        Pattern.compile("id=\"new-password\"[^>]* value=\"([^\"]+)\"").matcher(reset.body());
    assertTrue(m.find(), reset.body());
    String newPassword = m.group(1);
    assertNotEquals(password, newPassword);
    assertTrue(newPassword.length() >= 16, newPassword);
    assertFalse(root.get("/dashboard/users").body().contains(newPassword), "shown once");
    assertEquals(200, new Visitor(base).signIn(name, password).status(), "old password refused");
    assertEquals(303, again.get("/dashboard").status(), "the reset ended the open session");
    assertEquals(303, new Visitor(base).signIn(name, newPassword).status());

    // Every step is an activity of the account, newest first, with no password material.
    List<Object> activities = ok(http.get(Http.action("user_activity_list", "id", name), admin));
    List<Map<String, Object>> own =
        activities.stream()
            .map(ItSupport::map)
            .filter(a -> userId.equals(a.get("object_id")))
            .toList();
    assertEquals(
        List.of("changed user", "changed user", "changed user", "new user"),
        own.stream().map(a -> a.get("activity_type")).toList());
    assertEquals(
        List.of("password reset", "re-enabled", "disabled", "created"),
        own.stream().map(a -> map(a.get("data")).get("detail")).toList());
    for (Map<String, Object> a : own) {
      Map<String, Object> data = map(a.get("data"));
      assertEquals("admin", data.get("actor"));
      assertEquals(name, map(data.get("user")).get("name"));
      String json = Json.write(a);
      for (String secret :
          List.of(password, newPassword, "pbkdf2", "password_hash", name + "@example.org")) {
        assertFalse(json.contains(secret), secret + " in " + json);
      }
    }
    assertEquals("disabled", map(map(own.get(2).get("data")).get("user")).get("state"));

    // The stream is the user's own and the sysadmins': others get 403, one activity a 404.
    ok(http.get(Http.action("user_activity_list", "id", name), token));
    String outsider = PublisherSetup.userWithToken(http, admin, "lain-" + sfx, null, null);
    failed(
        http.get(Http.action("user_activity_list", "id", name), outsider),
        403,
        "Authorization Error");
    failed(
        http.get(Http.action("user_activity_list", "id", name), null), 403, "Authorization Error");
    String activityId = (String) own.get(0).get("id");
    failed(
        http.get(Http.action("activity_show", "id", activityId), outsider), 404, "Not Found Error");
    ok(http.get(Http.action("activity_show", "id", activityId), token));
    failed(
        http.get(Http.action("user_activity_list", "id", "tidak-ada-" + sfx), admin),
        404,
        "Not Found Error");
  }

  @Test
  void userCreateOverTheApiIsAnActivityToo() {
    String name = "api-akun-" + ItSupport.unique();
    PublisherSetup.userWithToken(http, admin, name, null, null);
    List<Object> activities = ok(http.get(Http.action("user_activity_list", "id", name), admin));
    assertEquals(1, activities.size(), activities.toString());
    Map<String, Object> a = map(activities.get(0));
    assertEquals("new user", a.get("activity_type"));
    assertEquals("created", map(a.get("data")).get("detail"));
    assertFalse(Json.write(a).contains("rahasia-" + name), "no password");
  }

  @Test
  void theAccountPagesAreAccessibleInABrowser() {
    String name = "a11y-" + ItSupport.unique();
    PublisherSetup.userWithToken(http, admin, name, null, null);
    WebDriver d = browser.driver();
    d.manage().deleteAllCookies();
    browser.open("/user/login?came_from=/dashboard/users");
    d.findElement(By.id("f-username")).sendKeys("admin");
    d.findElement(By.id("f-password")).sendKeys(TestInfrastructure.ADMIN_PASSWORD);
    d.findElement(By.cssSelector("form.pub button[type=submit]")).click();
    waitFor(d, x -> x.getCurrentUrl().endsWith("/dashboard/users"));
    assertTrue(browser.text().contains(name), browser.text());
    browser.assertAccessible();
    browser.screenshots("users");

    browser.open("/dashboard/users/new?lang=en");
    browser.assertAccessible();
    d.findElement(By.id("f-name")).sendKeys("Not Valid");
    d.findElement(By.cssSelector("form.pub button[type=submit]")).click();
    waitFor(d, x -> !x.findElements(By.id("problems")).isEmpty());
    assertEquals("true", d.findElement(By.id("f-name")).getAttribute("aria-invalid"));
    browser.assertAccessible();
    browser.screenshots("user-new-errors");

    browser.open("/dashboard/users/" + name + "/password");
    browser.assertAccessible();
    d.findElement(By.cssSelector("form.pub button[type=submit]")).click();
    waitFor(d, x -> !x.findElements(By.id("new-password")).isEmpty());
    browser.assertAccessible();
    browser.screenshots("user-password");
  }

  private String userState(String name) {
    return (String)
        ItSupport.<Map<String, Object>>ok(http.get(Http.action("user_show", "id", name), admin))
            .get("state");
  }

  private static void waitFor(
      WebDriver d, java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(d, Duration.ofSeconds(30)).until(condition::apply);
  }
}
