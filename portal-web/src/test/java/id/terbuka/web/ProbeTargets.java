package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;

import id.terbuka.ckan.ActionTable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every public endpoint, in one place, for the probe suite ({@link InputProbeIT}): the CKAN actions
 * with the parameters worth attacking and a valid data dict to attack them in, and every other URL
 * (pages, forms, the native API, downloads, dumps) with a {@code {v}} where a hostile value goes
 * into the path. A new endpoint joins the probe by being listed here; the probe fails when a
 * registered action is missing from this list.
 */
final class ProbeTargets {
  private ProbeTargets() {}

  /** An id no object has: the attacked parameters are checked before anything is looked up. */
  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

  /** Objects the valid data dicts refer to, made by the probe before it starts. */
  record Fixture(
      String org, String group, String dataset, String datasetName, String resource, String user) {}

  /**
   * A CKAN action: the parameters to attack, and the valid dict each hostile value replaces one
   * entry of (so that the value reaches the deeper rules, not only "missing value").
   */
  record ActionTarget(String name, List<String> params, Map<String, Object> valid) {}

  /**
   * Any other endpoint.
   *
   * @param path with {@code {v}} where a hostile value is put into the path (URL-encoded), if
   *     anywhere; {@code {ds}} and {@code {res}} stand for the fixture dataset and resource
   * @param params query (GET) or form (POST) parameters to attack
   */
  record UrlTarget(String method, String path, List<String> params) {}

  /**
   * A native endpoint that reads a JSON body: each parameter gets every hostile value in an
   * otherwise valid body, and the body itself is sent malformed.
   */
  record JsonTarget(String method, String path, Map<String, Object> valid, List<String> params) {}

  static List<JsonTarget> jsonBodies() {
    Map<String, Object> household = new LinkedHashMap<>();
    id.terbuka.dasawisma.domain.HouseholdColumns.exampleRow().forEach(household::put);
    return List.of(
        new JsonTarget(
            "POST",
            "/api/v1/dasawisma/roles",
            dict("user", "admin", "role", "kader", "region", "35.22.01.2001"),
            List.of("user", "role", "region")),
        new JsonTarget(
            "PUT",
            "/api/v1/dasawisma/households",
            household,
            List.of(
                "tahun", "kode_desa", "kelompok_dasawisma", "id_keluarga", "anggota_l", "spal")),
        new JsonTarget(
            "POST",
            "/api/v1/dasawisma/households/removals",
            dict(
                "tahun", "2025",
                "kode_desa", "35.22.01.2001",
                "kelompok_dasawisma", "Melati 3",
                "id_keluarga", "017",
                "reason", "pindah"),
            List.of("tahun", "kode_desa", "id_keluarga", "reason")),
        // Harvest sources: the organisation does not exist, so nothing is ever harvested.
        new JsonTarget(
            "POST",
            "/api/v1/harvest/sources",
            dict("url", "http://127.0.0.1:9/", "organization", "probe-no-such-org", "title", "x"),
            List.of("url", "organization", "title", "schedule", "enabled")),
        new JsonTarget(
            "POST",
            "/api/v1/harvest/sources/no-such-source/runs",
            dict("full", false),
            List.of("full")),
        // The review queue (ADR 0016): no item has this id, so nothing is ever decided.
        new JsonTarget(
            "POST",
            "/api/v1/reviews/no-such-item/return",
            dict("reason", "kurang lengkap"),
            List.of("reason")));
  }

