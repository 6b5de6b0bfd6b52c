package id.terbuka.search.solr;

import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import id.terbuka.search.SearchResult.FacetCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
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
    return new SearchResult(
        total, documents, facets(query, response), suggestions(query, total, response));
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
