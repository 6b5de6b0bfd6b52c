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
   * Only when nothing matched a free-text query: whole corrected queries (collations, which Solr
   * has checked return hits) first, then single-word alternatives.
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
    if (spell.getSuggestions() != null) {
      for (SpellCheckResponse.Suggestion suggestion : spell.getSuggestions()) {
        suggestions.addAll(suggestion.getAlternatives());
      }
    }
    return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
  }
}
