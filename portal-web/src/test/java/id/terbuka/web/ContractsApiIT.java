package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open contracting through the deployed WAR (issue 11): the public validator, release-package
 * ingest with the official golden case (compiled and versioned records reproduced exactly),
 * idempotence and conflicts, the procurement spreadsheet import (OCDS that passes the validator,
 * update releases on change, nothing on re-import), the bulk record feed's Link header, the
 * contracts search with facets and sums, and the yearly dataset with its files.
 */
@ExtendWith(SharedPortal.class)
class ContractsApiIT {
  private static final Path EXAMPLES =
      Path.of("../portal-api/src/test/resources/id/terbuka/contracts/examples");
  private static final String GOLDEN_OCID = "ocds-213czf-000-00001";

  /** The portal's own prefix in the ITs (the default). */
  private static final String PREFIX = "ocds-bjn0jo";

  @SharedPortal.Base URL base;

  private Http http;
  private World world;

  /** The procurement office's editor token and the two buyers' unit codes. */
  record World(String token, String sfx, String pu, String dinkes) {}

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(ContractsApiIT.class, this::makeWorld);
  }

  private World makeWorld() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    Http.Reply existing = http.get(Http.action("organization_show", "id", "ukpbj"), null);
    if (existing.status() != 200) {
      ok(http, "organization_create", admin, dict("name", "ukpbj", "title", "UKPBJ"));
    }
    String digits = sfx.replaceAll("[^0-9]", "");
    String n = (digits + "000").substring(0, 3);
    String pu = "1.03.0.00.0.00.7" + n.charAt(0) + "." + n;
    String dinkes = "1.02.0.00.0.00.7" + n.charAt(0) + "." + n;
    ok(
        http,
        "organization_create",
        admin,
        dict("name", "pu-k-" + sfx, "title", "PU", "kode_unit", pu));
    ok(
        http,
        "organization_create",
        admin,
        dict("name", "dinkes-k-" + sfx, "title", "Dinkes", "kode_unit", dinkes));
    String editor = PublisherSetup.userWithToken(http, admin, "ukpbj-" + sfx, "ukpbj", "editor");
    return new World(editor, sfx, pu, dinkes);
  }

  // ------------------------------------------------------------------------------ validator

  @Test
  void theValidatorIsPublicAndStoresNothing() {
    Http.Reply good =
        http.postRaw(
            "/api/v1/ocds/validate",
            null,
            "application/json",
            example("release-package-fictional-6-releases.json"));
    assertEquals(200, good.status(), good.body());
    assertEquals(true, good.map().get("valid"));
    assertEquals(6L, ((Number) good.map().get("release_count")).longValue());
    assertEquals(1L, ((Number) good.map().get("ocid_count")).longValue());

    String broken =
        example("release-package-tender.json")
            .replace("\"currency\": \"GBP\"", "\"currency\": \"RUPIAH\"")
            .replaceFirst("\"date\": \"([^\"]+)Z\"", "\"date\": \"2011-01-10T09:30:00\"");
    Http.Reply bad = http.postRaw("/api/v1/ocds/validate", null, "application/json", broken);
    assertEquals(200, bad.status(), bad.body());
    assertEquals(false, bad.map().get("valid"));
    List<String> codes = new ArrayList<>();
    for (Object e : list(bad.map().get("errors"))) {
      codes.add((String) map(e).get("code"));
      assertTrue(((String) map(e).get("path")).startsWith("/releases/0/"), e.toString());
      assertTrue(((String) map(e).get("message")).length() < 300, e.toString());
    }
    assertTrue(codes.contains("format_date_time"), codes.toString());

    Http.Reply notJson =
        http.postRaw("/api/v1/ocds/validate", null, "application/json", "{\"releases\": [");
    assertEquals(200, notJson.status());
    assertEquals("invalid_json", map(list(notJson.map().get("errors")).get(0)).get("code"));

    Http.Reply file =
        http.postMultipart(
            "/api/v1/ocds/validate",
            null,
            Map.of(),
            "file",
            "tender.json",
            example("release-package-tender.json").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, file.status(), file.body());
    assertEquals(true, file.map().get("valid"));
    assertEquals(404, http.get("/api/v1/ocds/records/ocds-213czf-000-00002", null).status());
  }

  // --------------------------------------------------------------------------------- ingest

  @Test
  void theGoldenPackageCompilesExactlyAndIngestIsIdempotent() {
    String pkg = example("release-package-fictional-6-releases.json");
    assertEquals(
        401, http.postRaw("/api/v1/ocds/release-packages", null, "application/json", pkg).status());
    Http.Reply first =
        http.postRaw("/api/v1/ocds/release-packages", world.token(), "application/json", pkg);
    assertTrue(first.status() == 201 || first.status() == 200, first.body());
    Http.Reply again =
        http.postRaw("/api/v1/ocds/release-packages", world.token(), "application/json", pkg);
    assertEquals(200, again.status(), again.body());
    assertEquals(0L, ((Number) map(again.map().get("summary")).get("inserted")).longValue());
    assertEquals(6L, ((Number) map(again.map().get("summary")).get("unchanged")).longValue());

    Map<String, Object> golden =
        map(
            list(parse(example("record-package-fictional-withversions.json")).get("records"))
                .get(0));
    Map<String, Object> record =
        map(
            list(http.get("/api/v1/ocds/records/" + GOLDEN_OCID + "?versioned=true", null)
                    .map()
                    .get("records"))
                .get(0));
    assertEquals(golden.get("compiledRelease"), record.get("compiledRelease"));
    assertEquals(golden.get("versionedRelease"), record.get("versionedRelease"));
    assertEquals(6, list(record.get("releases")).size());

    Map<String, Object> releases = http.get("/api/v1/ocds/releases/" + GOLDEN_OCID, null).map();
    assertEquals("1.1", releases.get("version"));
    assertEquals(6, list(releases.get("releases")).size());
    Http.Reply check =
        http.postRaw(
            "/api/v1/ocds/validate",
            null,
            "application/json",
            http.get("/api/v1/ocds/releases/" + GOLDEN_OCID, null).body());
    assertEquals(true, check.map().get("valid"), check.body());

    String changed = pkg.replaceFirst("\"title\": \"([^\"]+)\"", "\"title\": \"Diubah\"");
    Http.Reply conflict =
        http.postRaw("/api/v1/ocds/release-packages", world.token(), "application/json", changed);
    assertEquals(409, conflict.status(), conflict.body());
    assertEquals("release_conflict", map(list(conflict.map().get("errors")).get(0)).get("code"));
  }

  @Test
  void aPackageWithErrorsOrAForeignPrefixIsRejectedWhole() {
    String foreign =
        example("release-package-tender.json").replace("ocds-213czf-000-00001", "ocds-zzzzzz-1");
    Http.Reply r =
        http.postRaw("/api/v1/ocds/release-packages", world.token(), "application/json", foreign);
    assertEquals(422, r.status(), r.body());
    assertEquals("ocid_prefix_not_accepted", map(list(r.map().get("errors")).get(0)).get("code"));
    assertEquals(404, http.get("/api/v1/ocds/records/ocds-zzzzzz-1", null).status());

    String invalid = example("release-package-tender.json").replace("\"date\"", "\"tanggal\"");
    Http.Reply bad =
        http.postRaw("/api/v1/ocds/release-packages", world.token(), "application/json", invalid);
    assertEquals(422, bad.status(), bad.body());
    assertTrue(((Number) bad.map().get("error_count")).longValue() > 0);
  }

  // ---------------------------------------------------------------------- the spreadsheet

  private String sheet(String tag, String kontrak) {
    String head =
        "kode_rup,judul,kode_skpd,nama_skpd,kategori,metode,pagu,kode_rekening,hps,"
            + "tanggal_pengumuman,tanggal_penutupan,jumlah_peserta,status_tender,pemenang_nama,"
            + "pemenang_npwp,nilai_penawaran,tanggal_penetapan,nomor_kontrak,nilai_kontrak,"
            + "tanggal_kontrak,mulai_kontrak,selesai_kontrak,status_kontrak,nilai_dibayar\n";
    String s = tag + world.sfx().replaceAll("[^A-Za-z0-9]", "");
    return head
        + "T"
        + s
        + ",Rehabilitasi Jalan Uji "
        + s
        + ","
        + world.pu()
        + ",Dinas PU,pekerjaan_konstruksi,tender,2500000000,5.2.04.01.01.0001,2450000000,"
        + "2019-03-03,2019-03-05,1,selesai,PT Uji Tunggal "
        + s
        + ",01.234.567.8-601.000,2440000000,2019-03-28,027/SP/2019,"
        + kontrak
        + ",2019-04-07,2019-04-08,2019-09-30,berjalan,0\n"
        + "L"
        + s
        + ",Pengadaan ATK Uji "
        + s
        + ","
        + world.dinkes()
        + ",Dinas Kesehatan,barang,pengadaan_langsung,150000000,5.1.02.01.01.0024,,,,,,"
        + "CV Pena "
        + s
        + ",3174012345678901,148000000,2019-05-02,028/SPK/2019,148000000,2019-05-03,"
        + "2019-05-03,2019-05-31,selesai,148000000\n"
        + "S"
        + s
        + ",Swakelola Posyandu Uji "
        + s
        + ","
        + world.dinkes()
        + ",Dinas Kesehatan,jasa_lainnya,swakelola,90000000,5.1.02.01.01.0026,,,,,,,,,,,,,,,,\n";
  }

  /** The suffix of this test's processes' kode_rup. */
  private String rup(String tag) {
    return tag + world.sfx().replaceAll("[^A-Za-z0-9]", "");
  }

  private Http.Reply upload(String csv) {
    return http.postMultipart(
        "/api/v1/ocds/spreadsheet",
        world.token(),
        Map.of("organization", "ukpbj"),
        "file",
        "pengadaan-2019.csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSpreadsheetBecomesValidOcdsAndUpdatesOnlyWhatChanged() {
    String s = rup("a");
    Http.Reply first = upload(sheet("a", "2440000000"));
    assertEquals(201, first.status(), first.body());
    Map<String, Object> report = first.map();
    // The swakelola row carries no date: it is published under the year of its import.
    assertTrue(list(report.get("datasets")).contains("kontrak-pengadaan-2019"), report.toString());
    boolean personalWarned =
        list(report.get("warnings")).stream()
            .anyMatch(w -> "npwp_personal_omitted".equals(map(w).get("code")));
    assertTrue(personalWarned, report.toString());

    String tender = PREFIX + "-T" + s;
    String body = http.get("/api/v1/ocds/releases/" + tender, null).body();
    Http.Reply valid = http.postRaw("/api/v1/ocds/validate", null, "application/json", body);
    assertEquals(true, valid.map().get("valid"), valid.body());
    assertEquals(0L, ((Number) valid.map().get("warning_count")).longValue(), valid.body());
    String direct = http.get("/api/v1/ocds/releases/" + PREFIX + "-L" + s, null).body();
    assertFalse(direct.contains("3174012345678901"), "a person's NPWP is never published");
    assertTrue(direct.contains("CV Pena"));
    assertTrue(body.contains("012345678601000"), "a company's NPWP is published");

    Map<String, Object> swakelola = compiled(PREFIX + "-S" + s);
    assertEquals("direct", map(swakelola.get("tender")).get("procurementMethod"));

    Http.Reply same = upload(sheet("a", "2440000000"));
    assertEquals(201, same.status(), same.body());
    Map<String, Object> sameSummary = map(same.map().get("summary"));
    assertEquals(3L, ((Number) sameSummary.get("unchanged")).longValue(), same.body());

    Http.Reply amended = upload(sheet("a", "2700000000"));
    assertEquals(201, amended.status(), amended.body());
    assertEquals(1L, ((Number) map(amended.map().get("summary")).get("replaced")).longValue());
    List<Object> rel =
        list(http.get("/api/v1/ocds/releases/" + tender, null).map().get("releases"));
    Map<String, Object> last = map(rel.get(rel.size() - 1));
    assertEquals(List.of("contractAmendment"), last.get("tag"));
    Map<String, Object> contract = map(list(compiled(tender).get("contracts")).get(0));
    assertEquals(2700000000L, ((Number) map(contract.get("value")).get("amount")).longValue());

    Map<String, Object> flags =
        ItSupport.eventually(
            "the contracts index",
            Duration.ofSeconds(30),
            () -> http.get("/api/v1/contracts?q=" + enc("PT Uji Tunggal " + s), null).map(),
            r ->
                ((Number) r.get("count")).longValue() == 1
                    && list(map(list(r.get("results")).get(0)).get("flags"))
                        .contains("contract_amended_up"));
    Map<String, Object> hit = map(list(flags.get("results")).get(0));
    assertEquals(tender, hit.get("ocid"));
    List<Object> hitFlags = list(hit.get("flags"));
    assertTrue(hitFlags.contains("single_bidder"), hitFlags.toString());
    assertTrue(hitFlags.contains("short_tender_period"), hitFlags.toString());
    assertEquals(2700000000L, ((Number) hit.get("value")).longValue());
  }

  @Test
  void theSearchFiltersFacetsAndAddsUpValues() {
    String s = rup("b");
    Http.Reply r = upload(sheet("b", "2440000000"));
    assertEquals(201, r.status(), r.body());
    Map<String, Object> byBuyer =
        ItSupport.eventually(
            "search by buyer",
            Duration.ofSeconds(30),
            () ->
                http.get(
                        "/api/v1/contracts?q="
                            + enc(s)
                            + "&buyer="
                            + enc(world.dinkes())
                            + "&year=2019",
                        null)
                    .map(),
            m -> ((Number) m.get("count")).longValue() == 1);
    assertEquals(
        PREFIX + "-L" + s,
        map(list(byBuyer.get("results")).get(0)).get("ocid"),
        byBuyer.toString());
    Map<String, Object> facets = map(byBuyer.get("facets"));
    Map<String, Object> method = map(list(facets.get("method")).get(0));
    assertNotNull(method.get("sum_value"));
    Map<String, Object> all =
        http.get("/api/v1/contracts?q=" + enc(s) + "&sort=" + enc("value desc"), null).map();
    List<Object> results = list(all.get("results"));
    assertEquals(3, results.size(), all.toString());
    double total = 0;
    double previous = Double.MAX_VALUE;
    for (Object o : results) {
      double v = ((Number) map(o).get("value")).doubleValue();
      assertTrue(v <= previous, "sorted by value, largest first");
      previous = v;
      total += v;
    }
    assertEquals(total, ((Number) all.get("sum_value")).doubleValue(), 0.5);
    Http.Reply bad = http.get("/api/v1/contracts?sort=cheapest&flag=nope&value_min=abc", null);
    assertEquals(422, bad.status(), bad.body());
  }

  @Test
  void recordsArePagedWithALinkHeaderAndTheYearIsPublished() {
    Http.Reply r = upload(sheet("c", "2440000000"));
    assertEquals(201, r.status(), r.body());
    Http.Reply page = http.get("/api/v1/ocds/records?page_size=1", null);
    assertEquals(200, page.status(), page.body());
    assertEquals(1, list(page.map().get("records")).size());
    String link = page.headers().firstValue("Link").orElseThrow();
    assertTrue(link.endsWith("; rel=\"next\""), link);
    String next = link.substring(link.indexOf("/api/v1/"), link.indexOf('>'));
    Http.Reply second = http.get(next, null);
    assertEquals(200, second.status(), second.body());
    Object firstOcid = map(list(page.map().get("records")).get(0)).get("ocid");
    Object secondOcid = map(list(second.map().get("records")).get(0)).get("ocid");
    assertFalse(firstOcid.equals(secondOcid));
    assertEquals(422, http.get("/api/v1/ocds/records?cursor=abc", null).status());

    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "kontrak-pengadaan-2019"), null));
    List<String> names = new ArrayList<>();
    list(dataset.get("resources")).forEach(x -> names.add((String) map(x).get("name")));
    assertTrue(names.contains("kontrak-pengadaan-2019-release-package.json"), names.toString());
    assertTrue(names.contains("kontrak-pengadaan-2019-record-package.json"), names.toString());
    assertTrue(names.contains("kontrak-pengadaan-2019-releases.csv"), names.toString());
    assertTrue(names.contains("kontrak-pengadaan-2019-awards.csv"), names.toString());
    assertEquals("ukpbj", map(dataset.get("organization")).get("name"));
  }

  @Test
  void aBadRowRejectsTheFileWholeAndADryRunStoresNothing() {
    String s = rup("d");
    String good = sheet("d", "2440000000");
    String bad = good.replace(",tender,2500000000,", ",lelang,12.5.0,");
    Http.Reply rejected = upload(bad);
    assertEquals(422, rejected.status(), rejected.body());
    List<String> located = new ArrayList<>();
    for (Object e : list(rejected.map().get("errors"))) {
      located.add(map(e).get("row") + ":" + map(e).get("column") + ":" + map(e).get("code"));
    }
    assertTrue(located.contains("2:metode:unknown_value"), located.toString());
    assertTrue(located.contains("2:pagu:not_a_number"), located.toString());
    assertEquals(404, http.get("/api/v1/ocds/records/" + PREFIX + "-L" + s, null).status());

    Http.Reply dry =
        http.postMultipart(
            "/api/v1/ocds/spreadsheet",
            world.token(),
            Map.of("organization", "ukpbj", "dry_run", "true"),
            "file",
            "pengadaan.csv",
            good.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, dry.status(), dry.body());
    assertEquals(3L, ((Number) map(dry.map().get("summary")).get("inserted")).longValue());
    assertEquals(404, http.get("/api/v1/ocds/records/" + PREFIX + "-T" + s, null).status());
    String id = (String) dry.map().get("id");
    // A dry run's report is for the organisation's editors: a stranger is told it does not exist.
    assertEquals(404, http.get("/api/v1/ocds/imports/" + id, null).status());
    Http.Reply report = http.get("/api/v1/ocds/imports/" + id, world.token());
    assertEquals(200, report.status(), report.body());
    assertEquals("dry_run", report.map().get("status"));
    Http.Reply wrongOrg =
        http.postMultipart(
            "/api/v1/ocds/spreadsheet",
            world.token(),
            Map.of("organization", "pu-k-" + world.sfx()),
            "file",
            "pengadaan.csv",
            good.getBytes(StandardCharsets.UTF_8));
    assertTrue(wrongOrg.status() == 400 || wrongOrg.status() == 403, wrongOrg.body());
  }

  // --------------------------------------------------------------------------------- helpers

  private Map<String, Object> compiled(String ocid) {
    Http.Reply r = http.get("/api/v1/ocds/records/" + ocid, null);
    assertEquals(200, r.status(), r.body());
    return map(map(list(r.map().get("records")).get(0)).get("compiledRelease"));
  }

  private static String example(String name) {
    try {
      return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> parse(String json) {
    return new Http.Reply(200, json, null).map();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
