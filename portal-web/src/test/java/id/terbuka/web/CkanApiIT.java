package id.terbuka.web;

import static id.terbuka.web.ItSupport.bareString;
import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.eventually;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.names;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.post;
import static id.terbuka.web.ItSupport.searchUntil;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CKAN Action API compatibility suite: the deployed WAR driven over HTTP as an external CKAN
 * client would (ckanapi, harvesters), against the contract in the CKAN API brief. Every test makes
 * its own uniquely named objects, so tests and classes can share the database in any order.
 */
@ExtendWith(TestInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CkanApiIT {
  private static final Pattern CKAN_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}");

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

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  private Http http;

  /** Organisations, groups, users and their tokens, made once through the API itself. */
  static final class World {
    String sfx;
    String admin;
    String orgA;
    String orgATitle;
    String orgAId;
    String orgB;
    String orgBTitle;
    String group1;
    String group1Title;
    String group2;
    String editorA;
    String memberA;
    String outsider;
    String editorB;
    String orgAdminA;
    String siteUrl;
  }

  private static World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    synchronized (CkanApiIT.class) {
      if (world == null) {
        world = build(http);
      }
    }
  }

  private static World build(Http http) {
    World w = new World();
    w.sfx = ItSupport.unique();
    w.admin = ItSupport.cliToken(http, "admin");
    // Titles sort the other way round from names, so that title and name order differ.
    w.orgA = "dinas-a-" + w.sfx;
    w.orgATitle = "Zulu Dinas Kominfo " + w.sfx;
    Map<String, Object> a =
        ok(
            http,
            "organization_create",
            w.admin,
            dict(
                "name",
                w.orgA,
                "title",
                w.orgATitle,
                "description",
                "Dinas A",
                "kode_unit",
                "2.16.2.20.2.21.01.0000"));
    assertEquals("2.16.2.20.2.21.01.0000", a.get("kode_unit"));
    w.orgAId = (String) a.get("id");
    w.orgB = "dinas-b-" + w.sfx;
    w.orgBTitle = "Alpha Dinas Kesehatan " + w.sfx;
    ok(http, "organization_create", w.admin, dict("name", w.orgB, "title", w.orgBTitle));
    w.group1 = "ekonomi-" + w.sfx;
    w.group1Title = "Ekonomi dan Keuangan " + w.sfx;
    ok(http, "group_create", w.admin, dict("name", w.group1, "title", w.group1Title));
    w.group2 = "sosial-" + w.sfx;
    ok(http, "group_create", w.admin, dict("name", w.group2, "title", "Sosial " + w.sfx));
    w.editorA = userWithToken(http, w, "ed-a-" + w.sfx, w.orgA, "editor");
    w.memberA = userWithToken(http, w, "mem-a-" + w.sfx, w.orgA, "member");
    w.orgAdminA = userWithToken(http, w, "adm-a-" + w.sfx, w.orgA, "admin");
    w.editorB = userWithToken(http, w, "ed-b-" + w.sfx, w.orgB, "editor");
    w.outsider = userWithToken(http, w, "out-" + w.sfx, null, null);
    Map<String, Object> status = ok(http.get(Http.action("status_show"), null));
    w.siteUrl = (String) status.get("site_url");
    return w;
  }

  private static String userWithToken(Http http, World w, String name, String org, String role) {
    Map<String, Object> user =
        ok(
            http,
            "user_create",
            w.admin,
            dict("name", name, "email", name + "@example.org", "password", "rahasia-" + name));
    assertEquals(name, user.get("name"));
    if (org != null) {
      Map<String, Object> member =
          ok(
              http,
              "organization_member_create",
              w.admin,
              dict("id", org, "username", name, "role", role));
      assertEquals(role, member.get("capacity"));
    }
    Map<String, Object> token =
        ok(http, "api_token_create", w.admin, dict("user", name, "name", "it"));
    return (String) token.get("token");
  }

  private Map<String, Object> create(String token, Map<String, Object> dataset) {
    return ok(http, "package_create", token, dataset);
  }

  private Map<String, Object> show(String token, String id) {
    return ok(http.get(Http.action("package_show", "id", id), token));
  }

  private String name(String prefix) {
    return prefix + "-" + ItSupport.unique();
  }

  // ---------------------------------------------------------------- envelope

  @Test
  void envelopeVersionsAndBadRequests() {
    assertEquals(Map.of("version", 1L), http.get("/api", null).map());
    assertEquals(Map.of("version", 3L), http.get("/api/3", null).map());

    Http.Reply viaShortPath = http.get("/api/action/status_show", null);
    Map<String, Object> status = ok(viaShortPath);
    assertEquals("2.11.5", status.get("ckan_version"));
    for (String key :
        List.of("site_title", "site_description", "site_url", "locale_default", "extensions")) {
      assertTrue(status.containsKey(key), key);
    }
    Map<String, Object> envelope = viaShortPath.map();
    assertEquals(List.of("help", "success", "result"), new ArrayList<>(envelope.keySet()));
    assertTrue(
        envelope.get("help").toString().endsWith("/api/3/action/help_show?name=status_show"),
        envelope.get("help").toString());
    assertEquals(
        "application/json;charset=utf-8",
        viaShortPath
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .replace(" ", "")
            .toLowerCase());
    assertEquals(status, ok(http.get(Http.action("status_show"), null)));

    assertEquals(
        "Bad request - Action name not known: foo",
        bareString(http.get("/api/3/action/foo", null), 400));
    assertEquals(
        "Bad request - Action name not known: foo",
        bareString(post(http, "foo", null, Map.of()), 400));
    String overGet =
        bareString(http.get(Http.action("package_create", "name", "x"), world.admin), 400);
    assertTrue(overGet.startsWith("Bad request - "), overGet);
    String badJson =
        bareString(
            http.postRaw("/api/3/action/package_show", null, "application/json", "{\"id\": oops"),
            400);
    assertTrue(badJson.startsWith("Bad request - JSON Error"), badJson);
  }

  // ---------------------------------------------------------------- create and show

  @Test
  void packageCreateReturnsTheFullPackageShowDict() {
    String n = name("apbd");
    Map<String, Object> created =
        create(
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
    assertEquals(created, show(null, n));
    assertEquals(created, show(null, (String) created.get("id")));
  }

  @Test
  void emptyFieldsAreNullAndLicenceWithoutUrlKeepsTheKey() {
    String n = name("minimal");
    Map<String, Object> d =
        create(world.editorA, dict("name", n, "owner_org", world.orgA, "license_id", "other-open"));
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
    String n = name("satu-data-extras");
    Map<String, Object> d =
        create(
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
    String n = name("form");
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
    String n = name("dup");
    create(world.editorA, dict("name", n, "owner_org", world.orgA));

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
                dict("name", name("u"), "email", "not-an-email", "password", "short")),
            409,
            "Validation Error");
    assertTrue(userErrors.containsKey("email"), userErrors.toString());
    assertTrue(userErrors.containsKey("password"), userErrors.toString());
  }

  // ---------------------------------------------------------------- permissions

  @Test
  void permissionMatrixForCreateUpdateAndSysadminActions() {
    for (String token :
        new String[] {null, world.memberA, world.outsider, world.editorB, "no-such-token"}) {
      Map<String, Object> e =
          failed(
              post(
                  http,
                  "package_create",
                  token,
                  dict("name", name("denied"), "owner_org", world.orgA)),
              403,
              "Authorization Error");
      assertTrue(e.get("message").toString().startsWith("Access denied"), e.toString());
    }
    Map<String, Object> d =
        create(world.editorA, dict("name", name("perm"), "owner_org", world.orgA));
    String id = (String) d.get("id");

    // Editor of B cannot change a dataset of A, nor move it; the org admin of A can.
    failed(
        post(http, "package_patch", world.editorB, dict("id", id, "title", "x")),
        403,
        "Authorization Error");
    failed(
        post(http, "package_patch", world.editorA, dict("id", id, "owner_org", world.orgB)),
        403,
        "Authorization Error");
    assertEquals(
        "By the org admin",
        ItSupport.okMap(
                http, "package_patch", world.orgAdminA, dict("id", id, "title", "By the org admin"))
            .get("title"));
    failed(post(http, "package_delete", world.memberA, dict("id", id)), 403, "Authorization Error");

    // Older clients' header and a Bearer prefix both authenticate.
    Map<String, Object> viaApiKey =
        ok(
            http.postJsonWithHeaders(
                "/api/3/action/package_patch",
                Map.of("X-CKAN-API-Key", world.editorA),
                dict("id", id, "version", "2")));
    assertEquals("2", viaApiKey.get("version"));
    Map<String, Object> viaBearer =
        ok(
            http.postJsonWithHeaders(
                "/api/action/package_patch",
                Map.of("Authorization", "Bearer " + world.editorA),
                dict("id", id, "version", "3")));
    assertEquals("3", viaBearer.get("version"));
    // An invalid token is anonymous: 403 where access is needed, never 401.
    failed(
        http.postJsonWithHeaders(
            "/api/3/action/package_patch",
            Map.of("Authorization", "Bearer not-a-token"),
            dict("id", id, "version", "4")),
        403,
        "Authorization Error");

    // Sysadmin-only actions.
    failed(post(http, "dataset_purge", world.editorA, dict("id", id)), 403, "Authorization Error");
    failed(
        post(
            http,
            "user_create",
            world.orgAdminA,
            dict("name", name("nope"), "email", "n@example.org", "password", "12345678")),
        403,
        "Authorization Error");
    failed(
        post(http, "organization_create", world.orgAdminA, dict("name", name("org"))),
        403,
        "Authorization Error");
    failed(
        post(http, "group_create", world.editorA, dict("name", name("grp"))),
        403,
        "Authorization Error");
    // Only org admins manage members.
    failed(
        post(
            http,
            "organization_member_create",
            world.editorA,
            dict("id", world.orgA, "username", "admin", "role", "member")),
        403,
        "Authorization Error");
  }

  @Test
  void privateDatasetsAreVisibleToMembersOnly() {
    String n = name("rahasia");
    Map<String, Object> d =
        create(world.editorA, dict("name", n, "owner_org", world.orgA, "private", true));
    assertEquals(true, d.get("private"));
    failed(http.get(Http.action("package_show", "id", n), null), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), world.outsider), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), world.editorB), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), "invalid-token"),
        403,
        "Authorization Error");
    assertEquals(n, show(world.memberA, n).get("name"));
    assertEquals(n, show(world.admin, n).get("name"));

    List<String> all = ok(http.get(Http.action("package_list"), world.admin));
    assertFalse(all.contains(n), "package_list has no private datasets");

    String fq = "organization:" + world.orgA;
    // Members find it with include_private only; others never.
    searchUntil(
        http,
        world.memberA,
        names -> names.contains(n),
        "member finds private dataset",
        "q",
        "name:" + n,
        "fq",
        fq,
        "include_private",
        "true");
    assertEquals(
        List.of(),
        names(
            ok(
                http.get(
                    Http.action("package_search", "q", "name:" + n, "fq", fq), world.memberA))));
    for (String token : new String[] {null, world.outsider, world.editorB}) {
      assertEquals(
          List.of(),
          names(
              ok(
                  http.get(
                      Http.action(
                          "package_search", "q", "name:" + n, "fq", fq, "include_private", "true"),
                      token))));
    }
    // A pass-through or a crafted fq cannot get around the permission filter.
    assertEquals(
        List.of(),
        names(
            ok(
                http.get(
                    Http.action(
                        "package_search",
                        "q",
                        "name:" + n,
                        "fq",
                        "capacity:private OR permission_labels:*",
                        "include_private",
                        "true",
                        "qf",
                        "name"),
                    null))));
  }

  @Test
  void draftsAreHiddenUnlessIncludedForTheirEditors() {
    String n = name("draf");
    Map<String, Object> d =
        create(world.editorA, dict("name", n, "owner_org", world.orgA, "state", "draft"));
    assertEquals("draft", d.get("state"));
    failed(http.get(Http.action("package_show", "id", n), null), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), world.memberA), 403, "Authorization Error");
    assertEquals("draft", show(world.editorA, n).get("state"));
    searchUntil(
        http,
        world.editorA,
        names -> names.contains(n),
        "editor finds draft with include_drafts",
        "q",
        "name:" + n,
        "include_drafts",
        "true");
    assertEquals(
        List.of(),
        names(ok(http.get(Http.action("package_search", "q", "name:" + n), world.editorA))));
    assertEquals(
        List.of(),
        names(
            ok(
                http.get(
                    Http.action("package_search", "q", "name:" + n, "include_drafts", "true"),
                    world.memberA))));
    assertFalse(
        ItSupport.<List<String>>ok(http.get(Http.action("package_list"), null)).contains(n));
  }

  // ---------------------------------------------------------------- update, patch, delete

  @Test
  void packageUpdateReplacesAndPatchMerges() {
    String n = name("ganti");
    Map<String, Object> d =
        create(
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
    assertEquals(p, show(world.editorA, id));

    failed(
        post(http, "package_update", world.editorA, dict("id", "no-such-" + n, "name", n)),
        404,
        "Not Found Error");
  }

  @Test
  void deleteHidesAndPurgeRemoves() {
    String n = name("hapus");
    String id = (String) create(world.editorA, dict("name", n, "owner_org", world.orgA)).get("id");
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
    assertEquals("deleted", show(world.editorA, id).get("state"));

    failed(post(http, "dataset_purge", world.editorA, dict("id", id)), 403, "Authorization Error");
    Http.Reply purged = post(http, "dataset_purge", world.admin, dict("id", id));
    assertEquals(200, purged.status(), purged.body());
    assertNull(purged.map().get("result"));
    failed(http.get(Http.action("package_show", "id", id), world.admin), 404, "Not Found Error");
    failed(post(http, "dataset_purge", world.admin, dict("id", id)), 404, "Not Found Error");
    // The name is free again.
    create(world.editorA, dict("name", n, "owner_org", world.orgA));
  }

  // ---------------------------------------------------------------- resources

  @Test
  void resourceCrudByUrl() {
    String n = name("sumber");
    String pkg = (String) create(world.editorA, dict("name", n, "owner_org", world.orgA)).get("id");
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
    assertEquals(1L, show(null, n).get("num_resources"));

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
    assertEquals(0L, show(null, n).get("num_resources"));
  }

  @Test
  void uploadedFilesAreStoredHashedAndDownloadable() throws Exception {
    String n = name("unggah");
    String pkg = (String) create(world.editorA, dict("name", n, "owner_org", world.orgA)).get("id");
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
    String pn = name("unggah-privat");
    String ppkg =
        (String)
            create(world.editorA, dict("name", pn, "owner_org", world.orgA, "private", true))
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
    assertEquals(2L, show(null, pkg).get("num_resources"), "the oversize upload left nothing");
  }

  // ---------------------------------------------------------------- search

  /** A small corpus for the search tests, indexed once. */
  static final class Corpus {
    String tag;
    String ekonomi;
    String penduduk;
    List<String> all = new ArrayList<>();
  }

  private static Corpus corpus;

  private Corpus corpus() {
    synchronized (CkanApiIT.class) {
      if (corpus != null) {
        return corpus;
      }
      Corpus c = new Corpus();
      c.tag = "korpus_" + world.sfx;
      c.ekonomi = "perekonomian-" + world.sfx;
      create(
          world.editorA,
          dict(
              "name",
              c.ekonomi,
              "title",
              "Perekonomian Daerah Bojonegoro",
              "owner_org",
              world.orgA,
              "tags",
              List.of(dict("name", c.tag), dict("name", "Some tag")),
              "groups",
              List.of(dict("name", world.group1)),
              "cakupan_wilayah",
              List.of("35.22"),
              "cakupan_waktu_mulai",
              "2022-01-01",
              "cakupan_waktu_selesai",
              "2023-12-31",
              "resources",
              List.of(dict("url", "https://example.org/pdrb.csv", "format", "csv"))));
      c.all.add(c.ekonomi);
      c.penduduk = "kependudukan-" + world.sfx;
      create(
          world.editorB,
          dict(
              "name",
              c.penduduk,
              "title",
              "Kependudukan Kabupaten 2024",
              "owner_org",
              world.orgB,
              "license_id",
              "odc-by",
              "tags",
              List.of(dict("name", c.tag)),
              "resources",
              List.of(dict("url", "https://example.org/penduduk.json"))));
      c.all.add(c.penduduk);
      for (int i = 0; i < 5; i++) {
        String n = "korpus-" + i + "-" + world.sfx;
        create(
            world.editorA,
            dict(
                "name",
                n,
                "title",
                "Data Sektoral " + i,
                "owner_org",
                world.orgA,
                "tags",
                List.of(dict("name", c.tag))));
        c.all.add(n);
      }
      searchUntil(
          http,
          null,
          names -> names.size() == c.all.size(),
          "corpus indexed",
          "fq",
          "tags:" + c.tag,
          "rows",
          "100");
      corpus = c;
      return c;
    }
  }

  private List<String> search(String token, Object... params) {
    return names(ok(http.get(Http.action("package_search", params), token)));
  }

  @Test
  void searchFreeTextIndonesianAndFielded() {
    Corpus c = corpus();
    String scope = "tags:" + c.tag;
    assertEquals(List.of(c.ekonomi), search(null, "q", "ekonomi", "fq", scope));
    assertEquals(List.of(c.penduduk), search(null, "q", "penduduk", "fq", scope));
    assertEquals(List.of(), search(null, "q", "duduk", "fq", scope), "duduk is not penduduk");
    assertEquals(List.of(c.ekonomi), search(null, "q", "title:Perekonomian", "fq", scope));
    assertEquals(List.of(c.ekonomi), search(null, "q", "perekonomian bojonegoro", "fq", scope));
    Map<String, Object> result =
        ok(http.get(Http.action("package_search", "q", "ekonomi", "fq", scope), null));
    assertEquals(1L, result.get("count"));
    assertEquals("score desc, metadata_modified desc", result.get("sort"));
    Map<String, Object> first = map(list(result.get("results")).get(0));
    assertEquals(show(null, c.ekonomi), first, "results are package_show dicts");
    // Empty q means everything (in scope).
    assertEquals(c.all.size(), search(null, "q", "", "fq", scope, "rows", "50").size());
  }

  @Test
  void searchFilterQueries() {
    Corpus c = corpus();
    String scope = "tags:" + c.tag;
    Set<String> inA = new HashSet<>(c.all);
    inA.remove(c.penduduk);
    assertEquals(
        inA,
        new HashSet<>(
            search(null, "fq", "organization:" + world.orgA + " AND " + scope, "rows", "50")));
    assertEquals(
        List.of(c.penduduk),
        search(null, "fq", "-organization:" + world.orgA + " AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.ekonomi), search(null, "fq", "tags:\"Some tag\" AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.ekonomi), search(null, "fq", "res_format:CSV AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.penduduk), search(null, "fq", "res_format:JSON AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.penduduk), search(null, "fq", "license_id:odc-by AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.ekonomi), search(null, "fq", "groups:" + world.group1 + " AND " + scope));
    assertEquals(
        c.all.size(),
        search(
                null,
                "fq",
                "metadata_modified:[2020-01-01T00:00:00Z TO *] AND " + scope,
                "rows",
                "50")
            .size());
    assertEquals(
        List.of(),
        search(null, "fq", "metadata_modified:[2099-01-01T00:00:00Z TO *] AND " + scope));
    // fq_list: each entry is one more filter.
    assertEquals(
        List.of(c.ekonomi),
        search(
            null,
            "fq_list",
            List.of(scope, "organization:" + world.orgA, "res_format:CSV"),
            "rows",
            "50"));
    assertEquals(
        List.of(c.ekonomi),
        ItSupport.names(
            ok(
                http,
                "package_search",
                null,
                dict("fq_list", List.of(scope, "tags:\"Some tag\""), "rows", 50))));
  }

  @Test
  void searchFacetsWithDisplayNames() {
    Corpus c = corpus();
    String fields =
        "[\"organization\",\"tags\",\"res_format\",\"license_id\",\"groups\","
            + "\"cakupan_wilayah\",\"tahun\"]";
    Map<String, Object> asJson =
        ok(
            http.get(
                Http.action("package_search", "fq", "tags:" + c.tag, "facet.field", fields), null));
    Map<String, Object> repeated =
        ok(
            http.get(
                Http.action(
                    "package_search",
                    "fq",
                    "tags:" + c.tag,
                    "facet.field",
                    List.of(
                        "organization",
                        "tags",
                        "res_format",
                        "license_id",
                        "groups",
                        "cakupan_wilayah",
                        "tahun")),
                null));
    assertEquals(asJson.get("facets"), repeated.get("facets"));
    assertEquals(asJson.get("search_facets"), repeated.get("search_facets"));
    Map<String, Object> facets = map(asJson.get("facets"));
    assertEquals(6L, map(facets.get("organization")).get(world.orgA));
    assertEquals(1L, map(facets.get("organization")).get(world.orgB));
    assertEquals(7L, map(facets.get("tags")).get(c.tag));
    assertEquals(1L, map(facets.get("tags")).get("Some tag"));
    assertEquals(1L, map(facets.get("res_format")).get("CSV"));
    assertEquals(6L, map(facets.get("license_id")).get("cc-by"));
    assertEquals(1L, map(facets.get("groups")).get(world.group1));
    assertEquals(1L, map(facets.get("cakupan_wilayah")).get("35.22"));
    assertEquals(Map.of("2022", 1L, "2023", 1L), facets.get("tahun"));

    Map<String, Object> sf = map(asJson.get("search_facets"));
    assertEquals("organization", map(sf.get("organization")).get("title"));
    assertEquals(
        world.orgATitle, displayName(sf, "organization", world.orgA), "org facet shows the title");
    assertEquals(world.orgBTitle, displayName(sf, "organization", world.orgB));
    assertEquals(world.group1Title, displayName(sf, "groups", world.group1));
    assertEquals("Creative Commons Attribution 4.0", displayName(sf, "license_id", "cc-by"));
    assertEquals("Some tag", displayName(sf, "tags", "Some tag"));

    // No facet.field, no facets (CKAN has no default list).
    Map<String, Object> none =
        ok(http.get(Http.action("package_search", "fq", "tags:" + c.tag), null));
    assertEquals(Map.of(), none.get("facets"));
  }

  private static Object displayName(Map<String, Object> searchFacets, String field, String name) {
    for (Object item : list(map(searchFacets.get(field)).get("items"))) {
      if (name.equals(map(item).get("name"))) {
        return map(item).get("display_name");
      }
    }
    return null;
  }

  @Test
  void searchPagingSortingAndQueryErrors() {
    Corpus c = corpus();
    String scope = "tags:" + c.tag;
    List<String> pagedIds = new ArrayList<>();
    for (int start = 0; start < 10; start += 3) {
      Map<String, Object> page =
          ok(
              http.get(
                  Http.action(
                      "package_search",
                      "fq",
                      scope,
                      "rows",
                      "3",
                      "start",
                      String.valueOf(start),
                      "sort",
                      "id asc"),
                  null));
      assertEquals((long) c.all.size(), page.get("count"));
      for (Object o : list(page.get("results"))) {
        pagedIds.add((String) map(o).get("id"));
      }
    }
    assertEquals(c.all.size(), pagedIds.size());
    assertEquals(c.all.size(), new HashSet<>(pagedIds).size(), "no duplicates");
    List<String> sorted = new ArrayList<>(pagedIds);
    sorted.sort(null);
    assertEquals(sorted, pagedIds, "id asc");

    List<String> byName = search(null, "fq", scope, "sort", "name asc", "rows", "50");
    List<String> expected = new ArrayList<>(c.all);
    expected.sort(null);
    assertEquals(expected, byName);

    // rows above the cap is not an error.
    Map<String, Object> capped =
        ok(http.get(Http.action("package_search", "fq", scope, "rows", "5000"), null));
    assertEquals(c.all.size(), list(capped.get("results")).size());
    assertEquals(
        0,
        list(ItSupport.<Map<String, Object>>ok(
                    http.get(Http.action("package_search", "fq", scope, "rows", "0"), null))
                .get("results"))
            .size());

    Map<String, Object> e =
        failed(
            http.get(Http.action("package_search", "sort", "drop table asc"), null),
            400,
            "Search Query Error");
    assertTrue(e.get("message").toString().startsWith("Search Query is invalid"), e.toString());
    failed(
        http.get(Http.action("package_search", "q", "{!lucene}title:x"), null),
        400,
        "Search Query Error");
    failed(
        http.get(Http.action("package_search", "fq", "{!lucene}capacity:private"), null),
        400,
        "Search Query Error");
    failed(
        http.get(Http.action("package_search", "fq_list", "[\"{!terms f=id}x\"]"), null),
        400,
        "Search Query Error");
    failed(
        http.get(Http.action("package_search", "bogus_param", "1"), null),
        400,
        "Search Query Error");
    failed(http.get(Http.action("package_search", "rows", "-1"), null), 409, "Validation Error");
    // Plugin and pass-through parameters are accepted.
    ok(http.get(Http.action("package_search", "fq", scope, "ext_bbox", "1,2,3,4"), null));
  }

  // ---------------------------------------------------------------- lists

  @Test
  void packageListsAndAutocomplete() {
    Corpus c = corpus();
    List<String> names = ok(http.get(Http.action("package_list"), null));
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);
    assertTrue(names.containsAll(c.all));
    int at = names.indexOf(c.ekonomi);
    assertEquals(
        List.of(c.ekonomi),
        ok(
            http.get(
                Http.action("package_list", "limit", "1", "offset", String.valueOf(at)), null)));

    List<Object> current =
        ok(http.get(Http.action("current_package_list_with_resources", "limit", "1000"), null));
    Map<String, Object> ekonomi =
        current.stream()
            .map(ItSupport::map)
            .filter(m -> c.ekonomi.equals(m.get("name")))
            .findFirst()
            .orElseThrow();
    assertEquals(1, list(ekonomi.get("resources")).size());
    assertEquals(
        1,
        list(ok(http.get(Http.action("current_package_list_with_resources", "limit", "1"), null)))
            .size());

    List<Object> auto =
        ok(http.get(Http.action("package_autocomplete", "q", "perekonomian-" + world.sfx), null));
    assertEquals(1, auto.size());
    assertEquals(c.ekonomi, map(auto.get(0)).get("name"));
    assertEquals("Perekonomian Daerah Bojonegoro", map(auto.get(0)).get("title"));
    List<String> formats = ok(http.get(Http.action("format_autocomplete", "q", "cs"), null));
    assertTrue(formats.contains("csv"), formats.toString());

    List<String> tags = ok(http.get(Http.action("tag_list", "query", c.tag), null));
    assertEquals(List.of(c.tag), tags);
    List<Object> tagDicts =
        ok(http.get(Http.action("tag_list", "query", c.tag, "all_fields", "true"), null));
    assertEquals(c.tag, map(tagDicts.get(0)).get("name"));
    assertNotNull(map(tagDicts.get(0)).get("id"));

    List<Object> licenses = ok(http.get(Http.action("license_list"), null));
    Map<String, Object> ccBy =
        licenses.stream()
            .map(ItSupport::map)
            .filter(l -> "cc-by".equals(l.get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals("Creative Commons Attribution 4.0", ccBy.get("title"));
  }

  @Test
  void organizationAndGroupLists() {
    Corpus c = corpus();
    List<String> byTitle = ok(http.get(Http.action("organization_list"), null));
    assertTrue(
        byTitle.indexOf(world.orgB) < byTitle.indexOf(world.orgA),
        "default sort is title asc: " + byTitle);
    List<String> byName = ok(http.get(Http.action("organization_list", "sort", "name"), null));
    assertTrue(byName.indexOf(world.orgA) < byName.indexOf(world.orgB), byName.toString());
    List<String> sortedNames = new ArrayList<>(byName);
    sortedNames.sort(null);
    assertEquals(sortedNames, byName);

    List<String> page =
        ok(
            http.get(
                Http.action("organization_list", "sort", "name", "limit", "2", "offset", "1"),
                null));
    assertEquals(byName.subList(1, Math.min(3, byName.size())), page);

    List<Object> full =
        ok(
            http.get(
                Http.action(
                    "organization_list", "all_fields", "true", "q", world.sfx, "limit", "10"),
                null));
    assertEquals(2, full.size(), full.toString());
    Map<String, Object> a =
        full.stream()
            .map(ItSupport::map)
            .filter(m -> world.orgA.equals(m.get("name")))
            .findFirst()
            .orElseThrow();
    assertEquals(world.orgATitle, a.get("title"));
    assertEquals("2.16.2.20.2.21.01.0000", a.get("kode_unit"));
    long publicInA = ((Number) a.get("package_count")).longValue();
    assertTrue(publicInA >= 6, a.toString());

    List<Object> noCounts =
        ok(
            http.get(
                Http.action(
                    "organization_list",
                    "all_fields",
                    "true",
                    "include_dataset_count",
                    "false",
                    "q",
                    world.sfx),
                null));
    assertFalse(map(noCounts.get(0)).containsKey("package_count"));
    List<String> byCount =
        ok(
            http.get(
                Http.action("organization_list", "sort", "package_count desc", "q", world.sfx),
                null));
    assertEquals(List.of(world.orgA, world.orgB), byCount);

    Map<String, Object> shown =
        ok(
            http.get(
                Http.action("organization_show", "id", world.orgA, "include_datasets", "true"),
                null));
    assertEquals("2.16.2.20.2.21.01.0000", shown.get("kode_unit"));
    assertEquals(publicInA, ((Number) shown.get("package_count")).longValue());
    List<String> packages =
        list(shown.get("packages")).stream().map(p -> (String) map(p).get("name")).toList();
    assertTrue(packages.contains(c.ekonomi));
    assertFalse(packages.contains(c.penduduk));
    failed(
        http.get(Http.action("organization_show", "id", "no-such-org-" + world.sfx), null),
        404,
        "Not Found Error");
    failed(
        http.get(Http.action("organization_show", "id", world.group1), null),
        404,
        "Not Found Error");

    List<String> groups = ok(http.get(Http.action("group_list", "sort", "name"), null));
    assertTrue(groups.containsAll(List.of(world.group1, world.group2)));
    assertFalse(groups.contains(world.orgA), "organisations are not groups");
    Map<String, Object> g =
        ok(
            http.get(
                Http.action("group_show", "id", world.group1, "include_datasets", "true"), null));
    assertEquals(world.group1Title, g.get("title"));
    assertEquals(false, g.get("is_organization"));
    assertTrue(
        list(g.get("packages")).stream().anyMatch(p -> c.ekonomi.equals(map(p).get("name"))));
  }

  @Test
  void userShow() {
    Map<String, Object> self =
        ok(http.get(Http.action("user_show", "id", "ed-a-" + world.sfx), world.editorA));
    assertEquals("ed-a-" + world.sfx, self.get("name"));
    assertEquals("ed-a-" + world.sfx + "@example.org", self.get("email"));
    assertEquals(false, self.get("sysadmin"));
    Map<String, Object> other =
        ok(http.get(Http.action("user_show", "id", "ed-a-" + world.sfx), world.outsider));
    assertFalse(other.containsKey("email"), "e-mail is private");
    failed(
        http.get(Http.action("user_show", "id", "nobody-" + world.sfx), null),
        404,
        "Not Found Error");
  }

  // ---------------------------------------------------------------- tokens

  @Test
  void apiTokensCreateListRevoke() {
    String user = "out-" + world.sfx;
    String byJti =
        (String)
            ItSupport.okMap(
                    http, "api_token_create", world.admin, dict("user", user, "name", "pertama"))
                .get("token");
    String byToken =
        (String)
            ItSupport.okMap(
                    http, "api_token_create", world.admin, dict("user", user, "name", "kedua"))
                .get("token");
    String jti = byJti.substring(0, byJti.indexOf('.'));

    List<Object> tokens = ok(http.get(Http.action("api_token_list", "user_id", user), byJti));
    List<Object> ids = tokens.stream().map(t -> map(t).get("id")).toList();
    assertTrue(ids.contains(jti), tokens.toString());
    assertTrue(
        tokens.stream()
            .map(t -> map(t).get("name"))
            .toList()
            .containsAll(List.of("pertama", "kedua")));
    assertFalse(tokens.toString().contains(byJti), "token secrets are never listed");
    failed(
        http.get(Http.action("api_token_list", "user_id", user), world.editorA),
        403,
        "Authorization Error");
    failed(
        http.get(Http.action("api_token_list", "user_id", user), null), 403, "Authorization Error");
    failed(
        post(http, "api_token_create", world.editorA, dict("user", user, "name", "x")),
        403,
        "Authorization Error");

    // The owner revokes by jti; the token then acts as anonymous.
    Http.Reply revoked = post(http, "api_token_revoke", byJti, dict("jti", jti));
    assertEquals(200, revoked.status(), revoked.body());
    failed(
        http.get(Http.action("api_token_list", "user_id", user), byJti),
        403,
        "Authorization Error");
    failed(post(http, "api_token_revoke", world.admin, dict("jti", jti)), 404, "Not Found Error");

    // A sysadmin revokes by the token itself.
    ok(http.get(Http.action("api_token_list", "user_id", user), byToken));
    assertEquals(200, post(http, "api_token_revoke", world.admin, dict("token", byToken)).status());
    failed(
        http.get(Http.action("api_token_list", "user_id", user), byToken),
        403,
        "Authorization Error");
    // The user's other token still works.
    ok(http.get(Http.action("api_token_list", "user_id", user), world.outsider));
  }

  // ---------------------------------------------------------------- activity

  @Test
  void activityStreams() {
    String n = name("aktivitas");
    String id =
        (String)
            create(
                    world.editorA,
                    dict(
                        "name",
                        n,
                        "owner_org",
                        world.orgA,
                        "groups",
                        List.of(dict("name", world.group2))))
                .get("id");
    ok(http, "package_patch", world.editorA, dict("id", id, "title", "Judul Baru"));

    List<Object> stream = ok(http.get(Http.action("package_activity_list", "id", n), null));
    assertEquals(2, stream.size(), stream.toString());
    Map<String, Object> newest = map(stream.get(0));
    Map<String, Object> oldest = map(stream.get(1));
    assertEquals("changed package", newest.get("activity_type"));
    assertEquals("new package", oldest.get("activity_type"));
    assertEquals(id, newest.get("object_id"));
    assertEquals("Judul Baru", map(map(newest.get("data")).get("package")).get("title"));
    assertEquals(n, map(map(oldest.get("data")).get("package")).get("title"));
    assertTrue(CKAN_TIME.matcher((String) newest.get("timestamp")).matches());
    assertTrue(((String) newest.get("timestamp")).compareTo((String) oldest.get("timestamp")) >= 0);
    assertEquals(
        1,
        list(ok(http.get(Http.action("package_activity_list", "id", n, "limit", "1"), null)))
            .size());
    assertEquals(
        "new package",
        map(list(ok(http.get(Http.action("package_activity_list", "id", n, "offset", "1"), null)))
                .get(0))
            .get("activity_type"));

    assertTrue(
        objectIds(
                http.get(
                    Http.action("organization_activity_list", "id", world.orgA, "limit", "100"),
                    null))
            .contains(id));
    assertTrue(
        objectIds(http.get(Http.action("group_activity_list", "id", world.group2), null))
            .contains(id));
    assertTrue(
        objectIds(
                http.get(
                    Http.action("recently_changed_packages_activity_list", "limit", "100"), null))
            .contains(id));

    // A private dataset's activities are hidden from those who cannot read it.
    String pn = name("aktivitas-privat");
    String pid =
        (String)
            create(world.editorA, dict("name", pn, "owner_org", world.orgA, "private", true))
                .get("id");
    failed(
        http.get(Http.action("package_activity_list", "id", pn), null), 403, "Authorization Error");
    assertEquals(
        1,
        list(ok(http.get(Http.action("package_activity_list", "id", pn), world.memberA))).size());
    assertFalse(
        objectIds(
                http.get(
                    Http.action("recently_changed_packages_activity_list", "limit", "100"), null))
            .contains(pid));
    assertFalse(
        objectIds(
                http.get(
                    Http.action("organization_activity_list", "id", world.orgA, "limit", "100"),
                    world.outsider))
            .contains(pid));
    assertTrue(
        objectIds(
                http.get(
                    Http.action("organization_activity_list", "id", world.orgA, "limit", "100"),
                    world.memberA))
            .contains(pid));

    // Purged, it leaves a note in the log that is no more visible than the dataset was.
    ok(http, "dataset_purge", world.admin, dict("id", pid));
    List<Object> recent =
        ok(http.get(Http.action("recently_changed_packages_activity_list", "limit", "100"), null));
    assertFalse(recent.toString().contains(pn), "anonymous sees nothing of it: " + recent);
    List<Object> forMember =
        ok(
            http.get(
                Http.action("recently_changed_packages_activity_list", "limit", "100"),
                world.memberA));
    assertTrue(
        forMember.stream()
            .map(ItSupport::map)
            .anyMatch(
                a ->
                    pid.equals(a.get("object_id"))
                        && "purged package".equals(a.get("activity_type"))),
        forMember.toString());
  }

  private static List<Object> objectIds(Http.Reply r) {
    List<Object> activities = ok(r);
    return activities.stream().map(a -> map(a).get("object_id")).toList();
  }

  // ---------------------------------------------------------------- renames and the index

  @Test
  void renamingAnOrganisationUpdatesSearch() {
    String oldName = name("org-lama");
    String newName = name("org-baru");
    ok(http, "organization_create", world.admin, dict("name", oldName, "title", "Lama"));
    String n = name("ikut-pindah");
    create(world.admin, dict("name", n, "owner_org", oldName));
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
    assertEquals(List.of(), search(null, "fq", "organization:" + oldName));
    Map<String, Object> result =
        ok(http.get(Http.action("package_search", "fq", "organization:" + newName), null));
    assertEquals(
        "Baru", map(map(list(result.get("results")).get(0)).get("organization")).get("title"));
    assertEquals(newName, map(show(null, n).get("organization")).get("name"));
    failed(
        post(http, "organization_update", world.editorA, dict("id", newName, "title", "x")),
        403,
        "Authorization Error");
  }

  @Test
  void adminReindexEndpoints() {
    Map<String, Object> check =
        eventually(
            "index in sync",
            ItSupport.SEARCH_WAIT,
            () -> ItSupport.reindexCheck(http),
            m -> Boolean.TRUE.equals(m.get("in_sync")));
    assertEquals(0L, check.get("missing"));
    assertEquals(0L, check.get("stale"));
    assertEquals(0L, check.get("orphaned"));
    assertEquals(check.get("datasets"), check.get("indexed"));

    Http.Reply reindex =
        http.postJsonWithHeaders(
            "/api/v1/admin/reindex",
            Map.of("X-Terbuka-Cli-Secret", TestInfrastructure.cliSecret()),
            Map.of());
    assertEquals(200, reindex.status(), reindex.body());
    Map<String, Object> counts = reindex.map();
    assertTrue(((Number) counts.get("indexed")).longValue() >= 1, counts.toString());
    assertTrue(counts.containsKey("orphans_removed"));
    assertEquals(
        Boolean.TRUE,
        eventually(
                "in sync after reindex",
                ItSupport.SEARCH_WAIT,
                () -> ItSupport.reindexCheck(http),
                m -> Boolean.TRUE.equals(m.get("in_sync")))
            .get("in_sync"));

    // A sysadmin token is accepted too; nothing else is.
    assertEquals(200, http.get("/api/v1/admin/reindex/check", world.admin).status());
    for (Http.Reply denied :
        List.of(
            http.get("/api/v1/admin/reindex/check", null),
            http.get("/api/v1/admin/reindex/check", world.orgAdminA),
            http.getWithHeaders(
                "/api/v1/admin/reindex/check", Map.of("X-Terbuka-Cli-Secret", "wrong")),
            http.postJson("/api/v1/admin/reindex", null, Map.of()),
            http.postJson("/api/v1/admin/tokens", world.editorA, Map.of("user", "admin")))) {
      assertEquals(403, denied.status(), denied.body());
      assertTrue(
          denied
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"),
          denied.headers().toString());
      assertEquals(403L, denied.map().get("status"));
      assertFalse(denied.body().contains("Exception"), denied.body());
    }
  }
}
