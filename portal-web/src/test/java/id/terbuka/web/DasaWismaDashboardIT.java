package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.web.PublisherPagesIT.Page;
import id.terbuka.web.PublisherPagesIT.Visitor;
import id.terbuka.web.browser.Browser;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The signed-in Dasa Wisma pages through the deployed WAR, as a browser without JavaScript uses
 * them (session sign-in, form tokens): a cadre enters, corrects and removes a household through the
 * form (problems next to their fields, nothing saved on error, no household data in a URL beyond
 * its key, {@code no-store}) and uploads a workbook through the generic import page; a TP PKK of a
 * kecamatan reads her recap and is refused another area's; a user without a role is told whom to
 * ask; a sysadmin assigns and withdraws a role; the walidata publishes the month's snapshot (year
 * 2023, once). Kecamatan 35.22.03 and year 2025 keep its households apart from the other classes'.
 */
@ExtendWith(SharedPortal.class)
class DasaWismaDashboardIT {
  static final String KECAMATAN = "35.22.03";
  static final String DESA = "35.22.03.2001";
  static final String OTHER_DESA = "35.22.03.2002";
  static final int TAHUN = 2025;
  static final int SNAPSHOT_YEAR = 2023;
  private static final String HOME = "/dashboard/dasawisma";
  private static final String FORM = "/dashboard/dasawisma/rumah-tangga";

  @SharedPortal.Base URL base;

  @RegisterExtension static final Browser browser = new Browser();

  private Http http;
  private World world;

