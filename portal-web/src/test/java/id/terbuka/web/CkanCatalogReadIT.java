package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.names;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.packageCreate;
import static id.terbuka.web.ItSupport.packageShow;
import static id.terbuka.web.ItSupport.search;
import static id.terbuka.web.ItSupport.searchUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Catalogue reads: package_search (free text, filters, facets, paging, sorting, query errors) and
 * the package, tag, licence, organisation and group lists.
 *
 * <p>Part of the CKAN Action API compatibility suite: the deployed WAR driven over HTTP as an
 * external CKAN client would (ckanapi, harvesters), against the contract in the CKAN API brief.
 * Every test makes its own uniquely named objects, so tests and classes can share the database in
 * any order.
 */
@ExtendWith(SharedPortal.class)
class CkanCatalogReadIT {
  @SharedPortal.Base URL base;

  private Http http;

  /** Built once per class: each class has its own deployment (and site URL). */
  private static CkanWorld world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(CkanCatalogReadIT.class, () -> CkanWorld.build(http));
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
    synchronized (CkanCatalogReadIT.class) {
      if (corpus != null) {
        return corpus;
      }
      Corpus c = new Corpus();
      c.tag = "korpus_" + world.sfx;
      c.ekonomi = "perekonomian-" + world.sfx;
      packageCreate(
          http,
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
      packageCreate(
          http,
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
        packageCreate(
            http,
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

  @Test
  void searchFreeTextIndonesianAndFielded() {
    Corpus c = corpus();
    String scope = "tags:" + c.tag;
    assertEquals(List.of(c.ekonomi), search(http, null, "q", "ekonomi", "fq", scope));
    assertEquals(List.of(c.penduduk), search(http, null, "q", "penduduk", "fq", scope));
    assertEquals(List.of(), search(http, null, "q", "duduk", "fq", scope), "duduk is not penduduk");
    assertEquals(List.of(c.ekonomi), search(http, null, "q", "title:Perekonomian", "fq", scope));
    assertEquals(
        List.of(c.ekonomi), search(http, null, "q", "perekonomian bojonegoro", "fq", scope));
    Map<String, Object> result =
        ok(http.get(Http.action("package_search", "q", "ekonomi", "fq", scope), null));
    assertEquals(1L, result.get("count"));
    assertEquals("score desc, metadata_modified desc", result.get("sort"));
    Map<String, Object> first = map(list(result.get("results")).get(0));
    assertEquals(packageShow(http, null, c.ekonomi), first, "results are package_show dicts");
    // Empty q means everything (in scope).
    assertEquals(c.all.size(), search(http, null, "q", "", "fq", scope, "rows", "50").size());
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
            search(
                http, null, "fq", "organization:" + world.orgA + " AND " + scope, "rows", "50")));
    assertEquals(
        List.of(c.penduduk),
        search(http, null, "fq", "-organization:" + world.orgA + " AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.ekonomi),
        search(http, null, "fq", "tags:\"Some tag\" AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.ekonomi), search(http, null, "fq", "res_format:CSV AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.penduduk),
        search(http, null, "fq", "res_format:JSON AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.penduduk),
        search(http, null, "fq", "license_id:odc-by AND " + scope, "rows", "50"));
    assertEquals(
        List.of(c.ekonomi), search(http, null, "fq", "groups:" + world.group1 + " AND " + scope));
    assertEquals(
        c.all.size(),
        search(
                http,
                null,
                "fq",
                "metadata_modified:[2020-01-01T00:00:00Z TO *] AND " + scope,
                "rows",
                "50")
            .size());
    assertEquals(
        List.of(),
        search(http, null, "fq", "metadata_modified:[2099-01-01T00:00:00Z TO *] AND " + scope));
    // fq_list: each entry is one more filter.
    assertEquals(
        List.of(c.ekonomi),
        search(
            http,
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

    List<String> byName = search(http, null, "fq", scope, "sort", "name asc", "rows", "50");
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
}
