package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  private static SearchParams parse(String... keyValues) {
    Map<String, String[]> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      String[] old = m.getOrDefault(keyValues[i], new String[0]);
      String[] values = java.util.Arrays.copyOf(old, old.length + 1);
      values[old.length] = keyValues[i + 1];
      m.put(keyValues[i], values);
    }
    return SearchParams.parse(m);
  }

  @Test
  void readsCkansParameterNames() {
    SearchParams p =
        parse("q", " penduduk ", "organization", "dinkes", "tags", "a", "tags", "b", "page", "3");
    assertEquals("penduduk", p.q());
    assertEquals(Map.of("organization", List.of("dinkes"), "tags", List.of("a", "b")), p.filters());
    assertEquals(3, p.page());
    assertEquals(SearchParams.RELEVANCE, p.sort());
  }

  @Test
  void unreadableValuesFallBackToDefaults() {
    SearchParams p = parse("q", "  ", "sort", "id asc; drop", "page", "-1", "tags", "");
    assertNull(p.q());
    assertTrue(p.filters().isEmpty());
    assertEquals(SearchParams.RELEVANCE, p.sort());
    assertEquals(1, p.page());
    assertEquals(SearchParams.MAX_PAGE, parse("page", "999999").page());
    assertEquals(1, parse("page", "dua").page());
    assertTrue(p.isEmpty());
  }

  @Test
  void filtersBecomeQuotedFilterQueries() {
    Map<String, Object> ps =
        parse("q", "jalan", "organization", "dpu", "tags", "air \"bersih\"", "page", "2")
            .toPackageSearch();
    assertEquals("jalan", ps.get("q"));
    assertEquals("+organization:\"dpu\" +tags:\"air \\\"bersih\\\"\"", ps.get("fq"));
    assertEquals(20, ps.get("start"));
    assertEquals(SearchParams.PAGE_SIZE, ps.get("rows"));
    assertEquals(SearchParams.FACETS, ps.get("facet.field"));
  }

  @Test
  void linksAddAndRemoveFiltersAndGoBackToPageOne() {
    SearchParams p = parse("q", "air", "tags", "a", "page", "4");
    assertEquals("/dataset?q=air&tags=a&page=4", p.path());
    assertEquals("/dataset?q=air&tags=a&tags=b", p.withFilter("tags", "b").path());
    assertEquals("/dataset?q=air", p.withoutFilter("tags", "a").path());
    assertEquals("/dataset?tags=a", p.withoutQuery().path());
    assertEquals("/dataset?q=air&tags=a&page=5", p.withPage(5).path());
    assertTrue(p.has("tags", "a"));
    assertFalse(p.has("tags", "b"));
  }

  @Test
  void valuesAreEncodedAndDefaultsLeftOut() {
    SearchParams p =
        parse("q", "a&b=c", "license_id", "cc-by", "sort", "metadata_modified desc", "page", "1");
    assertEquals("/dataset?q=a%26b%3Dc&license_id=cc-by&sort=metadata_modified+desc", p.path());
    assertEquals("/dataset", parse().path());
  }

  @Test
  void regionAndYearAreFiltersAndYearsMustBeNumbers() {
    SearchParams p = parse("cakupan_wilayah", "35.22.01", "tahun", "2023", "tahun", "dua ribu");
    assertEquals(
        Map.of("cakupan_wilayah", List.of("35.22.01"), "tahun", List.of("2023")), p.filters());
    assertEquals("+cakupan_wilayah:\"35.22.01\" +tahun:\"2023\"", p.toPackageSearch().get("fq"));
    assertEquals("/dataset?cakupan_wilayah=35.22.01&tahun=2023", p.path());
  }

  @Test
  void aScopeFixesItsFilterAndKeepsItsPath() {
    Map<String, String[]> query = new LinkedHashMap<>();
    query.put("q", new String[] {"air"});
    query.put("tags", new String[] {"a"});
    SearchParams p = SearchParams.parse(query, SearchScope.organization("dinkes"));
    assertEquals("+organization:\"dinkes\" +tags:\"a\"", p.toPackageSearch().get("fq"));
    assertEquals("/organization/dinkes?q=air&tags=a", p.path());
    assertEquals("/organization/dinkes?q=air", p.withoutFilter("tags", "a").path());
    assertEquals("/organization/dinkes?q=air+bersih&tags=a", p.withQuery("air bersih").path());
    assertEquals("/organization/dinkes", p.cleared().path());
    assertEquals(
        "/group/kesehatan", SearchParams.parse(Map.of(), SearchScope.group("kesehatan")).path());
    assertEquals(
        "+groups:\"kesehatan\"",
        SearchParams.parse(Map.of(), SearchScope.group("kesehatan")).toPackageSearch().get("fq"));
    assertTrue(SearchScope.group("x").fixes("groups"));
    assertFalse(SearchScope.ALL.fixes("organization"));
  }
}
