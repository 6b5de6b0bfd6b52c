package id.terbuka.search.solr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.search.Configsets;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchQuery;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.SolrParams;
import org.junit.jupiter.api.Test;
import org.noggit.ObjectBuilder;

class QueryTranslatorTest {

  private static SearchQuery query(
      String text, List<String> filters, String sort, Map<String, String> tuning) {
    return new SearchQuery(text, filters, sort, 0, 10, List.of(), 50, 1, List.of(), tuning);
  }

  private static SolrParams params(String text) {
    return QueryTranslator.toParams(query(text, List.of(), null, Map.of()));
  }

  @Test
  void blankOrStarIsMatchAllWithTheLuceneParser() {
    for (String text : new String[] {null, "", "  ", "*:*"}) {
      SolrParams params = params(text);
      assertEquals("*:*", params.get("q"));
      assertEquals("lucene", params.get("defType"));
    }
  }

  @Test
  void freeTextUsesEdismaxWithAndAndNoUserFields() {
    SolrParams params = params("data penduduk");
    assertEquals("edismax", params.get("defType"));
    assertEquals("AND", params.get("q.op"));
    assertEquals(QueryTranslator.DEFAULT_QF, params.get("qf"));
    assertEquals("0.1", params.get("tie"));
    assertEquals("-*", params.get("uf"));
    assertEquals("true", params.get("spellcheck"));
  }

  @Test
  void colonOutsideQuotesMakesAFieldedLuceneQuery() {
    SolrParams params = params("title:budget AND tags:apbd");
    assertEquals("lucene", params.get("defType"));
    assertEquals("AND", params.get("q.op"));
    assertEquals("text", params.get("df"));
    assertNull(params.get("spellcheck"));
    assertFalse(QueryTranslator.hasFieldClause("\"rasio 1:2\" penduduk"));
    assertFalse(QueryTranslator.hasFieldClause("jam 10\\:30"));
    assertTrue(QueryTranslator.hasFieldClause("\"a b\" tags:x"));
  }

  @Test
  void localParamsAreRefusedWhereverTheyAppear() {
    List<SearchQuery> attempts =
        List.of(
            query("{!lucene}*:*", List.of(), null, Map.of()),
            query("x _query_:\"{!terms f=id}a\"", List.of(), null, Map.of()),
            query("ekonomi", List.of("{!frange l=0}popularity"), null, Map.of()),
            query("ekonomi", List.of(), "{!func}popularity desc", Map.of()),
            query("ekonomi", List.of(), null, Map.of("qf", "{!lucene}title")),
            query("ekonomi", List.of(), null, Map.of("unknown", "{!x}")));
    for (SearchQuery attempt : attempts) {
      InvalidSearchQueryException e =
          assertThrows(InvalidSearchQueryException.class, () -> QueryTranslator.toParams(attempt));
      assertEquals("Local parameters are not allowed", e.getMessage());
    }
  }

  @Test
  void onlyAllowListedTuningPassesAndDefTypeCannotBeChanged() {
    SolrParams params =
        QueryTranslator.toParams(
            query(
                "ekonomi",
                List.of(),
                null,
                Map.of("qf", "title^9", "mm", "1", "defType", "lucene", "fq", "state:draft")));
    assertEquals("edismax", params.get("defType"));
    assertEquals("title^9", params.get("qf"));
    assertEquals("1", params.get("mm"));
    assertNull(params.getParams("fq"));
  }

  @Test
  void facetsOnlyWhenFieldsAreAsked() {
    assertNull(params("x").get("facet"));
    SolrParams params =
        QueryTranslator.toParams(
            new SearchQuery(
                "x",
                List.of(),
                null,
                0,
                10,
                List.of("tags", "organization"),
                -5,
                2,
                List.of(),
                Map.of()));
    assertEquals("true", params.get("facet"));
    assertArrayEquals(new String[] {"tags", "organization"}, params.getParams("facet.field"));
    assertEquals("-1", params.get("facet.limit"));
    assertEquals("2", params.get("facet.mincount"));
    assertEquals("count", params.get("facet.sort"));
  }