  static List<ActionTarget> actions(Fixture f) {
    return List.of(
        action("package_show", dict("id", f.dataset()), "id", "use_default_schema"),
        action(
            "package_search",
            dict("q", "data"),
            "q",
            "fq",
            "rows",
            "start",
            "sort",
            "facet.field",
            "facet.limit",
            "include_private",
            "include_drafts"),
        action("package_list", dict(), "limit", "offset"),
        action("current_package_list_with_resources", dict(), "limit", "offset"),
        action("package_autocomplete", dict("q", "da"), "q", "limit"),
        action("format_autocomplete", dict("q", "cs"), "q", "limit"),
        action("resource_show", dict("id", f.resource()), "id"),
        action("organization_show", dict("id", f.org()), "id", "include_datasets", "include_users"),
        action("group_show", dict("id", f.group()), "id", "include_datasets"),
        action("organization_list", dict(), "all_fields", "limit", "offset", "sort", "q"),
        action("group_list", dict(), "all_fields", "limit", "offset", "sort", "q"),
        action("tag_list", dict(), "query", "vocabulary_id", "all_fields"),
        action("license_list", dict(), "id"),
        action("site_read", dict(), "id"),
        action("status_show", dict(), "id"),
        action("help_show", dict("name", "package_show"), "name"),
        action("package_activity_list", dict("id", f.dataset()), "id", "limit", "offset"),
        action("organization_activity_list", dict("id", f.org()), "id", "limit", "offset"),
        action("group_activity_list", dict("id", f.group()), "id", "limit", "offset"),
        action("recently_changed_packages_activity_list", dict(), "limit", "offset"),
        action("activity_show", dict("id", UNKNOWN_ID), "id", "include_data"),
        action(
            "activity_diff",
            dict("id", UNKNOWN_ID, "object_type", "package", "diff_type", "unified"),
            "id",
            "object_type",
            "diff_type"),
        action("user_show", dict("id", f.user()), "id", "user_obj"),
        action("user_activity_list", dict("id", f.user()), "id", "limit", "offset"),
        action("api_token_list", dict("user", f.user()), "user", "user_id"),
        action(
            "datastore_search",
            dict("resource_id", f.resource()),
            "resource_id",
            "q",
            "filters",
            "sort",
            "fields",
            "limit",
            "offset",
            "distinct",
            "plain",
            "language",
            "records_format",
            "total_estimation_threshold"),
        action(
            "datastore_search_sql", dict("sql", "SELECT * FROM \"" + f.resource() + "\""), "sql"),
        action("datastore_info", dict("id", f.resource()), "id", "resource_id"),
        action(
            "package_create",
            dict("name", "probe-new", "owner_org", f.org(), "title", "Probe"),
            "name",
            "title",
            "notes",
            "owner_org",
            "url",
            "version",
            "author_email",
            "license_id",
            "tags",
            "groups",
            "extras",
            "resources",
            "private",
            "state",
            "frekuensi",
            "cakupan_wilayah",
            "cakupan_waktu_mulai"),
        action(
            "package_update",
            dict(
                "id", f.dataset(), "name", f.datasetName(), "owner_org", f.org(), "title", "Probe"),
            "id",
            "title",
            "notes",
            "url",
            "maintainer",
            "tags",
            "extras"),
        action("package_patch", dict("id", f.dataset()), "id", "title", "tags", "groups"),
        action("package_delete", dict(), "id"),
        action("dataset_purge", dict(), "id"),
        action(
            "resource_create",
            dict("package_id", f.dataset(), "url", "https://example.org/probe.csv"),
            "package_id",
            "url",
            "name",
            "format",
            "description",
            "size",
            "last_modified",
            "url_type"),
        action(
            "resource_update",
            dict("id", f.resource(), "url", "https://example.org/probe.csv"),
            "id",
            "url",
            "name",
            "mimetype"),
        action("resource_patch", dict("id", f.resource()), "id", "name", "url", "hash"),
        action("resource_delete", dict(), "id"),
        action(
            "organization_create",
            dict("name", "probe-org-new", "title", "Probe"),
            "name",
            "title",
            "description",
            "image_url",
            "users",
            "extras"),
        action(
            "organization_update",
            dict("id", f.org(), "name", f.org(), "title", "Probe"),
            "id",
            "title",
            "description",
            "users"),
        action("organization_patch", dict("id", f.org()), "id", "title", "description"),
        action(
            "group_create",
            dict("name", "probe-group-new", "title", "Probe"),
            "name",
            "title",
            "description"),
        action(
            "group_update",
            dict("id", f.group(), "name", f.group(), "title", "Probe"),
            "id",
            "title"),
        action("group_patch", dict("id", f.group()), "id", "title", "description"),
        action(
            "organization_member_create",
            dict("id", f.org(), "username", f.user(), "role", "member"),
            "id",
            "username",
            "role"),
        action("organization_member_delete", dict(), "id", "username"),
        action(
            "group_member_create",
            dict("id", f.group(), "username", f.user(), "role", "member"),
            "id",
            "username",
            "role"),
        action("group_member_delete", dict(), "id", "username"),
        action(
            "user_create",
            dict("name", "probe-user-new", "email", "probe@example.org", "password", "x"),
            "name",
            "email",
            "password",
            "fullname",
            "sysadmin"),
        action(
            "user_update",
            dict("id", f.user(), "email", "probe@example.org"),
            "id",
            "name",
            "email",
            "fullname",
            "about",
            "password",
            "old_password",
            "sysadmin"),
        action("user_delete", dict(), "id"),
        action("api_token_create", dict("user", f.user()), "user", "name"),
        action("api_token_revoke", dict(), "token", "jti"),
        action(
            "datastore_create",
            dict("resource_id", f.resource(), "fields", List.of(Map.of("id", "a"))),
            "resource_id",
            "resource",
            "fields",
            "records",
            "primary_key",
            "force"),
        action(
            "datastore_upsert",
            dict("resource_id", f.resource(), "records", List.of(Map.of("a", "1"))),
            "resource_id",
            "records",
            "method",
            "force"),
        action(
            "datastore_delete",
            dict("resource_id", "no-such-" + f.resource()),
            "resource_id",
            "filters",
            "force"));
  }

