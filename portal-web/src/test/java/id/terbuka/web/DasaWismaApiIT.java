package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dasa Wisma through the deployed WAR (issue 12): roles by region and who may assign them, the
 * household workbook import (identity columns dropped and never stored, idempotent re-import,
 * corrections, every problem located, all-or-nothing), the cadre's form and removals, reports
 * private to their sender, targets, and the restricted store's fences (DataStore SQL, the read-only
 * role, search, files and logs).
 */
@ExtendWith(SharedPortal.class)
class DasaWismaApiIT {
  static final String DESA_A = "35.22.01.2001";
  static final String DESA_B = "35.22.01.2002";
  static final String KECAMATAN = "35.22.01";
  static final String KABUPATEN = "35.22";
  static final int TAHUN = 2025;

  @SharedPortal.Base URL base;

  private Http http;
  private World world;

  /** Tokens of each role, and a suffix that makes this run's dasa wisma groups unique. */
  record World(
      String admin,
      String kaderA,
      String kaderB,
      String tpKecamatan,
      String tpKabupaten,
      String walidata,
      String outsider,
      String sfx) {}

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(DasaWismaApiIT.class, this::makeWorld);
  }

  private World makeWorld() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    if (http.get(Http.action("organization_show", "id", "tp-pkk"), null).status() != 200) {
      ok(http, "organization_create", admin, dict("name", "tp-pkk", "title", "TP PKK"));
    }
    String kaderA = PublisherSetup.userWithToken(http, admin, "kader-a-" + sfx, null, null);
    String kaderB = PublisherSetup.userWithToken(http, admin, "kader-b-" + sfx, null, null);
    String tpKec = PublisherSetup.userWithToken(http, admin, "tp-kec-" + sfx, null, null);
    String tpKab = PublisherSetup.userWithToken(http, admin, "tp-kab-" + sfx, null, null);
    String walidata =
        PublisherSetup.userWithToken(http, admin, "walidata-" + sfx, "tp-pkk", "editor");
    String outsider = PublisherSetup.userWithToken(http, admin, "luar-" + sfx, null, null);
    assertEquals(201, assign(admin, "kader-a-" + sfx, "kader", DESA_A).status());
    assertEquals(201, assign(admin, "tp-kec-" + sfx, "tp_pkk_kecamatan", KECAMATAN).status());
    assertEquals(201, assign(admin, "tp-kab-" + sfx, "tp_pkk_kabupaten", KABUPATEN).status());
    // A TP PKK of the kabupaten assigns roles too.
    assertEquals(201, assign(tpKab, "kader-b-" + sfx, "kader", DESA_B).status());
    return new World(admin, kaderA, kaderB, tpKec, tpKab, walidata, outsider, sfx);
  }

  private Http.Reply assign(String token, String user, String role, String region) {
    return http.postJson(
        "/api/v1/dasawisma/roles", token, dict("user", user, "role", role, "region", region));
  }

  // ---------------------------------------------------------------------------------- roles

  @Test
  void rolesAreAssignedBySysadminsAndTheKabupatenOnly() {
    String user = "kader-a-" + world.sfx();
    assertEquals(401, assign(null, user, "kader", DESA_B).status());
    assertEquals(403, assign(world.outsider(), user, "kader", DESA_B).status());
    assertEquals(403, assign(world.kaderA(), user, "kader", DESA_B).status());
    assertEquals(403, assign(world.tpKecamatan(), user, "kader", DESA_B).status());
    assertEquals(403, assign(world.walidata(), user, "kader", DESA_B).status());
    Http.Reply badRole = assign(world.admin(), user, "ketua", DESA_B);
    assertEquals(422, badRole.status(), badRole.body());
    assertTrue(map(badRole.map().get("errors")).containsKey("role"), badRole.body());
    Http.Reply wrongLevel = assign(world.admin(), user, "kader", KECAMATAN);
    assertEquals(422, wrongLevel.status(), wrongLevel.body());
    assertTrue(map(wrongLevel.map().get("errors")).containsKey("region"), wrongLevel.body());
    assertEquals(422, assign(world.admin(), user, "kader", "35.23.01.2001").status());
    assertEquals(422, assign(world.admin(), "nobody-" + world.sfx(), "kader", DESA_B).status());
    Http.Reply again = assign(world.admin(), user, "kader", DESA_A);
    assertEquals(200, again.status(), again.body());
    assertEquals(false, again.map().get("created"));

    Http.Reply listed = http.get("/api/v1/dasawisma/roles", world.tpKabupaten());
    assertEquals(200, listed.status(), listed.body());
    assertTrue(listed.body().contains("kader-b-" + world.sfx()), listed.body());
    assertEquals(403, http.get("/api/v1/dasawisma/roles", world.kaderA()).status());
    assertEquals(401, http.get("/api/v1/dasawisma/roles", null).status());

    String temporary = "luar-" + world.sfx();
    assertEquals(201, assign(world.admin(), temporary, "tp_pkk_desa", DESA_B).status());
    String revoke =
        "/api/v1/dasawisma/roles?user=" + temporary + "&role=tp_pkk_desa&region=" + DESA_B;
    assertEquals(403, http.call("DELETE", revoke, world.kaderA(), null, null).status());
    Http.Reply removed = http.call("DELETE", revoke, world.admin(), null, null);
    assertEquals(200, removed.status(), removed.body());
    assertEquals(true, removed.map().get("removed"));
  }

  // -------------------------------------------------------------------------------- imports

  @Test
  void theTemplatesListTheColumns() {
    Http.Reply csv = http.get("/api/v1/dasawisma/template.csv", null);
    assertEquals(200, csv.status());
    String header = csv.body().lines().findFirst().orElseThrow().replace("\uFEFF", "");
    assertEquals(String.join(",", DasaWismaFixtures.COLUMNS), header.replace(";", ","));
    var xlsx = http.getBytes("/api/v1/dasawisma/template.xlsx");
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', xlsx.body()[0]);
    assertEquals('K', xlsx.body()[1]);
    Http.Reply targets = http.get("/api/v1/dasawisma/targets/template.csv", null);
    assertEquals(200, targets.status());
    assertTrue(targets.body().contains("jumlah_kk_target"), targets.body());
  }

  @Test
  void aWorkbookIsImportedOnceAndIdentityColumnsAreNeverStored() throws Exception {
    String group = "Mawar " + world.sfx();
    String marker = "Siti Markonah " + world.sfx();
    List<Map<String, String>> rows = DasaWismaFixtures.rows(TAHUN, DESA_A, group, 12);
    String csv = DasaWismaFixtures.csv(rows, List.of("nama_kepala_keluarga", "NIK"), marker);

    Http.Reply dry = upload(world.kaderA(), "dasawisma.csv", csv, true);
    assertEquals(200, dry.status(), dry.body());
    assertEquals("dry_run", dry.map().get("status"));
    assertEquals(0, countIn(DESA_A, group, world.kaderA()));

    Http.Reply first = upload(world.kaderA(), "dasawisma.csv", csv, false);
    assertEquals(201, first.status(), first.body());
    assertEquals(12L, summary(first, "inserted"));
    assertEquals(List.of(), list(first.map().get("datasets")), "an import publishes nothing");
    List<String> warnings = codes(first.map().get("warnings"));
    assertEquals(2, warnings.stream().filter("identity_column_dropped"::equals).count());
    assertEquals(12, countIn(DESA_A, group, world.kaderA()));

    Http.Reply again = upload(world.kaderA(), "dasawisma.csv", csv, false);
    assertEquals(201, again.status(), again.body());
    assertEquals(0L, summary(again, "inserted"));
    assertEquals(12L, summary(again, "unchanged"));

    // A corrected workbook: one household changed, one left out (it is kept).
    List<Map<String, String>> corrected = new ArrayList<>(rows);
    Map<String, String> changed = new LinkedHashMap<>(corrected.get(0));
    changed.put("jamban", "2");
    corrected.set(0, changed);
    corrected.remove(11);
    Http.Reply fix =
        upload(
            world.kaderA(),
            "dasawisma.csv",
            DasaWismaFixtures.csv(corrected, List.of(), ""),
            false);
    assertEquals(201, fix.status(), fix.body());
    assertEquals(1L, summary(fix, "replaced"));
    assertEquals(10L, summary(fix, "unchanged"));
    assertEquals(12, countIn(DESA_A, group, world.kaderA()));

    assertEquals(0, rowsMentioning(marker), "the identity column's value is in no table");
    assertEquals(0, rowsMentioning("Markonah"), "nor any part of it");
    assertFalse(filesMention(TestInfrastructure.dataDir().resolve("files"), marker));
    assertFalse(filesMention(TestInfrastructure.dataDir().resolve("logs"), marker));
    assertFalse(filesMention(TestInfrastructure.dataDir().resolve("logs"), group));
  }

  @Test
  void aFileWithProblemsIsRejectedWholeWithEveryProblemLocated() throws Exception {
    String group = "Melati " + world.sfx();
    List<Map<String, String>> rows = DasaWismaFixtures.rows(TAHUN, DESA_A, group, 4);
    rows.get(1).put("balita_l", "5");
    rows.get(2).put("kriteria_rumah", "bagus");
    rows.get(3).put("kode_desa", "35.22.99.2001");
    Http.Reply bad =
        upload(world.kaderA(), "salah.csv", DasaWismaFixtures.csv(rows, List.of(), ""), false);
    assertEquals(422, bad.status(), bad.body());
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Object e : list(bad.map().get("errors"))) {
      errors.add(map(e));
    }
    assertTrue(hasError(errors, 3, "balita_l"), bad.body());
    assertTrue(hasError(errors, 4, "kriteria_rumah"), bad.body());
    assertTrue(hasError(errors, 5, "kode_desa"), bad.body());
    assertEquals(0, countIn(DESA_A, group, world.kaderA()), "nothing of the file is stored");

    Http.Reply other =
        upload(
            world.kaderA(),
            "lain.csv",
            DasaWismaFixtures.csv(DasaWismaFixtures.rows(TAHUN, DESA_B, group, 2), List.of(), ""),
            false);
    assertEquals(422, other.status(), other.body());
    assertTrue(codes(other.map().get("errors")).contains("desa_not_assigned"), other.body());

    String csv =
        DasaWismaFixtures.csv(DasaWismaFixtures.rows(TAHUN, DESA_A, group, 2), List.of(), "");
    assertEquals(401, upload(null, "x.csv", csv, false).status());
    assertEquals(403, upload(world.outsider(), "x.csv", csv, false).status());
    assertEquals(403, upload(world.tpKabupaten(), "x.csv", csv, false).status());
  }

  @Test
  void importReportsAreSeenByTheirSenderOnly() {
    String group = "Anggrek " + world.sfx();
    String csv =
        DasaWismaFixtures.csv(DasaWismaFixtures.rows(TAHUN, DESA_A, group, 3), List.of(), "");
    Http.Reply sent = upload(world.kaderA(), "anggrek.csv", csv, false);
    assertEquals(201, sent.status(), sent.body());
    String path = "/api/v1/dasawisma/imports/" + sent.map().get("id");
    assertEquals(200, http.get(path, world.kaderA()).status());
    assertEquals(404, http.get(path, world.kaderB()).status());
    assertEquals(404, http.get(path, world.admin()).status());
    assertEquals(404, http.get(path, world.walidata()).status());
    assertEquals(404, http.get(path, null).status());
    Http.Reply history = http.get("/api/v1/dasawisma/imports", world.kaderB());
    assertEquals(200, history.status(), history.body());
    assertFalse(history.body().contains((String) sent.map().get("id")), history.body());
    Http.Reply own = http.get("/api/v1/dasawisma/imports", world.kaderA());
    assertTrue(own.body().contains((String) sent.map().get("id")), own.body());
  }

  // ------------------------------------------------------------------ the form and removals

  @Test
  void theFormEntersCorrectsAndRemovesOneHousehold() {
    String group = "Kenanga " + world.sfx();
    Map<String, String> h = DasaWismaFixtures.rows(TAHUN, DESA_A, group, 1).get(0);
    assertEquals(401, put(null, h).status());
    Http.Reply first = put(world.kaderA(), h);
    assertEquals(201, first.status(), first.body());
    assertEquals("inserted", first.map().get("status"));
    assertEquals("unchanged", put(world.kaderA(), h).map().get("status"));
    Map<String, String> changed = new LinkedHashMap<>(h);
    changed.put("lansia", "1");
    assertEquals("replaced", put(world.kaderA(), changed).map().get("status"));
    Map<String, String> bad = new LinkedHashMap<>(h);
    bad.put("ibu_hamil", "9");
    Http.Reply refused = put(world.kaderA(), bad);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("ibu_hamil"), refused.body());
    Map<String, String> elsewhere = new LinkedHashMap<>(h);
    elsewhere.put("kode_desa", DESA_B);
    assertEquals(403, put(world.kaderA(), elsewhere).status());

    Map<String, Object> key =
        dict(
            "tahun",
            TAHUN,
            "kode_desa",
            DESA_A,
            "kelompok_dasawisma",
            group,
            "id_keluarga",
            h.get("id_keluarga"));
    Http.Reply noReason =
        http.postJson("/api/v1/dasawisma/households/removals", world.kaderA(), key);
    assertEquals(422, noReason.status(), noReason.body());
    Map<String, Object> withReason = new LinkedHashMap<>(key);
    withReason.put("reason", "pindah ke luar desa");
    assertEquals(
        403,
        http.postJson("/api/v1/dasawisma/households/removals", world.kaderB(), withReason)
            .status());
    Http.Reply removed =
        http.postJson("/api/v1/dasawisma/households/removals", world.kaderA(), withReason);
    assertEquals(200, removed.status(), removed.body());
    assertEquals(0, countIn(DESA_A, group, world.kaderA()));

    // A re-sent workbook does not bring it back; the form does.
    Http.Reply resent =
        upload(
            world.kaderA(),
            "kenanga.csv",
            DasaWismaFixtures.csv(List.of(changed), List.of(), ""),
            false);
    assertEquals(201, resent.status(), resent.body());
    assertTrue(codes(resent.map().get("warnings")).contains("household_removed"), resent.body());
    assertEquals(0, countIn(DESA_A, group, world.kaderA()));
    assertEquals("inserted", put(world.kaderA(), changed).map().get("status"));
    assertEquals(1, countIn(DESA_A, group, world.kaderA()));
  }

  @Test
  void householdRowsAreForTheDesasCadresOnly() {
    String path = "/api/v1/dasawisma/" + TAHUN + "/households?kode_desa=" + DESA_A;
    assertEquals(200, http.get(path, world.kaderA()).status());
    assertEquals(401, http.get(path, null).status());
    for (String token :
        List.of(
            world.kaderB(),
            world.tpKecamatan(),
            world.tpKabupaten(),
            world.walidata(),
            world.admin(),
            world.outsider())) {
      assertEquals(403, http.get(path, token).status());
    }
  }

  // ------------------------------------------------------------------------------ targets

  @Test
  void targetsAreLoadedByTheWalidata() {
    String csv =
        "kode_desa,tahun,jumlah_kk_target\n"
            + DESA_A
            + ","
            + TAHUN
            + ",40\n"
            + DESA_B
            + ","
            + TAHUN
            + ",35\n";
    assertEquals(403, uploadTo("targets", world.kaderA(), "target.csv", csv, false).status());
    assertEquals(401, uploadTo("targets", null, "target.csv", csv, false).status());
    Http.Reply loaded = uploadTo("targets", world.walidata(), "target.csv", csv, false);
    assertEquals(201, loaded.status(), loaded.body());
    Http.Reply again = uploadTo("targets", world.walidata(), "target.csv", csv, false);
    assertEquals(2L, summary(again, "unchanged"));
    Http.Reply bad =
        uploadTo(
            "targets",
            world.admin(),
            "target.csv",
            "kode_desa,tahun,jumlah_kk_target\n35.22.01.2001,20x5,-3\n",
            false);
    assertEquals(422, bad.status(), bad.body());
    List<String> codes = codes(bad.map().get("errors"));
    assertTrue(codes.contains("bad_year") && codes.contains("not_a_count"), bad.body());
  }

  // ------------------------------------------------------------------------------- recaps

  @Test
  void recapsAreForTheTpPkkOfTheAreaAndCountEveryHousehold() {
    String group = "Dahlia " + world.sfx();
    List<Map<String, String>> rows = DasaWismaFixtures.rows(TAHUN, DESA_A, group, 5);
    assertEquals(
        201,
        upload(world.kaderA(), "dahlia.csv", DasaWismaFixtures.csv(rows, List.of(), ""), false)
            .status());
    String path = "/api/v1/dasawisma/" + TAHUN + "/rekap?level=dasawisma&kode=" + DESA_A;
    Http.Reply recap = http.get(path, world.tpKecamatan());
    assertEquals(200, recap.status(), recap.body());
    Map<String, Object> row = null;
    for (Object r : list(recap.map().get("rows"))) {
      if (group.equals(map(r).get("kelompok_dasawisma"))) {
        row = map(r);
      }
    }
    assertTrue(row != null, recap.body());
    assertEquals(5L, ((Number) row.get("rumah_tangga")).longValue());
    long balita = rows.stream().mapToLong(h -> Long.parseLong(h.get("balita_l"))).sum();
    assertEquals(balita, ((Number) row.get("balita_l")).longValue());
    long pdam = rows.stream().filter(h -> h.get("sumber_air").equals("pdam")).count();
    assertEquals(pdam, ((Number) row.get("sumber_air_pdam")).longValue());
    assertEquals("no-store", recap.headers().firstValue("Cache-Control").orElse(""));

    assertEquals(200, http.get(path, world.tpKabupaten()).status());
    String desaLevel = "/api/v1/dasawisma/" + TAHUN + "/rekap?level=desa";
    Http.Reply ownArea = http.get(desaLevel, world.tpKecamatan());
    assertEquals(200, ownArea.status(), ownArea.body());
    assertEquals(KECAMATAN, ownArea.map().get("kode"));
    assertEquals(401, http.get(path, null).status());
    for (String token :
        List.of(world.kaderA(), world.walidata(), world.admin(), world.outsider())) {
      assertEquals(403, http.get(path, token).status());
    }
    assertEquals(
        403, http.get(desaLevel + "&kode=35.22.02", world.tpKecamatan()).status(), "another area");
    assertEquals(
        422,
        http.get("/api/v1/dasawisma/" + TAHUN + "/rekap?level=kabupaten", world.tpKecamatan())
            .status(),
        "above its own level");
    assertEquals(422, http.get(desaLevel + "x", world.tpKecamatan()).status());
  }

  // ---------------------------------------------------------------------------- snapshots

  @Test
  void theSnapshotPublishesOnlyWhatTheDisclosureRuleAllows() throws Exception {
    // A small desa: four households in desa B (fewer than 10: no desa row).
    String group = "Teratai " + world.sfx();
    assertEquals(
        201,
        upload(
                world.kaderB(),
                "teratai.csv",
                DasaWismaFixtures.csv(
                    DasaWismaFixtures.rows(TAHUN, DESA_B, group, 4), List.of(), ""),
                false)
            .status());
    String snapshots = "/api/v1/dasawisma/" + TAHUN + "/snapshots";
    assertEquals(401, http.postJson(snapshots, null, Map.of()).status());
    assertEquals(403, http.postJson(snapshots, world.kaderA(), Map.of()).status());
    assertEquals(403, http.postJson(snapshots, world.tpKabupaten(), Map.of()).status());
    Http.Reply taken = http.postJson(snapshots, world.walidata(), Map.of());
    assertEquals(201, taken.status(), taken.body());
    Http.Reply second = http.postJson(snapshots, world.walidata(), Map.of());
    assertEquals(409, second.status(), second.body());
    Http.Reply listed = http.get(snapshots, null);
    assertEquals(1, list(listed.map().get("snapshots")).size(), listed.body());

    Map<String, Object> desaTable = publishedJson("indikator-dasawisma-" + TAHUN + "-desa");
    Map<String, Object> kecTable = publishedJson("indikator-dasawisma-" + TAHUN + "-kecamatan");
    List<String> desaColumns = strings(desaTable.get("kolom"));
    assertFalse(desaColumns.contains("balita_l"), "sensitive indicators are not public by desa");
    assertFalse(desaColumns.contains("ibu_hamil"));
    assertTrue(desaColumns.contains("sumber_air_pdam"), desaColumns.toString());
    List<String> desaCodes = new ArrayList<>();
    for (Object r : list(desaTable.get("baris"))) {
      Map<String, Object> row = map(r);
      desaCodes.add((String) row.get("kode"));
      assertTrue(((Number) row.get("rumah_tangga")).longValue() >= 10, row.toString());
      checkThresholds(row, 3, 3);
    }
    assertTrue(desaCodes.contains(DESA_A), desaCodes.toString());
    assertFalse(desaCodes.contains(DESA_B), "a desa with 4 households has no desa row");
    Map<String, Object> kecamatan = null;
    for (Object r : list(kecTable.get("baris"))) {
      checkThresholds(map(r), 3, 5);
      if (KECAMATAN.equals(map(r).get("kode"))) {
        kecamatan = map(r);
      }
    }
    assertTrue(kecamatan != null, kecTable.toString());
    Map<String, Object> coverage = publishedJson("cakupan-dasawisma-" + TAHUN);
    long desaA = 0;
    long desaB = 0;
    for (Object r : list(coverage.get("baris"))) {
      if (DESA_A.equals(map(r).get("kode"))) {
        desaA = ((Number) map(r).get("rumah_tangga")).longValue();
      }
      if (DESA_B.equals(map(r).get("kode"))) {
        desaB = ((Number) map(r).get("rumah_tangga")).longValue();
      }
    }
    assertTrue(desaB >= 4, "the number of households is public for small desa too");
    assertEquals(
        desaA + desaB,
        ((Number) kecamatan.get("rumah_tangga")).longValue(),
        "the small desa still counts in its kecamatan");
    assertFalse(
        http.get(downloadPath("indikator-dasawisma-" + TAHUN + "-desa", ".csv"), null)
            .body()
            .contains(world.sfx()),
        "no group name or household reaches the files");
  }

  /** No published count from 1 to k-1: k = 3 for general and {@code sensitiveK} for sensitive. */
  private static void checkThresholds(Map<String, Object> row, int generalK, int sensitiveK) {
    List<String> sensitive =
        List.of(
            "balita_l",
            "balita_p",
            "ibu_hamil",
            "ibu_menyusui",
            "buta_huruf_l",
            "buta_huruf_p",
            "berkebutuhan_khusus",
            "stiker_p4k");
    List<String> withheld = strings(row.get("withheld"));
    for (Map.Entry<String, Object> e : row.entrySet()) {
      if (List.of("kode", "nama", "level", "kode_induk", "rumah_tangga", "withheld")
          .contains(e.getKey())) {
        continue;
      }
      if (e.getValue() == null) {
        assertTrue(withheld.contains(e.getKey()), row.toString());
        continue;
      }
      long v = ((Number) e.getValue()).longValue();
      int k = sensitive.contains(e.getKey()) ? sensitiveK : generalK;
      assertFalse(v >= 1 && v < k, e.getKey() + "=" + v + " published in " + row);
    }
  }

  private Map<String, Object> publishedJson(String dataset) {
    return map(Json.parse(http.get(downloadPath(dataset, ".json"), null).body()));
  }

  private String downloadPath(String dataset, String extension) {
    Map<String, Object> pkg = ok(http.get(Http.action("package_show", "id", dataset), null));
    for (Object r : list(pkg.get("resources"))) {
      String url = (String) map(r).get("url");
      if (url.endsWith(dataset + extension)) {
        return url.substring(url.indexOf("/dataset/"));
      }
    }
    throw new AssertionError("no " + extension + " resource in " + pkg);
  }

  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : list(list)) {
      out.add((String) o);
    }
    return out;
  }

  // --------------------------------------------------------------------- permission matrix

  /** Every role against every endpoint: the status each must get (the services decide). */
  @Test
  void permissionMatrix() {
    String group = "Matriks " + world.sfx();
    Map<String, String> household = DasaWismaFixtures.rows(TAHUN, DESA_A, group, 1).get(0);
    String csv = DasaWismaFixtures.csv(List.of(household), List.of(), "");
    String targets = "kode_desa,tahun,jumlah_kk_target\n" + DESA_A + "," + TAHUN + ",41\n";
    Http.Reply own = upload(world.kaderA(), "matriks.csv", csv, false);
    assertEquals(201, own.status(), own.body());
    String report = "/api/v1/dasawisma/imports/" + own.map().get("id");
    Map<String, Object> missing =
        dict(
            "tahun",
            TAHUN,
            "kode_desa",
            DESA_A,
            "kelompok_dasawisma",
            group,
            "id_keluarga",
            "999",
            "reason",
            "tidak ada");
    Map<String, java.util.function.Function<String, Http.Reply>> endpoints = new LinkedHashMap<>();
    endpoints.put(
        "list households",
        t -> http.get("/api/v1/dasawisma/" + TAHUN + "/households?kode_desa=" + DESA_A, t));
    endpoints.put(
        "recap",
        t -> http.get("/api/v1/dasawisma/" + TAHUN + "/rekap?level=desa&kode=" + KECAMATAN, t));
    endpoints.put("list roles", t -> http.get("/api/v1/dasawisma/roles", t));
    endpoints.put("assign role", t -> assign(t, "admin", "ketua", DESA_A));
    endpoints.put("import (dry run)", t -> upload(t, "m.csv", csv, true));
    endpoints.put("targets (dry run)", t -> uploadTo("targets", t, "t.csv", targets, true));
    endpoints.put("form", t -> put(t, household));
    endpoints.put(
        "removal", t -> http.postJson("/api/v1/dasawisma/households/removals", t, missing));
    endpoints.put("snapshot", t -> http.postJson("/api/v1/dasawisma/2013/snapshots", t, Map.of()));
    endpoints.put("own report", t -> http.get(report, t));

    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put("outsider", world.outsider());
    roles.put("kader A", world.kaderA());
    roles.put("kader B", world.kaderB());
    roles.put("tp kecamatan", world.tpKecamatan());
    roles.put("tp kabupaten", world.tpKabupaten());
    roles.put("walidata", world.walidata());
    roles.put("sysadmin", world.admin());
    // Expected status per endpoint, in the order of the roles above.
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    expected.put("list households", List.of(401, 403, 200, 403, 403, 403, 403, 403));
    expected.put("recap", List.of(401, 403, 403, 403, 200, 200, 403, 403));
    expected.put("list roles", List.of(401, 403, 403, 403, 403, 200, 403, 200));
    expected.put("assign role", List.of(401, 403, 403, 403, 403, 422, 403, 422));
    expected.put("import (dry run)", List.of(401, 403, 200, 422, 403, 403, 403, 403));
    expected.put("targets (dry run)", List.of(401, 403, 403, 403, 403, 403, 200, 200));
    expected.put("form", List.of(401, 403, 200, 403, 403, 403, 403, 403));
    expected.put("removal", List.of(401, 403, 404, 403, 403, 403, 403, 403));
    expected.put("snapshot", List.of(401, 403, 403, 403, 403, 403, 422, 422));
    expected.put("own report", List.of(404, 404, 200, 404, 404, 404, 404, 404));

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : expected.entrySet()) {
      int i = 0;
      for (Map.Entry<String, String> role : roles.entrySet()) {
        Http.Reply r = endpoints.get(e.getKey()).apply(role.getValue());
        int want = e.getValue().get(i++);
        if (r.status() != want) {
          wrong.add(e.getKey() + " as " + role.getKey() + ": " + r.status() + " not " + want);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  // -------------------------------------------------------------------- the store's fences

  @Test
  void noOtherPathReachesTheHouseholdRows() throws Exception {
    String group = "Flamboyan " + world.sfx();
    Http.Reply sent =
        upload(
            world.kaderA(),
            "flamboyan.csv",
            DasaWismaFixtures.csv(DasaWismaFixtures.rows(TAHUN, DESA_A, group, 3), List.of(), ""),
            false);
    assertEquals(201, sent.status(), sent.body());

    for (String sql :
        List.of(
            "select * from dasawisma.household",
            "select count(*) from dasawisma.role_assignment",
            "select * from \"dasawisma\".\"household\" limit 1")) {
      Http.Reply r = http.get(Http.action("datastore_search_sql", "sql", sql), world.admin());
      assertNotEquals(200, r.status(), sql + " -> " + r.body());
      assertTrue(r.status() < 500, sql + " -> " + r.status() + " " + r.body());
      assertFalse(r.body().contains(group), r.body());
    }
    try (Connection c =
        DriverManager.getConnection(
            TestInfrastructure.jdbcUrl(),
            TestInfrastructure.READONLY_USER,
            TestInfrastructure.READONLY_PASSWORD)) {
      for (String table : List.of("household", "role_assignment", "target", "snapshot")) {
        try (PreparedStatement ps = c.prepareStatement("select * from dasawisma." + table)) {
          ps.executeQuery();
          throw new AssertionError("the read-only role read dasawisma." + table);
        } catch (SQLException e) {
          assertEquals("42501", e.getSQLState(), e.getMessage());
        }
      }
    }
    for (String path :
        List.of(
            "/datastore/dump/dasawisma.household",
            "/datastore/dump/household",
            Http.action("datastore_search", "resource_id", "dasawisma.household"),
            Http.action("datastore_info", "id", "dasawisma.household"))) {
      Http.Reply r = http.get(path, world.admin());
      assertNotEquals(200, r.status(), path + " -> " + r.body());
      assertTrue(r.status() < 500, path + " -> " + r.status());
      assertFalse(r.body().contains(group), r.body());
    }
    Map<String, Object> search =
        ok(http.get(Http.action("package_search", "q", "\"" + group + "\""), world.admin()));
    assertEquals(0L, ((Number) search.get("count")).longValue());
    assertEquals(1, rowsMentioning(group) > 0 ? 1 : 0, "the rows are in the restricted store");
    assertEquals(0, rowsMentioningOutside("dasawisma", group), "and nowhere else");
  }

  // -------------------------------------------------------------------------------- helpers

  private Http.Reply upload(String token, String name, String csv, boolean dryRun) {
    return uploadTo("imports", token, name, csv, dryRun);
  }

  private Http.Reply uploadTo(String what, String token, String name, String csv, boolean dryRun) {
    return http.postMultipart(
        "/api/v1/dasawisma/" + what,
        token,
        dryRun ? Map.of("dry_run", "true") : Map.of(),
        "file",
        name,
        csv.getBytes(StandardCharsets.UTF_8));
  }

  private Http.Reply put(String token, Map<String, String> cells) {
    return http.call(
        "PUT", "/api/v1/dasawisma/households", token, "application/json", Json.write(cells));
  }

  private int countIn(String desa, String group, String token) {
    Http.Reply r = http.get("/api/v1/dasawisma/" + TAHUN + "/households?kode_desa=" + desa, token);
    assertEquals(200, r.status(), r.body());
    int n = 0;
    for (Object h : list(r.map().get("households"))) {
      if (group.equals(map(h).get("kelompok_dasawisma"))) {
        n++;
      }
    }
    return n;
  }

  private static long summary(Http.Reply r, String field) {
    return ((Number) map(r.map().get("summary")).get(field)).longValue();
  }

  private static List<String> codes(Object problems) {
    List<String> codes = new ArrayList<>();
    for (Object p : list(problems)) {
      codes.add((String) map(p).get("code"));
    }
    return codes;
  }

  private static boolean hasError(List<Map<String, Object>> errors, int row, String column) {
    return errors.stream()
        .anyMatch(e -> ((Number) e.get("row")).intValue() == row && column.equals(e.get("column")));
  }

  /** Rows of any table of any schema whose text contains {@code text}. */
  static int rowsMentioning(String text) throws SQLException {
    return rowsMentioningOutside("", text);
  }

  /** As {@link #rowsMentioning}, leaving out schema {@code skipSchema}. */
  static int rowsMentioningOutside(String skipSchema, String text) throws SQLException {
    var db = TestInfrastructure.database();
    int found = 0;
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "select quote_ident(table_schema) || '.' || quote_ident(table_name)"
                  + " from information_schema.tables where table_type = 'BASE TABLE'"
                  + " and table_schema not in ('pg_catalog', 'information_schema', ?)"); ) {
        ps.setString(1, skipSchema);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
      }
      for (String table : tables) {
        try (PreparedStatement ps =
            c.prepareStatement("select count(*) from " + table + " t where t::text like ?")) {
          ps.setString(1, "%" + text.replace("%", "\\%").replace("_", "\\_") + "%");
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            found += rs.getInt(1);
          }
        }
      }
    }
    return found;
  }

  /** Whether any file under {@code dir} contains {@code text} (UTF-8). */
  static boolean filesMention(Path dir, String text) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .anyMatch(
              f -> {
                try {
                  return indexOf(Files.readAllBytes(f), needle) >= 0;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
