package id.terbuka.search.solr;

import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import id.terbuka.search.SearchResult.FacetCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;

/** Reads a Solr response into the port's {@link SearchResult}. */
final class SearchResults {

  private static final int MAX_SUGGESTIONS = 5;

  private SearchResults() {}

  static SearchResult from(SearchQuery query, QueryResponse response) {
    long total = response.getResults().getNumFound();
    List<Map<String, Object>> documents = new ArrayList<>(response.getResults().size());
    for (SolrDocument document : response.getResults()) {
      documents.add(SolrDocuments.fromSolr(document));
    }
    if (query.sums() == null) {
      return new SearchResult(
          total, documents, facets(query, response), suggestions(query, total, response));
    }
    NestableJsonFacet json = response.getJsonFacetingResponse();
    return new SearchResult(
        total,
        documents,
        facetsWithSums(query, json),
        suggestions(query, total, response),
        json == null ? BigDecimal.ZERO : sumIn(json));
  }

  /** Only the documents (and their total): completions have no facets or suggestions. */
  static SearchResult documentsOf(QueryResponse response) {
    List<Map<String, Object>> documents = new ArrayList<>(response.getResults().size());
    for (SolrDocument document : response.getResults()) {
      documents.add(SolrDocuments.fromSolr(document));
    }
    return new SearchResult(response.getResults().getNumFound(), documents, Map.of(), List.of());
  }

  /** Facets in the requested field order; a requested field Solr did not return is empty. */
  private static Map<String, List<FacetCount>> facets(SearchQuery query, QueryResponse response) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String field : query.facetFields()) {
      FacetField facet = response.getFacetField(field);
      List<FacetCount> counts = new ArrayList<>();
      if (facet != null && facet.getValues() != null) {
        for (FacetField.Count count : facet.getValues()) {
          counts.add(new FacetCount(count.getName(), count.getCount()));
        }
      }
      facets.put(field, List.copyOf(counts));
    }
    return facets;
  }

  /**
   * Facets of a query with sums, from the JSON facet answer, in the requested field order. When
   * nothing matches Solr returns no facet at all: every field is then empty.
   */
  private static Map<String, List<FacetCount>> facetsWithSums(
      SearchQuery query, NestableJsonFacet json) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    List<String> fields = query.facetFields();
    for (int i = 0; i < fields.size(); i++) {
      BucketBasedJsonFacet facet =
          json == null ? null : json.getBucketBasedFacets(QueryTranslator.FACET_KEY + i);
      List<FacetCount> counts = new ArrayList<>();
      if (facet != null) {
        for (BucketJsonFacet bucket : facet.getBuckets()) {
          counts.add(new FacetCount(facetValue(bucket.getVal()), bucket.getCount(), sumIn(bucket)));
        }
      }
      facets.put(fields.get(i), List.copyOf(counts));
    }
    return facets;
  }

  /** A bucket's value as classic facets give it: dates in ISO form, numbers in decimal. */
  private static String facetValue(Object value) {
    return value instanceof Date date ? date.toInstant().toString() : String.valueOf(value);
  }

  /**
   * The sum in a JSON facet answer (zero when Solr left it out: no document had the field), as a
   * decimal without exponent or trailing zeros: 1.5E12 becomes 1500000000000.
   */
  static BigDecimal sumIn(NestableJsonFacet facet) {
    Object value = facet.getStatValue(QueryTranslator.SUM);
    if (!(value instanceof Number number)) {
      return BigDecimal.ZERO;
    }
    return decimal(number.doubleValue());
  }

  static BigDecimal decimal(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  /**
   * Only when nothing matched a free-text query: whole corrected queries (Solr's collations), each
   * of which Solr has re-run with the same filters and found to return hits. Single-word
   * alternatives are not offered on their own: they may find nothing within the caller's filters (a
   * scoped or permission-filtered search), and a suggestion that leads to no results again is worse
   * than none.
   */
  private static List<String> suggestions(SearchQuery query, long total, QueryResponse response) {
    SpellCheckResponse spell = response.getSpellCheckResponse();
    if (total > 0 || spell == null || !QueryTranslator.isFreeText(query.text())) {
      return List.of();
    }
    Set<String> suggestions = new LinkedHashSet<>();
    if (spell.getCollatedResults() != null) {
      for (SpellCheckResponse.Collation collation : spell.getCollatedResults()) {
        suggestions.add(collation.getCollationQueryString());
      }
    }
    return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
  }
}