  /** Pages, forms, the native API, downloads and dumps. */
  static List<UrlTarget> urls() {
    return List.of(
        get("/", "lang", "q"),
        get("/developer", "lang"),
        get("/developer/{v}", "lang"),
        get("/openapi", "format"),
        get("/dataset", "q", "sort", "page", "organization", "groups", "tags", "res_format"),
        get("/dataset", "license_id", "cakupan_wilayah", "tahun", "lang"),
        get("/dataset/{v}", "lang"),
        get("/dataset/{ds}", "satisfaction_saved"),
        get("/dataset/activity/{ds}", "page", "lang"),
        get("/dataset/activity/{v}", "page"),
        get("/dataset/changes/{v}", "lang"),
        get("/dataset/{ds}/resource/{v}", "q"),
        get("/dataset/{ds}/resource/{res}", "q", "sort", "order", "page", "f.a"),
        get("/dataset/{v}/resource/{res}/download/{v}"),
        get("/dataset/{ds}/resource/{res}/download/data.csv", "version"),
        get("/organization", "page"),
        get("/organization/{v}", "q", "page", "tags"),
        get("/group", "page"),
        get("/group/{v}", "q", "sort"),
        get("/sitemap.xml", "page"),
        get("/robots.txt", "x"),
        // DCAT and harvesting (issue 13).
        get("/catalog", "page", "modified_since", "q", "fq"),
        get("/catalog.ttl", "page", "modified_since", "q", "fq"),
        get("/catalog.rdf", "page", "modified_since", "q", "fq"),
        get("/catalog.xml", "page", "modified_since", "q", "fq"),
        get("/catalog.jsonld", "page", "modified_since", "q", "fq"),
        get("/dataset/{v}.ttl", "x"),
        get("/dataset/{ds}.rdf", "x"),
        get("/dataset/{ds}.jsonld", "x"),
        get("/dataset/{ds}.xml", "x"),
        get("/data.json", "x"),
        get("/feeds/dataset.atom", "x"),
        get("/feeds/organization/{v}.atom", "x"),
        get("/feeds/{v}", "x"),
        get("/static/{v}"),
        get("/api/util/dataset/autocomplete", "incomplete", "limit"),
        get("/api/2/util/dataset/autocomplete", "incomplete", "limit"),
        get("/api/v1/datasets/{v}/satisfaction", "limit", "offset"),
        get("/api/v1/datasets/{ds}/satisfaction", "limit", "offset"),
        get("/datastore/dump/{v}", "format"),
        get(
            "/datastore/dump/{res}",
            "format",
            "q",
            "filters",
            "fields",
            "sort",
            "limit",
            "offset",
            "bom",
            "distinct"),
        get("/api/v1/reports/timeliness", "as_of", "tahun", "organization", "section", "format"),
        get("/api/v1/reports/scorecard", "as_of", "organization", "format"),
        get("/laporan", "as_of", "tahun", "lang"),
        get("/api/v1/audit/log", "since", "cursor", "limit", "format"),
        get("/api/v1/audit/head", "x"),
        get("/api/v1/audit/verify", "x"),
        post("/api/v1/audit/verify/full", "x"),
        post("/api/v1/admin/audit/daily-heads", "as_of"),
        post("/api/v1/admin/retention", "x"),
        get("/api/v1/reviews", "status", "page"),
        get("/api/v1/reviews/{v}", "x"),
        post("/api/v1/reviews/{v}/approve", "x"),
        post("/api/v1/reviews/{v}/return", "reason"),
        get("/api/v1/harvest/sources", "x"),
        get("/api/v1/harvest/sources/{v}/runs", "x"),
        get("/api/v1/harvest/sources/{v}/runs/{v}", "x"),
        post("/api/v1/harvest/sources/{v}/runs", "full"),
        get("/api/v1/admin/reindex/check", "x"),
        post("/api/v1/admin/tokens", "user", "name"),
        post("/api/v1/admin/demo/budget", "x"),
        post("/api/v1/admin/demo/contracts", "x"),
        get("/user/login", "came_from"),
        get("/user/{v}", "x"),
        get("/dataset/edit/{v}", "x"),
        get("/dataset/edit/{ds}/resources", "x"),
        get("/organization/members/{v}", "x"),
        get("/organization/members/{v}/verifikasi", "x"),
        post("/organization/members/{v}/verifikasi", "review_required", "_csrf"),
        post("/user/login", "username", "password", "came_from", "_csrf"),
        post("/dataset/{ds}", "answer", "comment"),
        post("/dataset/new", "name", "title"),
        get("/dashboard", "x"),
        get("/dashboard/harvest", "lang", "done"),
        get("/dashboard/harvest/{v}", "lang", "done"),
        post("/dashboard/harvest/{v}", "full", "_csrf"),
        // The review queue; without the session's form token no POST decides anything.
        get("/dashboard/verifikasi", "status", "page", "lang", "done"),
        get("/dashboard/verifikasi/{v}", "lang", "done"),
        post("/dashboard/verifikasi/{v}/setujui", "_csrf"),
        post("/dashboard/verifikasi/{v}/kembalikan", "reason", "_csrf"),
        get("/dashboard/verifikasi/{v}/berkas/{v}", "x"),
        // Accounts (sysadmins); without the session's form token no POST changes anything.
        get("/dashboard/users", "lang", "done"),
        get("/dashboard/users/new", "lang"),
        post("/dashboard/users/new", "name", "fullname", "email", "password", "sysadmin", "_csrf"),
        get("/dashboard/users/{v}/disable", "lang"),
        post("/dashboard/users/{v}/disable", "_csrf"),
        post("/dashboard/users/{v}/enable", "_csrf"),
        get("/dashboard/users/{v}/password", "lang"),
        post("/dashboard/users/{v}/password", "_csrf"),
        get("/dashboard/imports/{v}", "organization", "page"),
        get("/dashboard/imports/budget", "organization", "page", "lang"),
        get("/dashboard/imports/budget/{v}", "x"),
        post("/dashboard/imports/budget", "organization", "dry_run", "_csrf"),
        get("/dashboard/imports/dasawisma", "organization", "page", "lang"),
        get("/dashboard/imports/dasawisma/{v}", "x"),
        post("/dashboard/imports/dasawisma", "organization", "dry_run", "_csrf"),
        get("/dashboard/imports/dasawisma-target", "organization", "page"),
        get("/dashboard/dasawisma", "tahun", "desa", "page", "wilayah", "done", "lang"),
        get("/dashboard/dasawisma/{v}", "x"),
        get(
            "/dashboard/dasawisma/rumah-tangga",
            "tahun",
            "desa",
            "kode_desa",
            "kelompok_dasawisma",
            "id_keluarga"),
        post(
            "/dashboard/dasawisma/rumah-tangga",
            "tahun",
            "kode_desa",
            "kelompok_dasawisma",
            "id_keluarga",
            "anggota_l",
            "spal",
            "mode",
            "_csrf"),
        post(
            "/dashboard/dasawisma/rumah-tangga/hapus",
            "tahun",
            "kode_desa",
            "kelompok_dasawisma",
            "id_keluarga",
            "reason",
            "_csrf"),
        get("/dashboard/dasawisma/rekap", "tahun", "level", "kode", "lang"),
        post("/dashboard/dasawisma/snapshot", "tahun", "_csrf"),
        post("/dashboard/dasawisma/peran", "user", "role", "region", "_csrf"),
        post("/dashboard/dasawisma/peran/cabut", "user", "role", "region", "_csrf"),
        get("/api/v1/dasawisma/imports", "organization", "page"),
        post("/api/v1/dasawisma/imports", "organization", "dry_run"),
        get("/api/v1/dasawisma/imports/{v}", "x"),
        get("/api/v1/dasawisma/targets", "organization", "page"),
        post("/api/v1/dasawisma/targets", "organization", "dry_run"),
        get("/api/v1/dasawisma/targets/{v}", "x"),
        get("/api/v1/dasawisma/template.csv", "x"),
        get("/api/v1/dasawisma/template.xlsx", "x"),
        get("/api/v1/dasawisma/targets/template.csv", "x"),
        get("/api/v1/dasawisma/roles", "x"),
        get("/api/v1/dasawisma/{v}/households", "kode_desa"),
        get("/api/v1/dasawisma/2025/households", "kode_desa"),
        get("/api/v1/dasawisma/{v}/rekap", "level", "kode"),
        get("/api/v1/dasawisma/2025/rekap", "level", "kode"),
        get("/api/v1/dasawisma/{v}/snapshots", "x"),
        // Only hostile years: a valid one would publish a snapshot of the shared test database.
        post("/api/v1/dasawisma/{v}/snapshots", "x"),
        new UrlTarget("DELETE", "/api/v1/dasawisma/roles", List.of("user", "role", "region")),
        get("/api/v1/budget/imports", "organization", "page"),
        post("/api/v1/budget/imports", "organization", "dry_run"),
        get("/api/v1/budget/imports/{v}", "x"),
        get("/api/v1/budget/template.csv", "x"),
        get("/api/v1/budget/template.xlsx", "x"),
        get("/api/v1/budget/{v}/units", "x"),
        get("/api/v1/budget/2024/units/{v}", "periode", "level", "version"),
        post("/api/v1/ocds/validate", "file", "x"),
        post("/api/v1/ocds/release-packages", "file", "x"),
        post("/api/v1/ocds/spreadsheet", "organization", "dry_run"),
        get("/api/v1/ocds/imports", "organization", "page"),
        get("/api/v1/ocds/imports/{v}", "x"),
        get("/api/v1/ocds/template.csv", "x"),
        get("/api/v1/ocds/template.xlsx", "x"),
        get("/api/v1/ocds/releases/{v}", "x"),
        get("/api/v1/ocds/records/{v}", "versioned"),
        get("/api/v1/ocds/records", "updated_since", "cursor", "page_size"),
        get(
            "/api/v1/contracts",
            "q",
            "buyer",
            "supplier",
            "method",
            "category",
            "status",
            "year",
            "value_min",
            "value_max",
            "flag",
            "sort",
            "rows",
            "start"),
        get("/dashboard/imports/ocds", "organization", "page", "lang"),
        get("/dashboard/imports/ocds/{v}", "x"),
        get("/anggaran", "lang"),
        get("/anggaran/{v}", "lang"),
        get("/anggaran/2024", "lang", "x"),
        get("/anggaran/{v}/unit/5.02.0.00.0.00.01.0000", "tab"),
        get("/anggaran/2024/unit/{v}", "periode", "tab", "lang"),
        get("/anggaran/2024/unit/5.02.0.00.0.00.01.0000", "periode", "tab", "lang"),
        get(
            "/kontrak",
            "q",
            "buyer",
            "supplier",
            "method",
            "category",
            "status",
            "year",
            "value_min",
            "value_max",
            "flag",
            "sort",
            "page",
            "lang"),
        get("/kontrak/{v}", "lang"),
        get("/kontrak/ocds-bjn0jo-{v}", "lang"),
        get("/dasawisma", "lang"),
        get("/dasawisma/{v}", "lang"),
        get("/dasawisma/2024", "lang", "x"),
        get("/dasawisma/{v}/kecamatan/35.22.27", "lang"),
        get("/dasawisma/2024/kecamatan/{v}", "lang"),
        get("/dasawisma/2024/kecamatan/35.22.27", "lang", "x"),
        get("/dasawisma/{v}/desa/35.22.27.2001", "lang"),
        get("/dasawisma/2024/desa/{v}", "lang"),
        get("/dasawisma/2024/desa/35.22.27.2001", "lang", "x"));
  }

