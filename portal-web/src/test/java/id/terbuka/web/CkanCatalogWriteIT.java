package id.terbuka.web;

import static id.terbuka.web.ItSupport.CKAN_TIME;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.names;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.packageCreate;
import static id.terbuka.web.ItSupport.packageShow;
import static id.terbuka.web.ItSupport.post;
import static id.terbuka.web.ItSupport.search;
import static id.terbuka.web.ItSupport.searchUntil;
import static id.terbuka.web.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Catalogue writes: package create (JSON and form), validation, update, patch, delete and purge,
 * resources by URL and by upload, and renaming an organisation.
 *
 * <p>Part of the CKAN Action API compatibility suite: the deployed WAR driven over HTTP as an
 * external CKAN client would (ckanapi, harvesters), against the contract in the CKAN API brief.
 * Every test makes its own uniquely named objects, so tests and classes can share the database in
 * any order.
 */
@ExtendWith(SharedPortal.class)
class CkanCatalogWriteIT {
  private static final List<String> PACKAGE_KEYS =
      List.of(
          "id",
          "name",
          "title",
          "type",
          "state",
          "private",
          "isopen",
          "owner_org",
          "organization",
          "notes",
          "url",
          "version",
          "author",
          "author_email",
          "maintainer",
          "maintainer_email",
          "license_id",
          "license_title",
          "license_url",
          "creator_user_id",
          "metadata_created",
          "metadata_modified",
          "num_resources",
          "num_tags",
          "resources",
          "tags",
          "groups",
          "extras",
          "relationships_as_subject",
          "relationships_as_object");

  private static final List<String> RESOURCE_KEYS =
      List.of(
          "id",
          "package_id",
          "url",
          "name",
          "description",
          "format",
          "mimetype",
          "mimetype_inner",
          "size",
          "hash",
          "resource_type",
          "url_type",
          "position",
          "state",
          "created",
          "last_modified",
          "metadata_modified",
          "cache_url",
          "cache_last_updated",
          "datastore_active");

  @SharedPortal.Base URL base;

  private Http http;