  /** User names of each part (their password is {@code rahasia-NAME}) and the cadre's token. */
  record World(
      String admin,
      String kader,
      String kaderToken,
      String tpKecamatan,
      String walidata,
      String outsider,
      String newcomer,
      String sfx) {}

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(DasaWismaDashboardIT.class, this::makeWorld);
  }

  private World makeWorld() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    if (http.get(Http.action("organization_show", "id", "tp-pkk"), null).status() != 200) {
      ok(http, "organization_create", admin, dict("name", "tp-pkk", "title", "TP PKK"));
    }
    String kader = "dw-kader-" + sfx;
    String kaderToken = PublisherSetup.userWithToken(http, admin, kader, null, null);
    String tpKec = "dw-tpkec-" + sfx;
    PublisherSetup.userWithToken(http, admin, tpKec, null, null);
    String walidata = "dw-wali-" + sfx;
    PublisherSetup.userWithToken(http, admin, walidata, "tp-pkk", "editor");
    String outsider = "dw-luar-" + sfx;
    PublisherSetup.userWithToken(http, admin, outsider, null, null);
    String newcomer = "dw-baru-" + sfx;
    PublisherSetup.userWithToken(http, admin, newcomer, null, null);
    assign(admin, kader, "kader", DESA);
    assign(admin, tpKec, "tp_pkk_kecamatan", KECAMATAN);
    return new World(admin, kader, kaderToken, tpKec, walidata, outsider, newcomer, sfx);
  }

  private void assign(String token, String user, String role, String region) {
    Http.Reply r =
        http.postJson(
            "/api/v1/dasawisma/roles", token, dict("user", user, "role", role, "region", region));
    assertEquals(201, r.status(), r.body());
  }

  private Visitor signedIn(String user) {
    Visitor v = new Visitor(base);
    String password = user.equals("admin") ? TestInfrastructure.ADMIN_PASSWORD : "rahasia-" + user;
    Page p = v.signIn(user, password);
    assertEquals(303, p.status(), "sign-in of " + user + ": " + p.body());
    return v;
  }

  /** A valid household of the cadre's desa, in the form's (the import's) field names. */
  private static Map<String, String> household(String group, String id) {
    Map<String, String> h = new LinkedHashMap<>(HouseholdColumns.exampleRow());
    h.put("tahun", Integer.toString(TAHUN));
    h.put("kode_desa", DESA);
    h.put("kelompok_dasawisma", group);
    h.put("id_keluarga", id);
    return h;
  }

  private static Page post(Visitor v, String path, String csrf, Map<String, String> fields) {
    List<String> kv = new ArrayList<>(List.of("_csrf", csrf));
    fields.forEach(
        (k, val) -> {
          kv.add(k);
          kv.add(val);
        });
    return v.post(path, kv.toArray(String[]::new));
  }

  /** The Location of a redirect, below the context root. */
  private String relative(String location) {
    URI loc = URI.create(location);
    String context = URI.create(base.toString()).getRawPath().replaceAll("/$", "");
    String path = loc.getRawPath().substring(context.length());
    return loc.getRawQuery() == null ? path : path + "?" + loc.getRawQuery();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String keyUrl(String group, String id) {
    return FORM
        + "?tahun="
        + TAHUN
        + "&kode_desa="
        + DESA
        + "&kelompok_dasawisma="
        + enc(group)
        + "&id_keluarga="
        + enc(id);
  }

  /** The cadre's stored households of the desa, through the API (as she sees them). */
  private List<Map<String, Object>> stored(String group) {
    Http.Reply r =
        http.get(
            "/api/v1/dasawisma/" + TAHUN + "/households?kode_desa=" + DESA, world.kaderToken());
    assertEquals(200, r.status(), r.body());
    List<Map<String, Object>> mine = new ArrayList<>();
    for (Object o : ItSupport.list(r.map().get("households"))) {
      Map<String, Object> h = ItSupport.map(o);
      if (group.equals(h.get("kelompok_dasawisma"))) {
        mine.add(h);
      }
    }
    return mine;
  }

  // ------------------------------------------------------------------------------ the cadre

  @Test
  void aCadreAddsCorrectsAndRemovesAHouseholdThroughTheForm() {
    String group = "Cempaka " + world.sfx();
    Visitor v = signedIn(world.kader());
    Page dashboard = v.get("/dashboard");
    assertTrue(
        dashboard.body().contains("href=\"" + contextPath() + HOME + "\""), dashboard.body());
    assertTrue(dashboard.body().contains("/dashboard/imports/dasawisma\""), "her import page");
    assertFalse(dashboard.body().contains("/dashboard/imports/budget\""), "not an editor's");

    Page home = v.get(HOME + "?tahun=" + TAHUN);
    assertEquals(200, home.status(), home.body());
    assertEquals("no-store", home.header("Cache-Control"));
    assertTrue(home.body().contains("Rumah tangga Nglampin, tahun " + TAHUN), home.body());
    assertTrue(home.body().contains("/api/v1/dasawisma/template.xlsx"), home.body());
    assertTrue(home.body().contains("/dashboard/imports/dasawisma\""), home.body());
    assertFalse(home.body().contains("Rekap TP PKK"), "no recap for a cadre");
    assertFalse(home.body().contains("/dashboard/dasawisma/snapshot"), "nor the walidata's button");

    Page blank = v.get(FORM + "?tahun=" + TAHUN + "&desa=" + DESA);
    assertEquals(200, blank.status(), blank.body());
    assertTrue(blank.body().contains("inputmode=\"numeric\""), blank.body());
    assertTrue(blank.body().contains("<legend>Anggota keluarga</legend>"), blank.body());
    assertTrue(blank.body().contains("value=\"" + DESA + "\" selected"), blank.body());
    String csrf = v.csrf(blank);

    Page added = post(v, FORM, csrf, household(group, "001"));
    assertEquals(303, added.status(), added.body());
    String back = relative(added.location());
    assertEquals(HOME + "?tahun=" + TAHUN + "&desa=" + DESA + "&done=household-inserted", back);
    Page listed = v.get(back);
    assertTrue(listed.body().contains("Rumah tangga disimpan sebagai data baru."), listed.body());
    assertTrue(listed.body().contains(group), listed.body());
    String edit = keyUrl(group, "001");
    assertTrue(listed.body().contains(edit.replace("&", "&amp;") + "\""), listed.body());
    assertEquals(1, stored(group).size());

    Page form = v.get(edit);
    assertEquals(200, form.status(), form.body());
    assertEquals("no-store", form.header("Cache-Control"));
    assertTrue(form.body().contains("value=\"" + group + "\" readonly"), form.body());
    assertTrue(form.body().contains("name=\"anggota_l\""), form.body());
    assertTrue(form.body().contains("value=\"Krajan\""), "the stored dusun");
    assertTrue(form.body().contains("id=\"hapus\""), "the removal form");

    Map<String, String> same = household(group, "001");
    same.put("mode", "edit");
    Page unchanged = post(v, FORM, csrf, same);
    assertEquals(303, unchanged.status(), unchanged.body());
    assertTrue(unchanged.location().endsWith("done=household-unchanged"), unchanged.location());

    Map<String, String> corrected = new LinkedHashMap<>(same);
    corrected.put("jamban", "3");
    Page replaced = post(v, FORM, csrf, corrected);
    assertEquals(303, replaced.status(), replaced.body());
    assertTrue(replaced.location().endsWith("done=household-replaced"), replaced.location());
    assertTrue(v.get(relative(replaced.location())).body().contains("Perubahan data rumah"));
    assertEquals("3", stored(group).get(0).get("jamban"));

    Map<String, String> bad = new LinkedHashMap<>(corrected);
    bad.put("balita_l", "5");
    bad.put("kriteria_rumah", "bagus");
    bad.put("rt", "0");
    bad.put("jamban", "1");
    Page refused = post(v, FORM, csrf, bad);
    assertEquals(422, refused.status(), refused.body());
    String body = refused.body();
    assertTrue(body.contains("id=\"e-balita_l\""), body);
    assertTrue(body.contains("lebih besar daripada"), body);
    assertTrue(body.contains("id=\"e-kriteria_rumah\""), body);
    assertTrue(body.contains("Nilai tidak dikenal"), body);
    assertTrue(body.contains("id=\"e-rt\""), body);
    assertTrue(body.contains("aria-invalid=\"true\""), body);
    assertTrue(body.contains("<a href=\"#f-balita_l\">Balita laki-laki: "), "the summary names it");
    assertTrue(body.contains("name=\"balita_l\" type=\"text\" inputmode=\"numeric\""), body);
    assertTrue(body.contains("value=\"5\""), "what she typed stays");
    assertFalse(body.contains("balita_l=5"), "no answer in any link (the language switch)");
    assertEquals("3", stored(group).get(0).get("jamban"), "nothing of a refused form is saved");

    Page english = post(v, FORM + "?lang=en", csrf, bad);
    assertEquals(422, english.status(), english.body());
    assertTrue(english.body().contains("This number is larger than"), english.body());
    assertTrue(english.body().contains("Unknown value"), english.body());
    assertTrue(english.body().contains("<legend>Family members</legend>"), english.body());
    v.get(HOME + "?lang=id");

    Map<String, String> key =
        Map.of(
            "tahun",
            Integer.toString(TAHUN),
            "kode_desa",
            DESA,
            "kelompok_dasawisma",
            group,
            "id_keluarga",
            "001");
    Page noReason = post(v, FORM + "/hapus", csrf, key);
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("id=\"e-reason\""), noReason.body());
    assertTrue(noReason.body().contains("Tuliskan alasan penghapusan."), noReason.body());
    assertEquals(1, stored(group).size());

    Map<String, String> withReason = new LinkedHashMap<>(key);
    withReason.put("reason", "pindah ke desa lain");
    Page removed = post(v, FORM + "/hapus", csrf, withReason);
    assertEquals(303, removed.status(), removed.body());
    assertTrue(removed.location().endsWith("done=household-removed"), removed.location());
    assertTrue(v.get(relative(removed.location())).body().contains("Rumah tangga dihapus."));
    assertEquals(0, stored(group).size());
    assertEquals(404, v.get(edit).status(), "a removed household has no form");
    assertEquals(404, post(v, FORM + "/hapus", csrf, withReason).status());
  }

  @Test
  void aCadreUploadsAWorkbookThroughTheGenericImportPage() {
    String group = "Dahlia " + world.sfx();
    Visitor v = signedIn(world.kader());
    Page page = v.get("/dashboard/imports/dasawisma");
    assertEquals(200, page.status(), page.body());
    assertFalse(page.body().contains("name=\"organization\""), "the handler decides it");
    assertTrue(page.body().contains("Impor dicatat atas nama TP PKK."), page.body());
    assertTrue(page.body().contains("/api/v1/dasawisma/template.xlsx"), page.body());
    assertTrue(page.body().contains("Kolom identitas"), "the kind's own lead");
    String csrf = v.csrf(page);

    List<Map<String, String>> rows = DasaWismaFixtures.rows(TAHUN, DESA, group, 3);
    String csv = DasaWismaFixtures.csv(rows, List.of("nama_kepala_keluarga"), "Wati");
    Page accepted =
        v.postMultipart(
            "/dashboard/imports/dasawisma",
            Map.of("_csrf", csrf),
            "dahlia.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(303, accepted.status(), accepted.body());
    String reportPath = relative(accepted.location());
    assertTrue(reportPath.startsWith("/dashboard/imports/dasawisma/"), reportPath);
    Page report = v.get(reportPath);
    assertEquals(200, report.status(), report.body());
    assertTrue(report.body().contains("3 baris baru"), report.body());
    assertTrue(report.body().contains("nama_kepala_keluarga"), "the dropped identity column");
    assertEquals(3, stored(group).size());
    assertEquals(404, signedIn(world.outsider()).get(reportPath).status(), "private to its sender");

    rows.get(1).put("balita_l", "7");
    Page rejected =
        v.postMultipart(
            "/dashboard/imports/dasawisma",
            Map.of("_csrf", csrf),
            "dahlia-salah.csv",
            DasaWismaFixtures.csv(rows, List.of(), "").getBytes(StandardCharsets.UTF_8));
    assertEquals(422, rejected.status(), rejected.body());
    assertTrue(
        rejected.body().contains("<td>3</td><td><code>balita_l</code></td><td><code>7</code></td>"),
        rejected.body());

    Page history = v.get("/dashboard/imports/dasawisma");
    assertTrue(history.body().contains("dahlia.csv"), history.body());
    assertTrue(history.body().contains("dahlia-salah.csv"), history.body());
    Page home = v.get(HOME + "?tahun=" + TAHUN);
    assertTrue(home.body().contains("Impor saya"), home.body());
    assertTrue(home.body().contains(reportPath + "\""), "her imports on her home");

    Page outsider = signedIn(world.outsider()).get("/dashboard/imports/dasawisma");
    assertEquals(403, outsider.status(), outsider.body());
    assertTrue(outsider.body().contains("tidak memiliki peran untuk mengimpor"), outsider.body());
  }

  @Test
  void strangersGetClearAnswersNeverAServerError() {
    Page anonymous = new Visitor(base).get(HOME);
    assertEquals(303, anonymous.status());
    assertTrue(anonymous.location().contains("/user/login?came_from="), anonymous.location());

    Visitor outsider = signedIn(world.outsider());
    Page none = outsider.get(HOME);
    assertEquals(200, none.status(), none.body());
    assertTrue(none.body().contains("Akun Anda belum memiliki peran Dasa Wisma."), none.body());
    assertTrue(none.body().contains("TP PKK Kabupaten Bojonegoro"), "whom to ask");
    assertTrue(none.body().contains(world.outsider()), "with her user name to give");
    assertFalse(outsider.get("/dashboard").body().contains(HOME + "\""), "no link for her");
    String csrf = outsider.csrf(none);
    assertEquals(403, outsider.get(FORM).status());
    assertEquals(403, post(outsider, FORM, csrf, household("X", "1")).status());
    assertEquals(403, outsider.get(HOME + "/rekap?level=desa&kode=" + KECAMATAN).status());
    Page snapshot = post(outsider, HOME + "/snapshot", csrf, Map.of("tahun", "2023"));
    assertEquals(403, snapshot.status(), snapshot.body());
    Page role =
        post(
            outsider,
            HOME + "/peran",
            csrf,
            Map.of("user", world.outsider(), "role", "kader", "region", DESA));
    assertEquals(403, role.status(), role.body());

    Visitor kader = signedIn(world.kader());
    String token = kader.csrf(kader.get(HOME));
    Map<String, String> elsewhere = household("Asing " + world.sfx(), "1");
    elsewhere.put("kode_desa", OTHER_DESA);
    Page notHers = post(kader, FORM, token, elsewhere);
    assertEquals(422, notHers.status(), notHers.body());
    assertTrue(notHers.body().contains("Anda bukan kader desa/kelurahan ini."), notHers.body());
    Page noToken = kader.post(FORM, "tahun", "2025");
    assertEquals(403, noToken.status());
    assertTrue(noToken.body().contains("Formulir ini sudah kedaluwarsa"), noToken.body());
    assertEquals(404, kader.get(FORM + "?tahun=20x5&kelompok_dasawisma=A&id_keluarga=1").status());
    assertEquals(
        404, kader.get(FORM + "?tahun=2025&kode_desa=" + DESA + "&id_keluarga=1").status());
    assertEquals(
        403,
        kader
            .get(
                FORM
                    + "?tahun=2025&kode_desa="
                    + OTHER_DESA
                    + "&kelompok_dasawisma=A"
                    + "&id_keluarga=1")
            .status(),
        "another desa's household is not hers to read");
    assertEquals(200, kader.get(HOME + "?tahun=abcd&desa=zz&page=-1").status());
    assertEquals(404, kader.get(HOME + "/tidak-ada").status());
    assertEquals(403, kader.get(HOME + "/rekap").status(), "recaps are the TP PKK's");
  }

  // ----------------------------------------------------------------------------- the TP PKK

  @Test
  void aTpPkkKecamatanSeesHerAreasRecapAndNoOtherArea() {
    String group = "Kenanga " + world.sfx();
    Http.Reply seeded =
        http.postMultipart(
            "/api/v1/dasawisma/imports",
            world.kaderToken(),
            Map.of(),
            "file",
            "kenanga.csv",
            DasaWismaFixtures.csv(DasaWismaFixtures.rows(TAHUN, DESA, group, 4), List.of(), "")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, seeded.status(), seeded.body());

    Visitor v = signedIn(world.tpKecamatan());
    Page home = v.get(HOME);
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains("Rekap TP PKK"), home.body());
    assertTrue(home.body().contains("value=\"" + KECAMATAN + "\" selected"), home.body());
    assertFalse(home.body().contains("Tambah rumah tangga"), "she enters no households");

    Page recap = v.get(HOME + "/rekap?tahun=" + TAHUN + "&level=dasawisma&kode=" + KECAMATAN);
    assertEquals(200, recap.status(), recap.body());
    assertEquals("no-store", recap.header("Cache-Control"));
    assertTrue(recap.body().contains("<th scope=\"row\">" + group + "</th>"), recap.body());
    for (String code : List.of("rumah_tangga", "anggota_l", "balita_l", "kesehatan_lingkungan")) {
      String name = Indicators.find(code).orElseThrow().name("id");
      assertTrue(recap.body().contains("<th scope=\"col\">" + name + "</th>"), name);
    }
    Page english = v.get(HOME + "/rekap?tahun=" + TAHUN + "&level=desa&kode=" + DESA + "&lang=en");
    assertEquals(200, english.status(), english.body());
    String nameEn = Indicators.find("rumah_tangga").orElseThrow().name("en");
    assertTrue(english.body().contains("<th scope=\"col\">" + nameEn + "</th>"), english.body());
    v.get(HOME + "?lang=id");

    Page other = v.get(HOME + "/rekap?tahun=" + TAHUN + "&level=desa&kode=35.22.01");
    assertEquals(403, other.status(), other.body());
    assertTrue(other.body().contains("tidak memegang peran TP PKK atas wilayah itu"), other.body());
    assertFalse(other.body().contains("<table"), "no figures of another area");
    Page above = v.get(HOME + "/rekap?tahun=" + TAHUN + "&level=kabupaten&kode=" + KECAMATAN);
    assertEquals(422, above.status(), above.body());
    assertTrue(above.body().contains("id=\"e-level\""), above.body());
    Page unknown = v.get(HOME + "/rekap?tahun=" + TAHUN + "&level=provinsi&kode=" + KECAMATAN);
    assertEquals(422, unknown.status(), unknown.body());
    Page badArea = v.get(HOME + "/rekap?tahun=" + TAHUN + "&level=desa&kode=%3Cscript%3E");
    assertEquals(422, badArea.status(), badArea.body());
    assertTrue(badArea.body().contains("id=\"e-kode\""), badArea.body());
    assertFalse(badArea.body().contains("<script>"), badArea.body());
  }

  // -------------------------------------------------------------- roles, walidata, browser

  @Test
  void aSysadminAssignsAndWithdrawsARoleThroughThePage() {
    Visitor admin = signedIn("admin");
    Page home = admin.get(HOME);
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains("Peran Dasa Wisma"), home.body());
    String csrf = admin.csrf(home);

    Map<String, String> role =
        Map.of("user", world.newcomer(), "role", "kader", "region", OTHER_DESA);
    Page given = post(admin, HOME + "/peran", csrf, role);
    assertEquals(303, given.status(), given.body());
    assertTrue(given.location().endsWith("done=role-assigned"), given.location());
    assertTrue(admin.get(relative(given.location())).body().contains("Peran diberikan."));
    Page listed = admin.get(HOME + "?wilayah=" + OTHER_DESA);
    assertTrue(
        listed.body().contains("<th scope=\"row\">" + world.newcomer() + "</th>"), listed.body());
    Page again = post(admin, HOME + "/peran", csrf, role);
    assertTrue(again.location().endsWith("done=role-held"), again.location());
    assertTrue(signedIn(world.newcomer()).get(HOME).body().contains("Tambah rumah tangga"));

    Page wrongLevel =
        post(
            admin,
            HOME + "/peran",
            csrf,
            Map.of("user", world.newcomer(), "role", "kader", "region", KECAMATAN));
    assertEquals(422, wrongLevel.status(), wrongLevel.body());
    assertTrue(wrongLevel.body().contains("id=\"e-region\""), wrongLevel.body());
    assertTrue(wrongLevel.body().contains("dipegang atas wilayah setingkatnya"), wrongLevel.body());
    Page nobody =
        post(
            admin,
            HOME + "/peran",
            csrf,
            Map.of("user", "tidak-ada-" + world.sfx(), "role", "ketua", "region", "99.99"));
    assertEquals(422, nobody.status(), nobody.body());
    assertTrue(nobody.body().contains("id=\"e-role\""), nobody.body());

    Page withdrawn = post(admin, HOME + "/peran/cabut", csrf, role);
    assertEquals(303, withdrawn.status(), withdrawn.body());
    assertTrue(withdrawn.location().endsWith("done=role-revoked"), withdrawn.location());
    Http.Reply roles = http.get("/api/v1/dasawisma/roles", world.admin());
    assertFalse(roles.body().contains(world.newcomer()), roles.body());
    assertTrue(signedIn(world.newcomer()).get(HOME).body().contains("belum memiliki peran"));

    Visitor kader = signedIn(world.kader());
    Page refused = post(kader, HOME + "/peran", kader.csrf(kader.get(HOME)), role);
    assertEquals(403, refused.status(), refused.body());
  }

  @Test
  void theWalidataPublishesThisMonthsSnapshotOnceAndLoadsTargets() {
    Visitor v = signedIn(world.walidata());
    Page home = v.get(HOME + "?tahun=" + SNAPSHOT_YEAR);
    assertEquals(200, home.status(), home.body());
    assertTrue(home.body().contains("Terbitkan potret bulan ini untuk tahun 2023"), home.body());
    assertTrue(home.body().contains("/dashboard/imports/dasawisma-target\""), home.body());
    String csrf = v.csrf(home);

    Page published = post(v, HOME + "/snapshot", csrf, Map.of("tahun", "2023"));
    assertEquals(303, published.status(), published.body());
    String back = relative(published.location());
    assertEquals(HOME + "?tahun=2023&done=snapshot-published", back);
    String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
    Page listed = v.get(back);
    assertTrue(listed.body().contains("<th scope=\"row\">" + month + "</th>"), listed.body());
    Page twice = post(v, HOME + "/snapshot", csrf, Map.of("tahun", "2023"));
    assertEquals(409, twice.status(), twice.body());
    assertTrue(twice.body().contains("sudah terbit"), twice.body());

    Page targets = v.get("/dashboard/imports/dasawisma-target");
    assertEquals(200, targets.status(), targets.body());
    assertTrue(targets.body().contains("/api/v1/dasawisma/targets/template.csv"), targets.body());
    assertFalse(targets.body().contains("/api/v1/dasawisma-target/"), "no template it lacks");
    assertFalse(targets.body().contains("name=\"organization\""), targets.body());
    Page dry =
        v.postMultipart(
            "/dashboard/imports/dasawisma-target",
            Map.of("_csrf", csrf, "dry_run", "true"),
            "target.csv",
            ("kode_desa,tahun,jumlah_kk_target\n" + DESA + ",2023,120\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(200, dry.status(), dry.body());
    assertTrue(dry.body().contains("Uji coba: tidak ada yang disimpan"), dry.body());
  }

  @Test
  void theCadresHomeAndFormAreAccessibleOnAPhone() {
    String group = "Melati " + world.sfx();
    Http.Reply seeded =
        http.postMultipart(
            "/api/v1/dasawisma/imports",
            world.kaderToken(),
            Map.of(),
            "file",
            "melati.csv",
            DasaWismaFixtures.csv(DasaWismaFixtures.rows(TAHUN, DESA, group, 2), List.of(), "")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, seeded.status(), seeded.body());
    WebDriver d = browser.driver();
    d.manage().deleteAllCookies();
    browser.open("/user/login");
    d.findElement(By.id("f-username")).sendKeys(world.kader());
    d.findElement(By.id("f-password")).sendKeys("rahasia-" + world.kader());
    d.findElement(By.cssSelector("form.pub button[type=submit]")).click();
    waitFor(d, x -> x.getCurrentUrl().endsWith("/dashboard"));
    browser.open(HOME + "?tahun=" + TAHUN);
    assertTrue(browser.text().contains(group), browser.text());
    browser.assertAccessible();
    browser.screenshots("home");

    browser.open(keyUrl(group, "001"));
    browser.assertAccessible();
    browser.screenshots("form");

    d.findElement(By.id("f-anggota_l")).clear();
    d.findElement(By.id("f-anggota_l")).sendKeys("0");
    d.findElement(By.cssSelector("form.household button[type=submit]")).click();
    waitFor(d, x -> !x.findElements(By.id("problems")).isEmpty());
    assertTrue(browser.text().contains("lebih besar daripada"), browser.text());
    browser.assertAccessible();
    browser.screenshots("form-problems");
  }

  private String contextPath() {
    return URI.create(base.toString()).getRawPath().replaceAll("/$", "");
  }

  private static void waitFor(WebDriver d, java.util.function.Function<WebDriver, Boolean> done) {
    new WebDriverWait(d, Duration.ofSeconds(30)).until(done::apply);
  }
}
