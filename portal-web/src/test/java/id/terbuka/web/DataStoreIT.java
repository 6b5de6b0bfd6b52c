package id.terbuka.web;

import static id.terbuka.web.ItSupport.assertNumber;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DataStore through the deployed WAR: an office's messy CSV loaded in the background with the
 * right types, {@code datastore_search} paging, filtering and sorting it, a file that cannot load
 * reporting why, private tables staying private, and injection attempts refused.
 */
@ExtendWith(SharedPortal.class)
class DataStoreIT {
  private static final Duration LOAD_WAIT = PublisherSetup.LOAD_WAIT;

  /** What an office's spreadsheet exports: BOM, semicolons, Indonesian numbers, day-first dates. */
  private static final byte[] MESSY =
      ("\uFEFFKecamatan;Jumlah Penduduk;Anggaran;Tanggal\r\n"
              + "Kota;1.234;1.234.567,89;01/03/2024\r\n"
              + "Desa A;98.765;12,5;15/04/2024\r\n"
              + "Desa B;12;1.000,25;31/12/2023\r\n"
              + "Desa C;500;7,25;01/01/2024\r\n")
          .getBytes(StandardCharsets.UTF_8);

  @SharedPortal.Base URL base;

  private Http http;

  private PublisherSetup setup;
  private String editor;
  private String outsider;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    setup = PublisherSetup.once(DataStoreIT.class, http, "tabel");
    editor = setup.editor();
    outsider = setup.outsider();
  }

  private String dataset(boolean isPrivate) {
    return setup.dataset(http, isPrivate);
  }

  private Map<String, Object> upload(String pkg, String filename, byte[] bytes) {
    return setup.upload(http, pkg, filename, bytes);
  }

  private Map<String, Object> resourceShow(String rid, String token) {
    return ok(http.get(Http.action("resource_show", "id", rid), token));
  }

  private Map<String, Object> loaded(String rid) {
    return setup.loaded(http, rid);
  }

  private Map<String, Object> activeTable(String pkg, String filename, byte[] bytes) {
    return setup.activeTable(http, pkg, filename, bytes);
  }

  private Http.Reply search(String token, Object... params) {
    return http.get(Http.action("datastore_search", params), token);
  }

  private Map<String, Object> searchOk(String token, Object... params) {
    return ok(search(token, params));
  }

  private static List<Object> column(Map<String, Object> result, String name) {
    return records(result).stream().map(r -> r.get(name)).toList();
  }

  // ---------------------------------------------------------------- loading

  @Test
  void aMessyOfficeCsvLoadsWithTheRightTypes() {
    String pkg = dataset(false);
    Map<String, Object> r = activeTable(pkg, "penduduk.csv", MESSY);
    String rid = (String) r.get("id");
    assertEquals(Boolean.TRUE, r.get("datastore_active"));
    assertEquals(4L, r.get("datastore_rows"));
    assertNull(r.get("datastore_error"));

    // package_show carries the same keys (one query for all resources of the dataset).
    Map<String, Object> d = ok(http.get(Http.action("package_show", "id", pkg), editor));
    Map<String, Object> inPackage = map(list(d.get("resources")).get(0));
    assertEquals(Boolean.TRUE, inPackage.get("datastore_active"));
    assertEquals("active", inPackage.get("datastore_status"));

    Map<String, Object> all = searchOk(null, "resource_id", rid);
    assertEquals(4L, all.get("total"));
    assertEquals(rid, all.get("resource_id"));
    assertEquals(
        List.of(
            Map.of("id", "_id", "type", "int"),
            Map.of("id", "Kecamatan", "type", "text"),
            Map.of("id", "Jumlah Penduduk", "type", "int8"),
            Map.of("id", "Anggaran", "type", "numeric"),
            Map.of("id", "Tanggal", "type", "date")),
        all.get("fields"));
    Map<String, Object> first = records(all).get(0);
    assertEquals(1L, first.get("_id"));
    assertEquals("Kota", first.get("Kecamatan"));
    assertEquals(1234L, first.get("Jumlah Penduduk"));
    assertNumber("1234567.89", first.get("Anggaran"));
    assertEquals("2024-03-01", first.get("Tanggal"));
    assertEquals(List.of(1L, 2L, 3L, 4L), column(all, "_id"));

    // The search index is re-indexed on the status change: package_search is not stale.
    String q = "name:" + d.get("name");
    ItSupport.<Map<String, Object>>eventually(
        "package_search shows the active table",
        ItSupport.SEARCH_WAIT,
        () -> ok(http.get(Http.action("package_search", "q", q), editor)),
        s -> {
          // Until the indexer catches up the hit may be the dataset as created, without resources.
          List<Object> results = list(s.get("results"));
          List<Object> resources =
              results.size() == 1 ? list(map(results.get(0)).get("resources")) : List.of();
          return !resources.isEmpty()
              && Boolean.TRUE.equals(map(resources.get(0)).get("datastore_active"));
        });
  }

  @Test
  void searchFiltersSortsPagesAndSelectsFields() {
    String rid = (String) activeTable(dataset(false), "filter.csv", MESSY).get("id");

    Map<String, Object> one =
        searchOk(null, "resource_id", rid, "filters", "{\"Kecamatan\":\"Desa A\"}");
    assertEquals(1L, one.get("total"));
    assertEquals(List.of(98765L), column(one, "Jumlah Penduduk"));

    Map<String, Object> byNumber =
        searchOk(null, "resource_id", rid, "filters", "{\"Jumlah Penduduk\": 12}");
    assertEquals(List.of("Desa B"), column(byNumber, "Kecamatan"));

    Map<String, Object> byDate =
        searchOk(null, "resource_id", rid, "filters", "{\"Tanggal\": \"2024-01-01\"}");
    assertEquals(List.of("Desa C"), column(byDate, "Kecamatan"));

    // A JSON body with filters as an object and a list of values.
    Map<String, Object> two =
        ok(
            http,
            "datastore_search",
            null,
            dict(
                "resource_id",
                rid,
                "filters",
                dict("Kecamatan", List.of("Desa A", "Desa B")),
                "sort",
                "Anggaran desc"));
    assertEquals(2L, two.get("total"));
    assertEquals(List.of("Desa B", "Desa A"), column(two, "Kecamatan"));

    Map<String, Object> byDateAsc = searchOk(null, "resource_id", rid, "sort", "Tanggal, _id desc");
    assertEquals(List.of("Desa B", "Desa C", "Kota", "Desa A"), column(byDateAsc, "Kecamatan"));

    Map<String, Object> page =
        searchOk(null, "resource_id", rid, "limit", "2", "offset", "1", "sort", "_id");
    assertEquals(List.of(2L, 3L), column(page, "_id"));
    assertEquals(4L, page.get("total"));
    assertEquals(2L, page.get("limit"));
    Map<String, Object> links = map(page.get("_links"));
    assertTrue(links.get("start").toString().startsWith("/api/3/action/datastore_search?"));
    assertTrue(links.get("next").toString().contains("offset=3"), links.toString());
    Map<String, Object> next = ok(http.get(links.get("next").toString(), null));
    assertEquals(List.of(4L), column(next, "_id"));

    Map<String, Object> some =
        searchOk(null, "resource_id", rid, "fields", "Kecamatan,Tanggal", "include_total", "false");
    assertEquals(
        List.of(Map.of("id", "Kecamatan", "type", "text"), Map.of("id", "Tanggal", "type", "date")),
        some.get("fields"));
    assertEquals(Set.of("Kecamatan", "Tanggal"), records(some).get(0).keySet());
    assertFalse(some.containsKey("total"));

    Map<String, Object> error =
        failed(
            search(null, "resource_id", rid, "fields", "Kecamatan,Luas"), 409, "Validation Error");
    assertTrue(error.get("fields").toString().contains("Luas"), error.toString());
    failed(search(null, "resource_id", rid, "limit", "-1"), 409, "Validation Error");
    failed(
        search(null, "resource_id", rid, "filters", "{\"Jumlah Penduduk\": \"banyak\"}"),
        409,
        "Validation Error");
    failed(search(null, "resource_id", "tidak-ada"), 404, "Not Found Error");
    failed(search(null), 409, "Validation Error");
  }

  @Test
  void replacingTheFileReloadsAndDeletingDropsTheTable() {
    String pkg = dataset(false);
    String rid = (String) activeTable(pkg, "ganti.csv", MESSY).get("id");
    ok(
        http.postMultipart(
            "/api/3/action/resource_update",
            editor,
            Map.of("id", rid),
            "ganti.csv",
            "a,b\n1,x\n2,y\n".getBytes(StandardCharsets.UTF_8)));
    Map<String, Object> r =
        ItSupport.eventually(
            "reload of " + rid,
            LOAD_WAIT,
            () -> resourceShow(rid, editor),
            x ->
                "active".equals(x.get("datastore_status"))
                    && Long.valueOf(2).equals(x.get("datastore_rows")));
    assertEquals(Boolean.TRUE, r.get("datastore_active"));
    Map<String, Object> after = searchOk(null, "resource_id", rid);
    assertEquals(List.of("x", "y"), column(after, "b"));

    ok(http, "resource_delete", editor, dict("id", rid));
    failed(search(editor, "resource_id", rid), 404, "Not Found Error");
  }

  @Test
  void aRowTooLongFailsWithItsRowNumberAndTheDownloadStillWorks() {
    String pkg = dataset(false);
    byte[] bytes = "kode,nama\n1,Satu\n2,Dua,lebih\n3,Tiga\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> created = upload(pkg, "rusak.csv", bytes);
    String rid = (String) created.get("id");
    Map<String, Object> r = loaded(rid);
    assertEquals("failed", r.get("datastore_status"));
    assertEquals(Boolean.FALSE, r.get("datastore_active"));
    List<Object> errors = list(r.get("datastore_error"));
    assertFalse(errors.isEmpty());
    Map<String, Object> e = map(errors.get(0));
    assertEquals(3L, e.get("row"), errors.toString());
    assertTrue(e.get("reason").toString().contains("cells"), errors.toString());

    String url = (String) created.get("url");
    assertEquals(
        200, http.getBytes(url.substring(url.indexOf("/dataset/")), Map.of()).statusCode());
    failed(search(null, "resource_id", rid), 404, "Not Found Error");
  }

  // ---------------------------------------------------------------- access and injection

  @Test
  void aPrivateDatasetsTableIsHiddenFromOthers() {
    String rid = (String) activeTable(dataset(true), "rahasia.csv", MESSY).get("id");
    Map<String, Object> error =
        failed(search(null, "resource_id", rid), 403, "Authorization Error");
    assertFalse(Json.write(error).contains("Kota"));
    failed(search(outsider, "resource_id", rid), 403, "Authorization Error");
    assertEquals(4L, searchOk(editor, "resource_id", rid).get("total"));
  }

  @Test
  void injectionAttemptsAreValidationErrorsAndTheTableSurvives() {
    String rid = (String) activeTable(dataset(false), "suntik.csv", MESSY).get("id");
    String drop = "\"; drop table datastore.\"" + rid + "\"; --";

    Map<String, Object> e =
        failed(
            search(null, "resource_id", rid, "sort", "Kecamatan; " + drop),
            409,
            "Validation Error");
    assertTrue(e.containsKey("sort"), e.toString());
    e =
        failed(
            search(null, "resource_id", rid, "sort", "(select 1) desc"), 409, "Validation Error");
    assertTrue(e.containsKey("sort"), e.toString());
    e = failed(search(null, "resource_id", rid, "fields", "_id" + drop), 409, "Validation Error");
    assertTrue(e.containsKey("fields"), e.toString());
    e =
        failed(
            search(
                null,
                "resource_id",
                rid,
                "filters",
                Json.write(Map.of("Kecamatan\" = 'x' or 1=1 --", "a"))),
            409,
            "Validation Error");
    assertTrue(e.containsKey("filters"), e.toString());

    // A hostile value is only a value: bound, compared, matching nothing.
    Map<String, Object> none =
        searchOk(
            null, "resource_id", rid, "filters", Json.write(Map.of("Kecamatan", "x' or '1'='1")));
    assertEquals(0L, none.get("total"));

    Map<String, Object> intact = searchOk(null, "resource_id", rid);
    assertEquals(4L, intact.get("total"));
    assertEquals(4, records(intact).size());
  }

  // ---------------------------------------------------------------- full text, distinct, formats

  private static final byte[] HARVEST =
      ("desa;kecamatan;komoditas;luas\n"
              + "Ngraho;Ngraho;Padi sawah;12,5\n"
              + "Tambakrejo;Ngraho;Jagung;3\n"
              + "Sumberejo;Kapas;Padi ladang;7\n"
              + "Kalitidu;Kalitidu;Tembakau Virginia;1\n")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void fullTextDistinctRecordFormatsAndTotals() {
    String rid = (String) activeTable(dataset(false), "panen.csv", HARVEST).get("id");

    Map<String, Object> padi = searchOk(null, "resource_id", rid, "q", "padi");
    assertEquals(2L, padi.get("total"));
    assertEquals(Set.of("Ngraho", "Sumberejo"), Set.copyOf(column(padi, "desa")));
    assertEquals(
        List.of("Ngraho"), column(searchOk(null, "resource_id", rid, "q", "sawah padi"), "desa"));
    // Numbers are searchable text too (codes, years).
    assertEquals(
        List.of("Tambakrejo"), column(searchOk(null, "resource_id", rid, "q", "3"), "desa"));
    assertEquals(
        List.of("Kalitidu"),
        column(searchOk(null, "resource_id", rid, "q", "virginia", "language", "english"), "desa"));
    assertEquals(
        List.of("Tambakrejo"),
        column(searchOk(null, "resource_id", rid, "q", "{\"komoditas\": \"jagung\"}"), "desa"));
    assertEquals(
        List.of("Sumberejo"),
        column(searchOk(null, "resource_id", rid, "q", "padi & !sawah", "plain", "false"), "desa"));
    Map<String, Object> e =
        failed(
            search(null, "resource_id", rid, "q", "padi & (", "plain", "false"),
            409,
            "Validation Error");
    assertTrue(e.containsKey("q"), e.toString());
    e =
        failed(
            search(null, "resource_id", rid, "q", "x", "language", "klingon"),
            409,
            "Validation Error");
    assertTrue(e.containsKey("language"), e.toString());
    // q and filters together; the full-text part is a bound value, never SQL.
    assertEquals(
        List.of("Ngraho"),
        column(
            searchOk(
                null, "resource_id", rid, "q", "padi", "filters", "{\"kecamatan\": \"Ngraho\"}"),
            "desa"));
    assertEquals(0L, searchOk(null, "resource_id", rid, "q", "padi') or 1=1 --").get("total"));

    // Dumps take the same q (and distinct), best matches first.
    var dump =
        http.getBytes(
            "/datastore/dump/" + rid + "?format=csv&fields=desa&q=" + "sawah%20padi", Map.of());
    assertEquals(200, dump.statusCode());
    assertEquals("desa\nNgraho\n", new String(dump.body(), StandardCharsets.UTF_8));
    dump =
        http.getBytes(
            "/datastore/dump/" + rid + "?format=csv&fields=kecamatan&distinct=true", Map.of());
    assertEquals(
        "kecamatan\nKalitidu\nKapas\nNgraho\n", new String(dump.body(), StandardCharsets.UTF_8));

    Map<String, Object> distinct =
        searchOk(null, "resource_id", rid, "fields", "kecamatan", "distinct", "true");
    assertEquals(List.of("Kalitidu", "Kapas", "Ngraho"), column(distinct, "kecamatan"));
    assertEquals(3L, distinct.get("total"));

    Map<String, Object> lists =
        searchOk(
            null,
            "resource_id",
            rid,
            "fields",
            "desa,luas",
            "records_format",
            "lists",
            "limit",
            "1");
    assertEquals("lists", lists.get("records_format"));
    List<Object> row = list(list(lists.get("records")).get(0));
    assertEquals("Ngraho", row.get(0));
    assertNumber("12.5", row.get(1));
    Map<String, Object> csv =
        searchOk(
            null,
            "resource_id",
            rid,
            "fields",
            "desa,komoditas",
            "records_format",
            "csv",
            "limit",
            "2");
    assertEquals("Ngraho,Padi sawah\r\nTambakrejo,Jagung\r\n", csv.get("records"));

    // Estimated totals only when asked for and above the threshold, and said so.
    Map<String, Object> exact =
        searchOk(null, "resource_id", rid, "filters", "{\"kecamatan\": \"Ngraho\"}");
    assertEquals(2L, exact.get("total"));
    assertEquals(Boolean.FALSE, exact.get("total_was_estimated"));
    Map<String, Object> estimated =
        searchOk(
            null,
            "resource_id",
            rid,
            "filters",
            "{\"kecamatan\": \"Ngraho\"}",
            "total_estimation_threshold",
            "0");
    assertEquals(Boolean.TRUE, estimated.get("total_was_estimated"));
    assertTrue(estimated.get("total") instanceof Number, estimated.toString());
    Map<String, Object> underThreshold =
        searchOk(
            null,
            "resource_id",
            rid,
            "filters",
            "{\"kecamatan\": \"Ngraho\"}",
            "total_estimation_threshold",
            "1000");
    assertEquals(2L, underThreshold.get("total"));
    assertEquals(Boolean.FALSE, underThreshold.get("total_was_estimated"));

    // _links carry every parameter; prev appears past the first page.
    Map<String, Object> second =
        searchOk(null, "resource_id", rid, "q", "padi", "limit", "1", "offset", "1");
    Map<String, Object> links = map(second.get("_links"));
    assertTrue(links.get("prev").toString().contains("offset=0"), links.toString());
    assertTrue(links.get("next").toString().contains("q=padi"), links.toString());
    Map<String, Object> first = ok(http.get(links.get("prev").toString(), null));
    assertEquals(1, records(first).size());
    assertFalse(column(first, "desa").equals(column(second, "desa")));
  }

  // ---------------------------------------------------------------- writes

  @Test
  void apiTablesAreCreatedUpsertedDescribedAndDeleted() {
    String pkg = dataset(false);
    Map<String, Object> created =
        ok(
            http,
            "datastore_create",
            editor,
            dict(
                "resource",
                dict("package_id", pkg, "name", "Realisasi per OPD"),
                "fields",
                List.of(
                    dict("id", "kode", "type", "int"),
                    dict("id", "nama"),
                    dict(
                        "id",
                        "anggaran",
                        "type",
                        "numeric",
                        "info",
                        dict("label", "Anggaran (Rp)", "notes", "Pagu setelah perubahan"))),
                "primary_key",
                "kode",
                "records",
                List.of(
                    dict("kode", 1, "nama", "Dinas Pendidikan", "anggaran", "1500000.50"),
                    dict("kode", 2, "nama", "Dinas Kesehatan", "anggaran", 900))));
    String rid = (String) created.get("resource_id");
    assertEquals(List.of("kode"), created.get("primary_key"));
    Map<String, Object> r = resourceShow(rid, null);
    assertEquals(Boolean.TRUE, r.get("datastore_active"));
    assertEquals("datastore", r.get("url_type"));

    Map<String, Object> all = searchOk(null, "resource_id", rid, "sort", "kode");
    assertEquals(2L, all.get("total"));
    assertEquals(List.of(1L, 2L), column(all, "kode"));
    assertNumber("1500000.50", records(all).get(0).get("anggaran"));
    assertEquals(
        Map.of("label", "Anggaran (Rp)", "notes", "Pagu setelah perubahan"),
        map(list(all.get("fields")).get(3)).get("info"));

    Map<String, Object> upserted =
        ok(
            http,
            "datastore_upsert",
            editor,
            dict(
                "resource_id",
                rid,
                "records",
                List.of(
                    dict("kode", 2, "nama", "Dinas Kesehatan (revisi)"),
                    dict("kode", 3, "nama", "Bappeda"))));
    assertEquals(1L, upserted.get("inserted"));
    assertEquals(1L, upserted.get("updated"));
    Map<String, Object> after = searchOk(null, "resource_id", rid, "sort", "kode");
    assertEquals(
        List.of("Dinas Pendidikan", "Dinas Kesehatan (revisi)", "Bappeda"), column(after, "nama"));
    assertNumber("900", records(after).get(1).get("anggaran"));
    assertEquals(3L, after.get("total"));

    // A refused record undoes the whole call: nothing of the good record before it stays.
    e(
        failed(
            post(
                "datastore_upsert",
                editor,
                dict(
                    "resource_id",
                    rid,
                    "method",
                    "insert",
                    "records",
                    List.of(dict("kode", 4, "nama", "Baru"), dict("kode", "empat")))),
            409,
            "Validation Error"),
        "records[1]");
    e(
        failed(
            post(
                "datastore_upsert",
                editor,
                dict(
                    "resource_id",
                    rid,
                    "method",
                    "insert",
                    "records",
                    List.of(dict("kode", 1, "nama", "Kembar")))),
            409,
            "Validation Error"),
        "records[0]");
    e(
        failed(
            post(
                "datastore_upsert",
                editor,
                dict(
                    "resource_id",
                    rid,
                    "method",
                    "update",
                    "records",
                    List.of(dict("kode", 99, "nama", "Tidak ada")))),
            409,
            "Validation Error"),
        "records[0]");
    e(
        failed(
            post(
                "datastore_upsert",
                editor,
                dict("resource_id", rid, "records", List.of(dict("kode", 5, "lain", "x")))),
            409,
            "Validation Error"),
        "lain");
    assertEquals(3L, searchOk(null, "resource_id", rid).get("total"));

    // Others may read but not write.
    failed(
        post(
            "datastore_upsert",
            outsider,
            dict("resource_id", rid, "records", List.of(dict("kode", 7)))),
        403,
        "Authorization Error");
    failed(post("datastore_delete", null, dict("resource_id", rid)), 403, "Authorization Error");

    Map<String, Object> info = ok(http.get(Http.action("datastore_info", "id", rid), null));
    assertEquals(3L, map(info.get("meta")).get("count"));
    assertEquals("api", map(info.get("meta")).get("origin"));
    Map<String, Object> kode = map(list(info.get("fields")).get(0));
    assertEquals("kode", kode.get("id"));
    assertEquals(Boolean.TRUE, map(kode.get("schema")).get("uniquekey"));
    assertEquals(
        "Anggaran (Rp)", map(map(list(info.get("fields")).get(2)).get("info")).get("label"));

    // A new column later; the full-text index follows the columns.
    ok(
        http,
        "datastore_create",
        editor,
        dict(
            "resource_id",
            rid,
            "fields",
            List.of(dict("id", "keterangan")),
            "records",
            List.of(dict("kode", 3, "keterangan", "perencanaan pembangunan"))));
    Map<String, Object> found = searchOk(null, "resource_id", rid, "q", "perencanaan");
    assertEquals(List.of(3L), column(found, "kode"));
    assertEquals(3L, searchOk(null, "resource_id", rid).get("total"));

    e(
        failed(
            post(
                "datastore_create",
                editor,
                dict(
                    "resource_id",
                    rid,
                    "fields",
                    List.of(dict("id", "_rahasia"), dict("id", "x", "type", "json")))),
            409,
            "Validation Error"),
        "underscore");

    Map<String, Object> deleted =
        ok(http, "datastore_delete", editor, dict("resource_id", rid, "filters", dict("kode", 1)));
    assertEquals(1L, deleted.get("deleted"));
    assertEquals(2L, searchOk(null, "resource_id", rid).get("total"));
    // Row numbers now have a gap (1 is gone): paging must count rows, not trust _id.
    assertEquals(List.of(3L), column(searchOk(null, "resource_id", rid, "offset", "1"), "kode"));
    ok(http, "datastore_delete", editor, dict("resource_id", rid));
    failed(search(null, "resource_id", rid), 404, "Not Found Error");
    assertEquals(Boolean.FALSE, resourceShow(rid, null).get("datastore_active"));
  }

  @Test
  void aLoadedTableIsReadOnlyAndItsDictionaryOverridesTypes() {
    String rid = (String) activeTable(dataset(false), "kamus.csv", MESSY).get("id");
    e(
        failed(
            post(
                "datastore_upsert",
                editor,
                dict(
                    "resource_id",
                    rid,
                    "method",
                    "insert",
                    "records",
                    List.of(dict("Kecamatan", "Baru")))),
            409,
            "Validation Error"),
        "read-only");
    e(
        failed(
            post(
                "datastore_create",
                editor,
                dict("resource_id", rid, "fields", List.of(dict("id", "Luas")))),
            409,
            "Validation Error"),
        "Luas");

    ok(
        http,
        "datastore_create",
        editor,
        dict(
            "resource_id",
            rid,
            "fields",
            List.of(
                dict(
                    "id",
                    "Jumlah Penduduk",
                    "info",
                    dict("label", "Jumlah penduduk (jiwa)", "type_override", "text")))));
    Map<String, Object> reloaded =
        ItSupport.eventually(
            "reload with the type override",
            LOAD_WAIT,
            () -> searchOk(null, "resource_id", rid),
            s -> "text".equals(map(list(s.get("fields")).get(2)).get("type")));
    Map<String, Object> field = map(list(reloaded.get("fields")).get(2));
    assertEquals("Jumlah penduduk (jiwa)", map(field.get("info")).get("label"));
    assertEquals("1.234", records(reloaded).get(0).get("Jumlah Penduduk"));

    Map<String, Object> forced =
        ok(
            http,
            "datastore_upsert",
            editor,
            dict(
                "resource_id",
                rid,
                "method",
                "insert",
                "force",
                true,
                "records",
                List.of(dict("Kecamatan", "Desa D", "Tanggal", "2024-02-02"))));
    assertEquals(1L, forced.get("inserted"));
    Map<String, Object> d =
        searchOk(null, "resource_id", rid, "filters", "{\"Kecamatan\": \"Desa D\"}");
    assertEquals(List.of(5L), column(d, "_id"));
    assertEquals(5L, searchOk(null, "resource_id", rid).get("total"));
  }

  private Http.Reply post(String action, String token, Map<String, Object> body) {
    return ItSupport.post(http, action, token, body);
  }

  /** Asserts that the error mentions {@code text} somewhere. */
  private static void e(Map<String, Object> error, String text) {
    assertTrue(Json.write(error).contains(text), Json.write(error));
  }

  // ---------------------------------------------------------------- messy files

  private static byte[] wide(int columns, String value) {
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i = 1; i <= columns; i++) {
      header.append(i > 1 ? "," : "").append("kolom").append(i);
      row.append(i > 1 ? "," : "").append(value);
    }
    return (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, Object> loadedFile(String pkg, String filename, byte[] bytes) {
    return loaded((String) upload(pkg, filename, bytes).get("id"));
  }

  private static String reasons(Map<String, Object> r) {
    return Json.write(r.get("datastore_error"));
  }

  @Test
  void messyFilesLoadOrSayPreciselyWhyNot() {
    String pkg = dataset(false);

    byte[] cp1252 =
        "Kecamatan\tKeterangan\r\nNgraho\tCaf\u00e9 \u201ckopi\u201d\r\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Map<String, Object> r = loadedFile(pkg, "cp1252.csv", cp1252);
    assertEquals("active", r.get("datastore_status"), reasons(r));
    assertEquals(
        List.of("Caf\u00e9 \u201ckopi\u201d"),
        column(searchOk(null, "resource_id", r.get("id")), "Keterangan"));

    byte[] quoted =
        "nama,alamat\n\"Budi, S.Pd\",\"Jl. Raya 1\nRT 02\"\nSiti,\"Jl. \"\"Baru\"\"\"\n"
            .getBytes(StandardCharsets.UTF_8);
    r = loadedFile(pkg, "quoted.csv", quoted);
    assertEquals("active", r.get("datastore_status"), reasons(r));
    Map<String, Object> rows = searchOk(null, "resource_id", r.get("id"));
    assertEquals(List.of("Budi, S.Pd", "Siti"), column(rows, "nama"));
    assertEquals(List.of("Jl. Raya 1\nRT 02", "Jl. \"Baru\""), column(rows, "alamat"));

    // A short row is padded with empty cells (spreadsheets drop trailing empties).
    r = loadedFile(pkg, "ragged.csv", "a,b,c\n1,2,3\n4,5\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("active", r.get("datastore_status"), reasons(r));
    assertEquals(
        java.util.Arrays.asList(3L, null), column(searchOk(null, "resource_id", r.get("id")), "c"));

    r = loadedFile(pkg, "kosong.csv", new byte[0]);
    assertEquals("failed", r.get("datastore_status"));
    assertTrue(reasons(r).contains("empty"), reasons(r));

    r = loadedFile(pkg, "judul.csv", "kode;nama\r\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("active", r.get("datastore_status"), reasons(r));
    Map<String, Object> none = searchOk(null, "resource_id", r.get("id"));
    assertEquals(0L, none.get("total"));
    assertEquals(3, list(none.get("fields")).size());

    r = loadedFile(pkg, "lebar.csv", wide(1_599, "a"));
    assertEquals("active", r.get("datastore_status"), reasons(r));
    assertEquals(1L, r.get("datastore_rows"));

    Map<String, Object> tooWide = upload(pkg, "terlalu-lebar.csv", wide(10_000, "1"));
    r = loaded((String) tooWide.get("id"));
    assertEquals("failed", r.get("datastore_status"));
    assertTrue(reasons(r).contains("10,000 columns"), reasons(r));
    String url = (String) tooWide.get("url");
    assertEquals(
        200, http.getBytes(url.substring(url.indexOf("/dataset/")), Map.of()).statusCode());
  }

  @Test
  void aValuePastTheSampledRowsStillDecidesTheType() {
    // The loader infers types from the first 20,000 rows and checks the rest as it copies them;
    // a later value that changes a type (or a broken row) costs a full inspection, not wrong data.
    StringBuilder csv = new StringBuilder("no;jumlah\n");
    for (int i = 1; i <= 20_050; i++) {
      csv.append(i)
          .append(';')
          .append(i == 20_040 ? "12,5" : Integer.toString(i % 97))
          .append('\n');
    }
    String pkg = dataset(false);
    Map<String, Object> r =
        loadedFile(pkg, "panjang.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals("active", r.get("datastore_status"), reasons(r));
    assertEquals(20_050L, r.get("datastore_rows"));
    Map<String, Object> late =
        searchOk(null, "resource_id", r.get("id"), "filters", "{\"no\": 20040}");
    assertEquals("numeric", map(list(late.get("fields")).get(2)).get("type"));
    assertNumber("12.5", records(late).get(0).get("jumlah"));

    csv.append("20051;1;lebih\n");
    r = loadedFile(pkg, "rusak-akhir.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals("failed", r.get("datastore_status"));
    assertEquals(20_052L, map(list(r.get("datastore_error")).get(0)).get("row"), reasons(r));
  }
}