  /** Built once per class: each class has its own deployment (and site URL). */
  private static CkanWorld world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(CkanCatalogWriteIT.class, () -> CkanWorld.build(http));
  }

  // ---------------------------------------------------------------- create and show

  @Test
  void packageCreateReturnsTheFullPackageShowDict() {
    String n = uniqueName("apbd");
    Map<String, Object> created =
        packageCreate(
            http,
            world.editorA,
            dict(
                "name",
                n,
                "title",
                "APBD Bojonegoro 2024",
                "owner_org",
                world.orgA,
                "notes",
                "Anggaran *pendapatan* dan belanja",
                "url",
                "https://bojonegorokab.go.id/apbd",
                "version",
                "1.0",
                "author",
                "BPKAD",
                "author_email",
                "bpkad@bojonegorokab.go.id",
                "maintainer",
                "Diskominfo",
                "maintainer_email",
                "data@bojonegorokab.go.id",
                "tags",
                List.of(dict("name", "Keuangan Daerah"), dict("name", "apbd")),
                "groups",
                List.of(dict("name", world.group1)),
                "extras",
                List.of(
                    dict("key", "zz_sumber", "value", "SIPD"),
                    dict("key", "aa_kode", "value", "7")),
                "produsen_data",
                "BPKAD",
                "frekuensi",
                "tahunan",
                "cakupan_wilayah",
                List.of("35.22", "35.22.01"),
                "cakupan_waktu_mulai",
                "2024-01-01",
                "cakupan_waktu_selesai",
                "2024-12-31",
                "satuan",
                "Rupiah",
                "metodologi",
                "Rekapitulasi SIPD",
                "resources",
                List.of(
                    dict(
                        "name",
                        "APBD CSV",
                        "url",
                        "https://example.org/apbd.csv",
                        "format",
                        "text/csv"))));
    for (String key : PACKAGE_KEYS) {
      assertTrue(created.containsKey(key), "package key " + key);
    }
    assertNotNull(created.get("id"));
    assertEquals(n, created.get("name"));
    assertEquals("APBD Bojonegoro 2024", created.get("title"));
    assertEquals("dataset", created.get("type"));
    assertEquals("active", created.get("state"));
    assertEquals(false, created.get("private"));
    assertEquals("cc-by", created.get("license_id"));
    assertEquals("Creative Commons Attribution 4.0", created.get("license_title"));
    assertEquals(true, created.get("isopen"));
    assertEquals(world.orgAId, created.get("owner_org"));
    Map<String, Object> org = map(created.get("organization"));
    for (String key :
        List.of(
            "id",
            "name",
            "title",
            "type",
            "description",
            "image_url",
            "created",
            "is_organization",
            "approval_status",
            "state")) {
      assertTrue(org.containsKey(key), "organization key " + key);
    }
    assertEquals(world.orgA, org.get("name"));
    assertEquals(world.orgATitle, org.get("title"));
    assertEquals(true, org.get("is_organization"));
    assertEquals("Anggaran *pendapatan* dan belanja", created.get("notes"));
    assertEquals("bpkad@bojonegorokab.go.id", created.get("author_email"));
    assertTrue(CKAN_TIME.matcher((String) created.get("metadata_created")).matches());
    assertTrue(
        CKAN_TIME.matcher((String) created.get("metadata_modified")).matches(),
        (String) created.get("metadata_modified"));
    assertNotNull(created.get("creator_user_id"));
    assertEquals(2L, created.get("num_tags"));
    assertEquals(1L, created.get("num_resources"));
    List<Object> tags = list(created.get("tags"));
    assertEquals(
        List.of("Keuangan Daerah", "apbd"), tags.stream().map(t -> map(t).get("name")).toList());
    for (Object t : tags) {
      for (String key : List.of("id", "name", "display_name", "state", "vocabulary_id")) {
        assertTrue(map(t).containsKey(key), "tag key " + key);
      }
    }
    Map<String, Object> group = map(list(created.get("groups")).get(0));
    for (String key :
        List.of("id", "name", "title", "display_name", "description", "image_display_url")) {
      assertTrue(group.containsKey(key), "group key " + key);
    }
    assertEquals(world.group1Title, group.get("title"));
    assertEquals(
        List.of(dict("key", "aa_kode", "value", "7"), dict("key", "zz_sumber", "value", "SIPD")),
        created.get("extras"));
    assertEquals(List.of(), created.get("relationships_as_subject"));
    assertEquals(List.of(), created.get("relationships_as_object"));
    assertEquals("BPKAD", created.get("produsen_data"));
    assertEquals("tahunan", created.get("frekuensi"));
    assertEquals(List.of("35.22", "35.22.01"), created.get("cakupan_wilayah"));
    assertEquals("2024-01-01", created.get("cakupan_waktu_mulai"));
    assertEquals("2024-12-31", created.get("cakupan_waktu_selesai"));
    assertEquals("Rupiah", created.get("satuan"));
    assertEquals("Rekapitulasi SIPD", created.get("metodologi"));

    Map<String, Object> resource = map(list(created.get("resources")).get(0));
    for (String key : RESOURCE_KEYS) {
      assertTrue(resource.containsKey(key), "resource key " + key);
    }
    assertEquals("CSV", resource.get("format"));
    assertEquals("text/csv", resource.get("mimetype"));
    assertEquals(created.get("id"), resource.get("package_id"));
    assertEquals(0L, resource.get("position"));
    assertEquals("active", resource.get("state"));

    // package_show by name and by id gives the same dict.
    assertEquals(created, packageShow(http, null, n));
    assertEquals(created, packageShow(http, null, (String) created.get("id")));
  }

  @Test
  void emptyFieldsAreNullAndLicenceWithoutUrlKeepsTheKey() {
    String n = uniqueName("minimal");
    Map<String, Object> d =
        packageCreate(
            http,
            world.editorA,
            dict("name", n, "owner_org", world.orgA, "license_id", "other-open"));
    for (String key : PACKAGE_KEYS) {
      assertTrue(d.containsKey(key), "package key " + key);
    }
    assertEquals(n, d.get("title"), "title defaults to the name");
    for (String key :
        List.of(
            "notes",
            "url",
            "version",
            "author",
            "author_email",
            "maintainer",
            "maintainer_email",
            "license_url")) {
      assertNull(d.get(key), key);
    }
    assertEquals("Other (Open)", d.get("license_title"));
    assertEquals(0L, d.get("num_resources"));
    assertEquals(List.of(), d.get("resources"));
    assertEquals(List.of(), d.get("tags"));
    assertEquals(List.of(), d.get("extras"));
  }

  @Test
  void satuDataFieldsAreAcceptedAsExtras() {
    String n = uniqueName("satu-data-extras");
    Map<String, Object> d =
        packageCreate(
            http,
            world.editorA,
            dict(
                "name",
                n,
                "owner_org",
                world.orgA,
                "extras",
                List.of(
                    dict("key", "produsen_data", "value", "Bappeda"),
                    dict("key", "frekuensi", "value", "bulanan"),
                    dict("key", "cakupan_wilayah", "value", "35.22,35.22.02"),
                    dict("key", "cakupan_waktu_mulai", "value", "2023-01-01"),
                    dict("key", "cakupan_waktu_selesai", "value", "2023-06-30"),
                    dict("key", "satuan", "value", "Jiwa"),
                    dict("key", "metodologi", "value", "Survei"),
                    dict("key", "catatan", "value", "lain"))));
    assertEquals("Bappeda", d.get("produsen_data"));
    assertEquals("bulanan", d.get("frekuensi"));
    assertEquals(List.of("35.22", "35.22.02"), d.get("cakupan_wilayah"));
    assertEquals("2023-01-01", d.get("cakupan_waktu_mulai"));
    assertEquals("2023-06-30", d.get("cakupan_waktu_selesai"));
    assertEquals("Jiwa", d.get("satuan"));
    assertEquals("Survei", d.get("metodologi"));
    assertEquals(List.of(dict("key", "catatan", "value", "lain")), d.get("extras"));
  }

  @Test
  void packageCreateFromAFormWithTagString() {
    String n = uniqueName("form");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", n);
    form.put("title", "Dari Formulir");
    form.put("owner_org", world.orgA);
    form.put("tag_string", "pendidikan, sekolah dasar");
    form.put("private", "False");
    form.put("frekuensi", "semesteran");
    form.put("cakupan_wilayah", "35.22");
    Map<String, Object> d = ok(http.postForm("/api/3/action/package_create", world.editorA, form));
    assertEquals(n, d.get("name"));
    assertEquals("Dari Formulir", d.get("title"));
    assertEquals(false, d.get("private"));
    assertEquals(
        List.of("pendidikan", "sekolah dasar"),
        list(d.get("tags")).stream().map(t -> map(t).get("name")).toList());
    assertEquals("semesteran", d.get("frekuensi"));
    assertEquals(List.of("35.22"), d.get("cakupan_wilayah"));
  }

  // ---------------------------------------------------------------- validation

  @Test
  void validationErrorsAreFieldKeyedAndReportedTogether() {
    String n = uniqueName("dup");
    packageCreate(http, world.editorA, dict("name", n, "owner_org", world.orgA));

    Map<String, Object> e =
        failed(post(http, "package_create", world.admin, dict("name", n)), 409, "Validation Error");
    assertEquals(List.of("That URL is already in use."), e.get("name"));
    assertEquals(List.of("Missing value"), e.get("owner_org"));

    e =
        failed(
            post(
                http,
                "package_create",
                world.editorA,
                dict(
                    "name",
                    "Bad Name!",
                    "owner_org",
                    world.orgA,
                    "cakupan_wilayah",
                    List.of("35.22", "99.99.99"),
                    "frekuensi",
                    "kadang-kadang",
                    "cakupan_waktu_mulai",
                    "2024-06-01",
                    "cakupan_waktu_selesai",
                    "2024-01-01",
                    "author_email",
                    "bukan-email",
                    "tags",
                    List.of(dict("name", "ok tag"), dict("name", "bad/tag!")))),
            409,
            "Validation Error");
    assertEquals(
        Set.of(
            "__type",
            "name",
            "cakupan_wilayah",
            "frekuensi",
            "cakupan_waktu_selesai",
            "author_email",
            "tags"),
        e.keySet(),
        e.toString());
    assertTrue(list(e.get("name")).get(0).toString().contains("lowercase alphanumeric"));
    assertTrue(list(e.get("cakupan_wilayah")).get(0).toString().contains("99.99.99"));
    assertEquals(1, list(e.get("cakupan_wilayah")).size(), "35.22 is a known code");
    assertTrue(list(e.get("tags")).get(0).toString().contains("bad/tag!"));
    assertEquals(1, list(e.get("tags")).size());
    assertTrue(list(e.get("author_email")).get(0).toString().contains("bukan-email"));
    // Nothing was created.
    failed(
        http.get(Http.action("package_show", "id", "Bad Name!"), world.admin),
        404,
        "Not Found Error");

    Map<String, Object> userErrors =
        failed(
            post(
                http,
                "user_create",
                world.admin,
                dict("name", uniqueName("u"), "email", "not-an-email", "password", "short")),
            409,
            "Validation Error");
    assertTrue(userErrors.containsKey("email"), userErrors.toString());
    assertTrue(userErrors.containsKey("password"), userErrors.toString());
  }

  // ---------------------------------------------------------------- update, patch, delete

  @Test
  void packageUpdateReplacesAndPatchMerges() {
    String n = uniqueName("ganti");
    Map<String, Object> d =
        packageCreate(
            http,
            world.editorA,
            dict(
                "name",
                n,
                "owner_org",
                world.orgA,
                "notes",
                "Catatan",
                "version",
                "1",
                "frekuensi",
                "tahunan",
                "tags",
                List.of(dict("name", "lama")),
                "resources",
                List.of(
                    dict("name", "r1", "url", "https://example.org/r1.csv"),
                    dict("name", "r2", "url", "https://example.org/r2.json"))));
    String id = (String) d.get("id");
    List<Object> resources = list(d.get("resources"));
    assertEquals(2, resources.size());
    String r1 = (String) map(resources.get(0)).get("id");

    // Without a resources key: fields replaced, resources kept.
    Map<String, Object> u =
        ok(
            http,
            "package_update",
            world.editorA,
            dict("id", id, "name", n, "owner_org", world.orgA, "title", "Baru"));
    assertEquals("Baru", u.get("title"));
    assertNull(u.get("notes"), "omitted notes cleared");
    assertNull(u.get("version"), "omitted version cleared");
    assertNull(u.get("frekuensi"), "omitted frekuensi cleared");
    assertEquals(List.of(), u.get("tags"));
    assertEquals(2, list(u.get("resources")).size());
    assertNotEquals(d.get("metadata_modified"), u.get("metadata_modified"));

    // With a resources list: what is left out is removed, what is given is updated by id.
    u =
        ok(
            http,
            "package_update",
            world.editorA,
            dict(
                "id",
                id,
                "name",
                n,
                "owner_org",
                world.orgA,
                "resources",
                List.of(dict("id", r1, "name", "r1 baru", "url", "https://example.org/r1.csv"))));
    List<Object> after = list(u.get("resources"));
    assertEquals(1, after.size());
    assertEquals(r1, map(after.get(0)).get("id"));
    assertEquals("r1 baru", map(after.get(0)).get("name"));

    // Patch merges top-level keys.
    ok(http, "package_patch", world.editorA, dict("id", id, "notes", "Lagi", "version", "9"));
    Map<String, Object> p =
        ok(http, "package_patch", world.editorA, dict("id", n, "satuan", "Unit"));
    assertEquals("Lagi", p.get("notes"));
    assertEquals("9", p.get("version"));
    assertEquals("Unit", p.get("satuan"));
    assertEquals(1, list(p.get("resources")).size());
    assertEquals(p, packageShow(http, world.editorA, id));

    failed(
        post(http, "package_update", world.editorA, dict("id", "no-such-" + n, "name", n)),
        404,
        "Not Found Error");
  }

  @Test
  void deleteHidesAndPurgeRemoves() {
    String n = uniqueName("hapus");
    String id =
        (String)
            packageCreate(http, world.editorA, dict("name", n, "owner_org", world.orgA)).get("id");
    searchUntil(http, null, names -> names.contains(n), "indexed", "q", "name:" + n);
    assertTrue(ItSupport.<List<String>>ok(http.get(Http.action("package_list"), null)).contains(n));

    Http.Reply deleted = post(http, "package_delete", world.editorA, dict("id", n));
    assertEquals(200, deleted.status(), deleted.body());
    assertTrue(deleted.map().containsKey("result"));
    assertNull(deleted.map().get("result"));

    searchUntil(http, null, List::isEmpty, "removed from search", "q", "name:" + n);
    assertEquals(
        List.of(),
        names(ok(http.get(Http.action("package_search", "q", "name:" + n), world.editorA))));
    assertFalse(
        ItSupport.<List<String>>ok(http.get(Http.action("package_list"), null)).contains(n));
    failed(http.get(Http.action("package_show", "id", n), null), 404, "Not Found Error");
    failed(http.get(Http.action("package_show", "id", n), world.memberA), 404, "Not Found Error");
    assertEquals("deleted", packageShow(http, world.editorA, id).get("state"));

    failed(post(http, "dataset_purge", world.editorA, dict("id", id)), 403, "Authorization Error");
    Http.Reply purged = post(http, "dataset_purge", world.admin, dict("id", id));
    assertEquals(200, purged.status(), purged.body());
    assertNull(purged.map().get("result"));
    failed(http.get(Http.action("package_show", "id", id), world.admin), 404, "Not Found Error");
    failed(post(http, "dataset_purge", world.admin, dict("id", id)), 404, "Not Found Error");
    // The name is free again.
    packageCreate(http, world.editorA, dict("name", n, "owner_org", world.orgA));
  }

  // ---------------------------------------------------------------- resources

  @Test
  void resourceCrudByUrl() {
    String n = uniqueName("sumber");
    String pkg =
        (String)
            packageCreate(http, world.editorA, dict("name", n, "owner_org", world.orgA)).get("id");
    Map<String, Object> r =
        ok(
            http,
            "resource_create",
            world.editorA,
            dict(
                "package_id",
                n,
                "url",
                "https://example.org/data",
                "name",
                "Data",
                "description",
                "Deskripsi",
                "format",
                "text/csv",
                "kolom_sumber",
                "SIPD"));
    for (String key : RESOURCE_KEYS) {
      assertTrue(r.containsKey(key), "resource key " + key);
    }
    String rid = (String) r.get("id");
    assertEquals(pkg, r.get("package_id"));
    assertEquals("CSV", r.get("format"));
    assertEquals("text/csv", r.get("mimetype"));
    assertEquals("SIPD", r.get("kolom_sumber"), "unknown keys are kept as top-level extras");
    assertEquals("https://example.org/data", r.get("url"));
    assertEquals(r, ok(http.get(Http.action("resource_show", "id", rid), null)));
    assertEquals(1L, packageShow(http, null, n).get("num_resources"));

    Map<String, Object> patched =
        ok(http, "resource_patch", world.editorA, dict("id", rid, "name", "Data 2"));
    assertEquals("Data 2", patched.get("name"));
    assertEquals("Deskripsi", patched.get("description"));
    assertEquals("SIPD", patched.get("kolom_sumber"));
    // An extra added by a patch is stored, not only echoed.
    ok(http, "resource_patch", world.editorA, dict("id", rid, "catatan", "baru"));
    Map<String, Object> reread = ok(http.get(Http.action("resource_show", "id", rid), null));
    assertEquals("baru", reread.get("catatan"));
    assertEquals("SIPD", reread.get("kolom_sumber"));

    Map<String, Object> updated =
        ok(
            http,
            "resource_update",
            world.editorA,
            dict("id", rid, "url", "https://example.org/data.json", "name", "Data 3"));
    assertEquals("Data 3", updated.get("name"));
    assertNull(updated.get("description"), "update replaces");
    assertNull(updated.get("kolom_sumber"), updated.toString());
    assertEquals("JSON", updated.get("format"), "format guessed from the URL");
    assertEquals(updated, ok(http.get(Http.action("resource_show", "id", rid), null)));

    failed(
        post(http, "resource_patch", world.editorB, dict("id", rid, "name", "x")),
        403,
        "Authorization Error");
    failed(
        post(
            http,
            "resource_create",
            world.memberA,
            dict("package_id", n, "url", "https://example.org/x")),
        403,
        "Authorization Error");
    failed(
        post(http, "resource_create", world.editorA, dict("url", "https://example.org/x")),
        409,
        "Validation Error");

    Http.Reply del = post(http, "resource_delete", world.editorA, dict("id", rid));
    assertEquals(200, del.status(), del.body());
    failed(http.get(Http.action("resource_show", "id", rid), null), 404, "Not Found Error");
    assertEquals(0L, packageShow(http, null, n).get("num_resources"));
  }

  @Test
  void uploadedFilesAreStoredHashedAndDownloadable() throws Exception {
    String n = uniqueName("unggah");
    String pkg =
        (String)
            packageCreate(http, world.editorA, dict("name", n, "owner_org", world.orgA)).get("id");
    byte[] bytes = "kecamatan,jumlah\nNgraho,120\nTambakrejo,98\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> r =
        ok(
            http.postMultipart(
                "/api/3/action/resource_create",
                world.editorA,
                Map.of("package_id", pkg, "name", "Jumlah per kecamatan"),
                "jumlah penduduk.csv",
                bytes));
    String rid = (String) r.get("id");
    String path = "/dataset/" + pkg + "/resource/" + rid + "/download/jumlah_penduduk.csv";
    assertEquals(world.siteUrl + path, r.get("url"));
    assertEquals("upload", r.get("url_type"));
    assertEquals((long) bytes.length, r.get("size"));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals("sha256:" + sha, r.get("hash"));
    assertEquals("CSV", r.get("format"));

    HttpResponse<byte[]> download = http.getBytes(path, Map.of());
    assertEquals(200, download.statusCode());
    assertArrayEquals(bytes, download.body());
    String etag = download.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.contains(sha), etag);
    assertEquals(304, http.getBytes(path, Map.of("If-None-Match", etag)).statusCode());
    assertTrue(
        download.headers().firstValue("Cache-Control").orElse("").startsWith("public"),
        download.headers().toString());

    // A partial resource_update keeps the stored file reachable.
    Map<String, Object> renamed =
        ok(http, "resource_update", world.editorA, dict("id", rid, "name", "Nama baru"));
    assertEquals("Nama baru", renamed.get("name"));
    assertEquals("upload", renamed.get("url_type"));
    assertEquals(r.get("url"), renamed.get("url"), "the download link survives");
    assertEquals("sha256:" + sha, renamed.get("hash"));
    assertEquals(200, http.getBytes(path, Map.of()).statusCode());

    // Hash, size and url_type of an upload are the server's: a client cannot repoint the
    // resource at another stored file nor turn a link into an "upload".
    String otherSha = "0".repeat(64);
    Map<String, Object> patched =
        ok(
            http,
            "resource_patch",
            world.editorA,
            dict("id", rid, "hash", "sha256:" + otherSha, "size", 1, "url_type", "link"));
    assertEquals("sha256:" + sha, patched.get("hash"));
    assertEquals((long) bytes.length, patched.get("size"));
    assertEquals("upload", patched.get("url_type"));
    assertArrayEquals(bytes, http.getBytes(path, Map.of()).body());
    Map<String, Object> link =
        ok(
            http,
            "resource_create",
            world.editorA,
            dict(
                "package_id",
                pkg,
                "url",
                "https://example.org/x.csv",
                "url_type",
                "upload",
                "hash",
                "sha256:" + sha));
    assertNotEquals("upload", link.get("url_type"));
    assertEquals(
        302,
        http.getBytes(
                "/dataset/" + pkg + "/resource/" + link.get("id") + "/download/x.csv", Map.of())
            .statusCode(),
        "a link resource redirects instead of serving a stored file");

    // A private dataset's files follow the dataset's visibility.
    String pn = uniqueName("unggah-privat");
    String ppkg =
        (String)
            packageCreate(
                    http, world.editorA, dict("name", pn, "owner_org", world.orgA, "private", true))
                .get("id");
    Map<String, Object> pr =
        ok(
            http.postMultipart(
                "/api/3/action/resource_create",
                world.editorA,
                Map.of("package_id", ppkg),
                "rahasia.csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    String ppath = "/dataset/" + ppkg + "/resource/" + pr.get("id") + "/download/rahasia.csv";
    assertEquals(403, http.getBytes(ppath, Map.of()).statusCode());
    assertEquals(403, http.getBytes(ppath, Map.of("Authorization", world.outsider)).statusCode());
    HttpResponse<byte[]> asMember = http.getBytes(ppath, Map.of("Authorization", world.memberA));
    assertEquals(200, asMember.statusCode());
    assertEquals("a,b\n1,2\n", new String(asMember.body(), StandardCharsets.UTF_8));
    assertTrue(
        asMember.headers().firstValue("Cache-Control").orElse("").startsWith("private"),
        "shared caches must not keep a private file: " + asMember.headers());
    assertEquals(
        404,
        http.getBytes("/dataset/" + ppkg + "/resource/nope/download/x", Map.of()).statusCode());

    // Over the upload limit (1 MB in tests).
    byte[] big = new byte[1024 * 1024 + 1];
    Map<String, Object> e =
        failed(
            http.postMultipart(
                "/api/3/action/resource_create",
                world.editorA,
                Map.of("package_id", pkg),
                "besar.bin",
                big),
            409,
            "Validation Error");
    assertEquals(List.of("File upload too large"), e.get("upload"));
    assertEquals(
        2L, packageShow(http, null, pkg).get("num_resources"), "the oversize upload left nothing");
  }

  // ---------------------------------------------------------------- renames reach the index

  @Test
  void renamingAnOrganisationUpdatesSearch() {
    String oldName = uniqueName("org-lama");
    String newName = uniqueName("org-baru");
    ok(http, "organization_create", world.admin, dict("name", oldName, "title", "Lama"));
    String n = uniqueName("ikut-pindah");
    packageCreate(http, world.admin, dict("name", n, "owner_org", oldName));
    searchUntil(
        http,
        null,
        names -> names.equals(List.of(n)),
        "indexed under the old name",
        "fq",
        "organization:" + oldName);

    Map<String, Object> renamed =
        ok(
            http,
            "organization_update",
            world.admin,
            dict("id", oldName, "name", newName, "title", "Baru", "kode_unit", "9.99"));
    assertEquals(newName, renamed.get("name"));
    assertEquals("Baru", renamed.get("title"));
    searchUntil(
        http,
        null,
        names -> names.equals(List.of(n)),
        "found under the new name",
        "fq",
        "organization:" + newName);
    assertEquals(List.of(), search(http, null, "fq", "organization:" + oldName));
    Map<String, Object> result =
        ok(http.get(Http.action("package_search", "fq", "organization:" + newName), null));
    assertEquals(
        "Baru", map(map(list(result.get("results")).get(0)).get("organization")).get("title"));
    assertEquals(newName, map(packageShow(http, null, n).get("organization")).get("name"));
    failed(
        post(http, "organization_update", world.editorA, dict("id", newName, "title", "x")),
        403,
        "Authorization Error");
  }
}
