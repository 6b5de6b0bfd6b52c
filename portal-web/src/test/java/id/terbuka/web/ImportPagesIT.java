package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.web.PublisherPagesIT.Page;
import id.terbuka.web.PublisherPagesIT.Visitor;
import id.terbuka.web.browser.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The budget import's publisher page through the deployed WAR, as a browser without JavaScript uses
 * it: an editor signs in through the login form, uploads a valid file (accepted, redirected to its
 * report with the summary and the published dataset), a bad file (the problem table with row,
 * column and value, in Indonesian or English), a dry run, and finds them all in the history;
 * refusals (no form token, no file, too large, not an editor) are pages, never a 500. Year 2021 and
 * a unit code of its own keep it apart from the other budget tests.
 */
@ExtendWith(SharedPortal.class)
class ImportPagesIT {
  private static final String PAGE = "/dashboard/imports/budget";
  private static final String HEADER =
      "tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi\n";
  private static final Pattern REPORT_LINK =
      Pattern.compile("/dashboard/imports/budget/([0-9a-f-]{36})\"");

  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser();

  private Http http;

  /** The finance office with its own unit code, its editor, a mere member, another office. */
  record World(
      String org, String orgTitle, String kode, String editor, String member, String other) {}

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world =
        ItSupport.once(
            ImportPagesIT.class,
            () -> {
              String admin = ItSupport.cliToken(http, "admin");
              String sfx = ItSupport.unique();
              String kode = "5.02.0.00.0.00.21.0000";
              String org = "bpkad-hal-" + sfx;
              String title = "BPKAD Halaman " + sfx;
              ok(
                  http,
                  "organization_create",
                  admin,
                  dict("name", org, "title", title, "kode_unit", kode));
              String other = "lain-hal-" + sfx;
              ok(http, "organization_create", admin, dict("name", other));
              String editor = "impor-" + sfx;
              PublisherSetup.userWithToken(http, admin, editor, org, "editor");
              String member = "anggota-" + sfx;
              PublisherSetup.userWithToken(http, admin, member, org, "member");
              return new World(org, title, kode, editor, member, other);
            });
  }

  private Visitor signedIn(String user) {
    Visitor v = new Visitor(base);
    Page p = v.signIn(user, "rahasia-" + user);
    assertEquals(303, p.status(), "sign-in of " + user + ": " + p.body());
    return v;
  }

  /** One unit's belanja for a quarter of 2021, parents equal to the sum of their children. */
  private String file(String periode) {
    String u = "2021," + periode + "," + world.kode() + ",BPKAD,%s,%s,%s,%s\n";
    return HEADER
        + String.format(u, "5", "BELANJA DAERAH", "1000000", "300000")
        + String.format(u, "5.1", "Belanja Operasi", "600000", "200000")
        + String.format(u, "5.2", "Belanja Modal", "400000", "100000");
  }

  private String badFile() {
    String u = "2021,%s," + world.kode() + ",BPKAD,%s,x,%s,%s\n";
    return HEADER
        + String.format(u, "TW9", "5", "100", "10")
        + String.format(u, "TW2", "5.1", "\"12,5,0\"", "10");
  }

  private static Page upload(
      Visitor v, String path, Map<String, String> fields, String name, String csv) {
    return v.postMultipart(path, fields, name, csv.getBytes(StandardCharsets.UTF_8));
  }

  private static String pathOf(String location) {
    return URI.create(location).getRawPath().replaceFirst("^/[^/]+(?=/dashboard/)", "");
  }

  private static List<String> reportIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = REPORT_LINK.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void anEditorUploadsAValidAndABadFileAndFindsBothReportsInTheHistory() {
    Visitor v = signedIn(world.editor());
    Page dashboard = v.get("/dashboard");
    assertTrue(dashboard.body().contains(PAGE + "\""), dashboard.body());
    assertTrue(dashboard.body().contains("Realisasi APBD"), dashboard.body());

    Page form = v.get(PAGE);
    assertEquals(200, form.status(), form.body());
    assertEquals("no-store", form.header("Cache-Control"));
    assertTrue(form.body().contains("/api/v1/budget/template.csv"), form.body());
    assertTrue(form.body().contains("/api/v1/budget/template.xlsx"), form.body());
    assertTrue(form.body().contains(world.orgTitle()), "the organisation to import for");
    String token = v.csrf(form);

    Page accepted =
        upload(
            v,
            PAGE,
            Map.of("_csrf", token, "organization", world.org()),
            "lra-2021-tw1.csv",
            file("TW1"));
    assertEquals(303, accepted.status(), accepted.body());
    String acceptedPath = pathOf(accepted.location());
    assertTrue(acceptedPath.startsWith(PAGE + "/"), acceptedPath);
    Page report = v.get(acceptedPath);
    assertEquals(200, report.status(), report.body());
    assertTrue(report.body().contains("Diterima dan diterbitkan"), report.body());
    assertTrue(
        report.body().contains("3 baris baru, 0 diganti, 0 tetap, 0 dihapus"), report.body());
    assertTrue(report.body().contains("/dataset/realisasi-apbd-2021\""), "the published dataset");
    String acceptedId = acceptedPath.substring(acceptedPath.lastIndexOf('/') + 1);
    Http.Reply api = http.get("/api/v1/budget/imports/" + acceptedId, null);
    assertEquals(200, api.status(), "an accepted report is public in the API too");
    assertEquals("accepted", api.map().get("status"));

    Page rejected =
        upload(
            v,
            PAGE,
            Map.of("_csrf", token, "organization", world.org()),
            "lra-salah.csv",
            badFile());
    assertEquals(422, rejected.status(), rejected.body());
    String body = rejected.body();
    assertTrue(body.contains("Ditolak: tidak ada yang diubah"), body);
    assertTrue(body.contains("<th scope=\"col\">Baris</th><th scope=\"col\">Kolom</th>"), body);
    assertTrue(
        body.contains("<td>2</td><td><code>periode</code></td><td><code>TW9</code></td>"), body);
    assertTrue(body.contains("Periode tidak dikenal"), body);
    assertTrue(
        body.contains("<td>3</td><td><code>anggaran</code></td><td><code>12,5,0</code></td>"),
        body);
    assertTrue(body.contains("Bukan angka rupiah"), body);
    assertFalse(body.contains("Exception"), body);

    Page english =
        upload(
            v,
            PAGE + "?lang=en",
            Map.of("_csrf", token, "organization", world.org()),
            "lra-salah.csv",
            badFile());
    assertEquals(422, english.status(), english.body());
    assertTrue(english.body().contains("Rejected: nothing was changed"), english.body());
    assertTrue(english.body().contains("<th scope=\"col\">Row</th>"), english.body());
    assertTrue(english.body().contains("Unknown period"), english.body());

    Page history = v.get(PAGE + "?lang=id");
    assertEquals(200, history.status());
    assertTrue(history.body().contains("lra-2021-tw1.csv"), history.body());
    assertTrue(history.body().contains("lra-salah.csv"), history.body());
    assertTrue(history.body().contains(world.editor()), "who sent each file");
    List<String> ids = reportIds(history.body());
    assertTrue(ids.size() >= 3, history.body());
    assertEquals(acceptedId, ids.get(2), "newest first: two rejections after the accepted file");

    Page stored = v.get(PAGE + "/" + ids.get(0));
    assertEquals(200, stored.status(), stored.body());
    assertTrue(stored.body().contains("<td><code>TW9</code></td>"), stored.body());

    // A rejected file's report is for the organisation's editors; an accepted one is public.
    Visitor member = signedIn(world.member());
    assertEquals(404, member.get(PAGE + "/" + ids.get(0)).status());
    assertEquals(200, member.get(acceptedPath).status());
    assertEquals(404, v.get(PAGE + "/no-such-import").status());
    assertEquals(404, v.get("/dashboard/imports/no-such-kind").status());
  }

  @Test
  void aDryRunShowsTheReportAndStoresNothing() {
    Visitor v = signedIn(world.editor());
    String token = v.csrf(v.get(PAGE));
    Page dry =
        upload(
            v,
            PAGE,
            Map.of("_csrf", token, "organization", world.org(), "dry_run", "true"),
            "lra-2021-tw3.csv",
            file("TW3"));
    assertEquals(200, dry.status(), dry.body());
    assertTrue(dry.body().contains("Uji coba: tidak ada yang disimpan"), dry.body());
    assertTrue(dry.body().contains("realisasi-apbd-2021"), "the dataset it would publish");
    assertTrue(dry.body().contains("value=\"true\" checked"), "the dry-run box stays ticked");
    assertEquals(
        404,
        http.get("/api/v1/budget/2021/units/" + world.kode() + "?periode=TW3", null).status(),
        "nothing of the dry run was stored");
  }

  @Test
  void refusalsArePagesNeverAServerError() {
    Page anonymous = new Visitor(base).get(PAGE);
    assertEquals(303, anonymous.status());
    assertTrue(anonymous.location().contains("/user/login?came_from="), anonymous.location());

    Visitor v = signedIn(world.editor());
    String token = v.csrf(v.get(PAGE));
    int before = reportIds(v.get(PAGE).body()).size();

    Page noToken =
        upload(v, PAGE, Map.of("organization", world.org()), "lra-2021-tw2.csv", file("TW2"));
    assertEquals(403, noToken.status(), noToken.body());
    assertTrue(noToken.body().contains("Formulir ini sudah kedaluwarsa"), noToken.body());

    Page noFile = v.post(PAGE, "_csrf", token, "organization", world.org());
    assertEquals(422, noFile.status(), noFile.body());
    assertTrue(noFile.body().contains("id=\"e-upload\""), noFile.body());
    assertTrue(noFile.body().contains("Pilih berkas CSV atau XLSX"), noFile.body());

    byte[] big = new byte[1024 * 1024 + 1];
    Page streamed =
        v.postMultipart(
            PAGE, Map.of("_csrf", token, "organization", world.org()), "besar.csv", big);
    assertEquals(413, streamed.status(), streamed.body());
    assertTrue(streamed.body().contains("Berkas terlalu besar untuk diunggah."), streamed.body());
    Page declared = v.postDeclaredTooLarge(PAGE);
    assertEquals(413, declared.status());
    assertTrue(declared.body().contains("Berkas terlalu besar untuk diunggah."), declared.body());

    Page otherOrg =
        upload(
            v, PAGE, Map.of("_csrf", token, "organization", world.other()), "lra.csv", file("TW2"));
    assertEquals(403, otherOrg.status(), "an organisation the editor does not edit");
    assertEquals(before, reportIds(v.get(PAGE).body()).size(), "none of these ran an import");

    Visitor member = signedIn(world.member());
    Page denied = member.get(PAGE);
    assertEquals(403, denied.status(), denied.body());
    assertTrue(denied.body().contains("belum dapat mengimpor"), denied.body());
    Page posted =
        upload(
            member,
            PAGE,
            Map.of("_csrf", member.csrf(member.get("/dashboard")), "organization", world.org()),
            "lra.csv",
            file("TW2"));
    assertEquals(403, posted.status(), posted.body());
    assertFalse(member.get("/dashboard").body().contains(PAGE), "no import link for members");
  }

  @Test
  void anOfficerImportsThroughTheEnhancedFormInABrowser() throws IOException {
    WebDriver d = browser.driver();
    d.manage().deleteAllCookies();
    browser.open("/user/login");
    d.findElement(By.id("f-username")).sendKeys(world.editor());
    d.findElement(By.id("f-password")).sendKeys("rahasia-" + world.editor());
    d.findElement(By.cssSelector("form.pub button[type=submit]")).click();
    waitFor(d, x -> x.getCurrentUrl().endsWith("/dashboard"));
    d.findElement(By.linkText("Realisasi APBD")).click();
    waitFor(d, x -> x.getCurrentUrl().endsWith(PAGE));
    browser.assertAccessible();
    browser.screenshots("import-form");

    Path bad = Files.createTempFile("lra-salah-", ".csv");
    Files.writeString(bad, badFile());
    d.findElement(By.id("f-upload")).sendKeys(bad.toString());
    d.findElement(By.cssSelector("form[data-upload] button[type=submit]")).click();
    waitFor(d, x -> !x.findElements(By.cssSelector("table.problems-table")).isEmpty());
    assertTrue(browser.text().contains("Periode tidak dikenal"), browser.text());
    browser.assertAccessible();
    browser.screenshots("import-rejected");

    Path good = Files.createTempFile("lra-2021-tw4-", ".csv");
    Files.writeString(good, file("TW4"));
    d.findElement(By.id("f-upload")).sendKeys(good.toString());
    d.findElement(By.cssSelector("form[data-upload] button[type=submit]")).click();
    waitFor(d, x -> x.getCurrentUrl().matches(".*/dashboard/imports/budget/[0-9a-f-]{36}$"));
    waitFor(d, x -> browser.text().contains("Diterima dan diterbitkan"));
    browser.assertAccessible();
    browser.screenshots("import-accepted");
    Files.deleteIfExists(bad);
    Files.deleteIfExists(good);
  }

  private static void waitFor(WebDriver d, java.util.function.Function<WebDriver, Boolean> done) {
    new WebDriverWait(d, Duration.ofSeconds(30)).until(done::apply);
    new WebDriverWait(d, Duration.ofSeconds(30))
        .until(
            x ->
                "complete"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) x)
                            .executeScript("return document.readyState")));
  }
}