  /** Every registered action and whether GET may call it, read from the table itself. */
  static Map<String, Boolean> registeredActions() throws ReflectiveOperationException {
    ActionTable table = new ActionTable();
    for (Field f : ActionTable.class.getDeclaredFields()) {
      if (hasRegister(f.getType())) {
        var constructor = f.getType().getDeclaredConstructor();
        constructor.setAccessible(true);
        f.setAccessible(true);
        f.set(table, constructor.newInstance());
      }
    }
    Method init = ActionTable.class.getDeclaredMethod("init");
    init.setAccessible(true);
    init.invoke(table);
    Map<String, Boolean> actions = new TreeMap<>();
    for (String name : table.names()) {
      actions.put(name, table.find(name).orElseThrow().readOnly());
    }
    return actions;
  }

  private static boolean hasRegister(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals("register")
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == ActionTable.class) {
        return true;
      }
    }
    return false;
  }

  private static ActionTarget action(String name, Map<String, Object> valid, String... params) {
    return new ActionTarget(name, List.of(params), new LinkedHashMap<>(valid));
  }

  private static UrlTarget get(String path, String... params) {
    return new UrlTarget("GET", path, List.of(params));
  }

  private static UrlTarget post(String path, String... params) {
    return new UrlTarget("POST", path, List.of(params));
  }
}