  @Test
  void sumsTurnFacetsIntoJsonTermsFacetsWithASumPerBucket() throws Exception {
    SearchQuery query =
        new SearchQuery(
                "*:*",
                List.of(),
                null,
                0,
                10,
                List.of("buyer", "supplier"),
                -5,
                2,
                List.of(),
                Map.of())
            .withSums(SearchQuery.Sums.of("value"));
    SolrParams params = QueryTranslator.toParams(query);
    assertNull(params.get("facet"));
    assertNull(params.get("facet.field"));
    Map<?, ?> facets = (Map<?, ?>) ObjectBuilder.fromJSON(params.get("json.facet"));
    assertEquals("sum(value)", facets.get("sum"));
    assertEquals(List.of("sum", "facet0", "facet1"), List.copyOf(facets.keySet()));
    Map<?, ?> buyer = (Map<?, ?>) facets.get("facet0");
    assertEquals("terms", buyer.get("type"));
    assertEquals("buyer", buyer.get("field"));
    assertEquals(-1L, buyer.get("limit"));
    assertEquals(2L, buyer.get("mincount"));
    assertEquals("count desc", buyer.get("sort"));
    assertEquals(true, buyer.get("refine"));
    assertEquals(Map.of("sum", "sum(value)"), buyer.get("facet"));
    assertEquals("supplier", ((Map<?, ?>) facets.get("facet1")).get("field"));

    Map<?, ?> bySum =
        (Map<?, ?>)
            ObjectBuilder.fromJSON(
                QueryTranslator.toParams(query.withSums(SearchQuery.Sums.rankedBySum("value")))
                    .get("json.facet"));
    assertEquals("sum desc", ((Map<?, ?>) bySum.get("facet0")).get("sort"));
  }

  @Test
  void aFacetFieldNameIsJsonEscapedAndTheSumFieldMustBePlain() throws Exception {
    SearchQuery odd =
        new SearchQuery("*:*", List.of(), null, 0, 10, List.of("a\"b"), 5, 1, List.of(), Map.of())
            .withSums(SearchQuery.Sums.of("value"));
    Map<?, ?> facets = (Map<?, ?>) ObjectBuilder.fromJSON(QueryTranslator.jsonFacets(odd));
    assertEquals("a\"b", ((Map<?, ?>) facets.get("facet0")).get("field"));
    for (String field : List.of("value)+sum(x", "", "1value", "value desc")) {
      SearchQuery bad = odd.withSums(SearchQuery.Sums.of(field));
      InvalidSearchQueryException e =
          assertThrows(InvalidSearchQueryException.class, () -> QueryTranslator.toParams(bad));
      assertEquals("Cannot sum the field '" + field + "'", e.getMessage());
    }
  }

  @Test
  void sumsWithoutFacetFieldsAskOnlyForTheTotal() throws Exception {
    SearchQuery query =
        new SearchQuery("*:*", List.of(), null, 0, 10, List.of(), 5, 1, List.of(), Map.of())
            .withSums(SearchQuery.Sums.of("value"));
    assertEquals(
        Map.of("sum", "sum(value)"),
        ObjectBuilder.fromJSON(QueryTranslator.toParams(query).get("json.facet")));
  }

  @Test
  void freeTextSearchesTheConfigsetsOwnFields() {
    SearchQuery query = query("jalan desa", List.of(), null, Map.of());
    assertEquals(
        QueryTranslator.CONTRACTS_QF,
        QueryTranslator.toParams(query, QueryTranslator.defaultQf(Configsets.CONTRACTS)).get("qf"));
    assertEquals(QueryTranslator.DEFAULT_QF, QueryTranslator.defaultQf(Configsets.DATASETS));
    assertEquals(
        "title^9",
        QueryTranslator.toParams(
                query("jalan desa", List.of(), null, Map.of("qf", "title^9")),
                QueryTranslator.CONTRACTS_QF)
            .get("qf"));
  }

  @Test
  void sumsAreWrittenAsPlainDecimals() {
    assertEquals("1500000000000", SearchResults.decimal(1.5e12).toPlainString());
    assertEquals("1234567.5", SearchResults.decimal(1234567.5).toPlainString());
    assertEquals("0", SearchResults.decimal(0.0).toPlainString());
  }
}
