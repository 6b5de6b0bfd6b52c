package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The APBD realisation import through the deployed WAR (issue 10): who may import, a valid file
 * published as the year's dataset with generated resources, the same file again changing nothing, a
 * bad file rejected whole with every problem located, a dry run, a changed slice becoming a new
 * version with the old one still readable, the figures of the API equal to the file's, and the
 * generated resources protected from clients.
 */
@ExtendWith(SharedPortal.class)
class BudgetImportIT {
  private static final String IMPORTS = "/api/v1/budget/imports";
  private static final String HEADER =
      "tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi\n";

  @SharedPortal.Base URL base;

  private Http http;

  /** The finance office (with a unit code), its editor, a stranger, and the unit's code. */
  record World(String org, String editor, String outsider, String kode) {}

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world =
        ItSupport.once(
            BudgetImportIT.class,
            () -> {
              String admin = ItSupport.cliToken(http, "admin");
              String sfx = ItSupport.unique();
              String kode = "5.02.0.00.0.00.01.0000";
              String org = "bpkad-it-" + sfx;
              ok(
                  http,
                  "organization_create",
                  admin,
                  dict("name", org, "title", "BPKAD (uji)", "kode_unit", kode));
              String editor =
                  PublisherSetup.userWithToken(http, admin, "keu-" + sfx, org, "editor");
              String other = "lain-" + sfx;
              ok(http, "organization_create", admin, dict("name", other));
              String outsider =
                  PublisherSetup.userWithToken(http, admin, "luar-" + sfx, other, "editor");
              return new World(org, editor, outsider, kode);
            });
  }

  private String file(String realisasiTw2Belanja) {
    return file(2024, realisasiTw2Belanja);
  }

  /** One unit's belanja for TW1 and TW2, parents equal to the sum of their children. */
  private String file(int tahun, String realisasiTw2Belanja) {
    String u = tahun + ",%s," + world.kode() + ",BPKAD,%s,%s,%s,%s\n";
    return HEADER
        + String.format(u, "TW1", "5", "BELANJA DAERAH", "1000000", "300000")
        + String.format(u, "TW1", "5.1", "Belanja Operasi", "600000", "200000")
        + String.format(u, "TW1", "5.2", "Belanja Modal", "400000", "100000")
        + String.format(u, "TW2", "5", "BELANJA DAERAH", "1000000", realisasiTw2Belanja)
        + String.format(u, "TW2", "5.1", "Belanja Operasi", "600000", "400000")
        + String.format(
            u,
            "TW2",
            "5.2",
            "Belanja Modal",
            "400000",
            new BigDecimal(realisasiTw2Belanja).subtract(new BigDecimal("400000")).toPlainString());
  }

  private Http.Reply send(String token, String csv, Map<String, String> fields) {
    return http.postMultipart(
        IMPORTS, token, fields, "file", "lra-2024.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void onlyTheOrganisationsEditorsImportAndAValidFileIsPublishedOnceThenVersioned() {
    assertEquals(401, send(null, file("600000"), Map.of("organization", world.org())).status());
    assertEquals(
        403, send(world.outsider(), file("600000"), Map.of("organization", world.org())).status());

    Http.Reply dry =
        send(
            world.editor(), file("600000"), Map.of("organization", world.org(), "dry_run", "true"));
    assertEquals(200, dry.status(), dry.body());
    assertEquals("dry_run", dry.map().get("status"));

    Http.Reply first = send(world.editor(), file("600000"), Map.of("organization", world.org()));
    assertEquals(201, first.status(), first.body());
    assertEquals("accepted", first.map().get("status"));
    assertEquals(List.of("realisasi-apbd-2024"), first.map().get("datasets"));
    assertEquals(6, ((Number) map(first.map().get("summary")).get("inserted")).intValue());

    Http.Reply again = send(world.editor(), file("600000"), Map.of("organization", world.org()));
    assertEquals(201, again.status(), again.body());
    Map<String, Object> summary = map(again.map().get("summary"));
    assertEquals(0, ((Number) summary.get("inserted")).intValue(), again.body());
    assertEquals(6, ((Number) summary.get("unchanged")).intValue(), again.body());

    Map<String, Object> units = http.get("/api/v1/budget/2024/units", null).map();
    Map<String, Object> unit = map(list(units.get("units")).get(0));
    assertEquals("TW2", unit.get("periode"));
    assertEquals(
        0, new BigDecimal("1000000").compareTo(new BigDecimal(unit.get("anggaran").toString())));
    assertEquals(
        0, new BigDecimal("600000").compareTo(new BigDecimal(unit.get("realisasi").toString())));

    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-2024"), null));
    List<Object> resources = list(dataset.get("resources"));
    List<Object> names = resources.stream().map(r -> map(r).get("name")).toList();
    assertTrue(names.contains("realisasi-apbd-2024-tw1.csv"), names.toString());
    assertTrue(names.contains("realisasi-apbd-2024-tw2.json"), names.toString());
    assertTrue(names.contains("ringkasan-unit-apbd-2024.csv"), names.toString());
    assertTrue(names.contains("datapackage.json"), names.toString());
    String generatedBy = (String) map(resources.get(0)).get("generated_by");
    assertTrue(generatedBy.startsWith("budget:"), generatedBy);
    // Satu Data metadata follows the file: quarterly reports, rupiah, covering January to TW2.
    assertEquals("triwulanan", dataset.get("frekuensi"));
    assertEquals("Rupiah", dataset.get("satuan"));
    assertEquals("2024-06-30", dataset.get("cakupan_waktu_selesai"));
    // The accepted import is an activity on the dataset, pointing back to its report.
    List<Object> activities =
        ok(http.get(Http.action("package_activity_list", "id", "realisasi-apbd-2024"), null));
    Map<String, Object> latest = map(map(activities.get(0)).get("data"));
    assertEquals(first.map().get("id"), map(latest.get("import")).get("id"), latest.toString());
    assertEquals("budget", map(latest.get("import")).get("kind"));

    // A changed TW2 becomes version 2; version 1 stays readable.
    Http.Reply changed = send(world.editor(), file("700000"), Map.of("organization", world.org()));
    assertEquals(201, changed.status(), changed.body());
    Map<String, Object> current =
        http.get("/api/v1/budget/2024/units/" + world.kode() + "?periode=TW2&level=akun", null)
            .map();
    assertEquals(2, ((Number) current.get("version")).intValue(), current.toString());
    Map<String, Object> akun = map(list(current.get("lines")).get(0));
    assertEquals(
        0, new BigDecimal("700000").compareTo(new BigDecimal(akun.get("realisasi").toString())));
    Map<String, Object> old =
        http.get("/api/v1/budget/2024/units/" + world.kode() + "?periode=TW2&version=1", null)
            .map();
    assertEquals(false, old.get("current"));
  }

  @Test
  void aBadFileIsRejectedWholeWithEveryProblemLocated() {
    String u = "2024,%s," + world.kode() + ",BPKAD,%s,x,%s,%s\n";
    String bad =
        HEADER
            + String.format(u, "TW9", "5", "100", "10")
            + String.format(u, "TW3", "5.1", "\"12,5,0\"", "10")
            + String.format(u, "TW3", "7", "100", "-5");
    Http.Reply r = send(world.editor(), bad, Map.of("organization", world.org()));
    assertEquals(422, r.status(), r.body());
    assertEquals("rejected", r.map().get("status"));
    List<Object> errors = list(r.map().get("errors"));
    List<String> codes = errors.stream().map(e -> (String) map(e).get("code")).toList();
    assertTrue(codes.contains("unknown_period"), codes.toString());
    assertTrue(codes.contains("not_a_number"), codes.toString());
    assertTrue(codes.contains("negative_amount"), codes.toString());
    Map<String, Object> first = map(errors.get(0));
    assertEquals(2, ((Number) first.get("row")).intValue());
    assertEquals("periode", first.get("column"));
    assertEquals("TW9", first.get("value"));

    Http.Reply stored = http.get(IMPORTS + "/" + r.map().get("id"), world.editor());
    assertEquals(200, stored.status(), stored.body());
    assertEquals(
        404, http.get(IMPORTS + "/" + r.map().get("id"), null).status(), "rejected: private");
    Http.Reply units = http.get("/api/v1/budget/2024/units/" + world.kode() + "?periode=TW3", null);
    assertEquals(404, units.status(), "nothing of the rejected file was stored");
  }

  @Test
  void generatedResourcesCannotBeEditedAndPackageUpdateKeepsThem() {
    assertEquals(
        201,
        send(world.editor(), file(2023, "600000"), Map.of("organization", world.org())).status());
    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-2023"), null));
    String resourceId = (String) map(list(dataset.get("resources")).get(0)).get("id");
    Map<String, Object> refused =
        ItSupport.failed(
            ItSupport.post(
                http,
                "resource_patch",
                world.editor(),
                dict("id", resourceId, "description", "diubah")),
            409,
            "Validation Error");
    assertTrue(refused.toString().contains("generated by import budget:"), refused.toString());
    ok(
        http,
        "package_patch",
        world.editor(),
        dict("id", "realisasi-apbd-2023", "resources", List.of()));
    Map<String, Object> after =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-2023"), null));
    assertEquals(
        list(dataset.get("resources")).size(), list(after.get("resources")).size(), "kept");
  }

  @Test
  void templatesHaveTheColumns() {
    Http.Reply csv = http.get("/api/v1/budget/template.csv", null);
    assertEquals(200, csv.status());
    assertTrue(csv.body().contains("kode_rekening"), csv.body());
    assertEquals(200, http.getBytes("/api/v1/budget/template.xlsx").statusCode());
  }

  @Test
  void csvWithIndonesianNumbersAndAnXlsxOfTheSameFiguresAreTheSameImport() throws Exception {
    // Windows-1252, ';', header names in other case and order, Indonesian numbers, one unknown
    // column: accepted with a warning naming it.
    String csv =
        "Uraian;Kode Rekening;Tahun;Periode;KODE_SKPD;Nama SKPD;Anggaran;Realisasi;Catatan\n"
            + "Belanja Daerah;5;2025;TW1;"
            + world.kode()
            + ";BPKAD Bojonegoro;1.250.000,50;300.000,25;ok\n"
            + "Belanja Operasi;5.1;2025;TW1;"
            + world.kode()
            + ";BPKAD Bojonegoro;1.250.000,50;300.000,25;é\n";
    Http.Reply fromCsv =
        http.postMultipart(
            IMPORTS,
            world.editor(),
            Map.of("organization", world.org()),
            "file",
            "lra.csv",
            csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertEquals(201, fromCsv.status(), fromCsv.body());
    List<String> warnings =
        list(fromCsv.map().get("warnings")).stream().map(w -> (String) map(w).get("code")).toList();
    assertTrue(warnings.contains("unknown_column"), fromCsv.body());

    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    try (org.dhatim.fastexcel.Workbook wb =
        new org.dhatim.fastexcel.Workbook(xlsx, "test", "1.0")) {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("LRA");
      String[] header = {
        "tahun",
        "periode",
        "kode_skpd",
        "nama_skpd",
        "kode_rekening",
        "uraian",
        "anggaran",
        "realisasi"
      };
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      Object[][] rows = {
        {2025, "TW1", world.kode(), "BPKAD Bojonegoro", "5", "Belanja Daerah"},
        {2025, "TW1", world.kode(), "BPKAD Bojonegoro", "5.1", "Belanja Operasi"}
      };
      for (int r = 0; r < rows.length; r++) {
        ws.value(r + 1, 0, (Integer) rows[r][0]);
        for (int c = 1; c < 6; c++) {
          ws.value(r + 1, c, (String) rows[r][c]);
        }
        ws.value(r + 1, 6, new BigDecimal("1250000.50"));
        ws.value(r + 1, 7, new BigDecimal("300000.25"));
      }
    }
    Http.Reply fromXlsx =
        http.postMultipart(
            IMPORTS,
            world.editor(),
            Map.of("organization", world.org()),
            "file",
            "lra.xlsx",
            xlsx.toByteArray());
    assertEquals(201, fromXlsx.status(), fromXlsx.body());
    Map<String, Object> summary = map(fromXlsx.map().get("summary"));
    assertEquals(2, ((Number) summary.get("unchanged")).intValue(), fromXlsx.body());
    assertEquals(0, ((Number) summary.get("replaced")).intValue(), fromXlsx.body());
    Map<String, Object> unit =
        http.get("/api/v1/budget/2025/units/" + world.kode() + "?level=akun", null).map();
    Map<String, Object> akun = map(list(unit.get("lines")).get(0));
    assertEquals(
        0, new BigDecimal("1250000.50").compareTo(new BigDecimal(akun.get("anggaran").toString())));
  }

  @Test
  void aFileThatCannotBePublishedLeavesNothingBehind() {
    String admin = ItSupport.cliToken(http, "admin");
    String other = "lain-" + ItSupport.unique();
    ok(http, "organization_create", admin, dict("name", other));
    ok(http, "package_create", admin, dict("name", "realisasi-apbd-2019", "owner_org", other));
    Http.Reply r = send(world.editor(), file(2019, "600000"), Map.of("organization", world.org()));
    assertEquals(422, r.status(), r.body());
    assertEquals("publication_refused", map(list(r.map().get("errors")).get(0)).get("code"));
    assertEquals(404, http.get("/api/v1/budget/2019/units", null).status(), "lines rolled back");
    Map<String, Object> kept =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-2019"), admin));
    assertEquals(other, map(kept.get("organization")).get("name"));
    assertEquals(0, list(kept.get("resources")).size());
  }

  @Test
  void theGeneratedCsvIsLoadedIntoTheDataStoreWithTheFilesSums() {
    assertEquals(
        201,
        send(world.editor(), file(2018, "600000"), Map.of("organization", world.org())).status());
    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-2018"), null));
    String tw2 =
        list(dataset.get("resources")).stream()
            .map(ItSupport::map)
            .filter(r -> "realisasi-apbd-2018-tw2.csv".equals(r.get("name")))
            .map(r -> (String) r.get("id"))
            .findFirst()
            .orElseThrow();
    ItSupport.eventually(
        "the generated CSV in the DataStore",
        java.time.Duration.ofSeconds(60),
        () -> map(ok(http.get(Http.action("resource_show", "id", tw2), null))),
        r -> Boolean.TRUE.equals(r.get("datastore_active")));
    Map<String, Object> rows =
        ok(
            http.get(
                Http.action(
                    "datastore_search_sql",
                    "sql",
                    "SELECT sum(realisasi) AS total FROM \"" + tw2 + "\" WHERE level = 'kelompok'"),
                null));
    Object total = map(ItSupport.records(rows).get(0)).get("total");
    assertEquals(0, new BigDecimal("600000").compareTo(new BigDecimal(total.toString())));
  }
}
