package id.terbuka.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total number of matching documents
 * @param documents the requested page, each a map of stored field to value (multi-valued fields as
 *     lists)
 * @param facets per requested facet field, the values with their counts, in Solr's order (count
 *     descending); the map keeps the requested field order
 * @param suggestions when a free-text query found nothing: corrected whole queries, best first,
 *     each checked by the backend to find results under the same filters (may be empty)
 */
public record SearchResult(
    long total,
    List<Map<String, Object>> documents,
    Map<String, List<FacetCount>> facets,
    List<String> suggestions) {

  /** One facet value and the number of matching documents that have it. */
  public record FacetCount(String value, long count) {}
}
