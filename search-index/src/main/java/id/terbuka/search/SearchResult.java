package id.terbuka.search;

import java.math.BigDecimal;
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
 * @param sum when the query asked for {@link SearchQuery.Sums}: the total of that field over all
 *     matching documents (zero when none matches); null when it did not ask. Summed in double
 *     precision by the backend, so exact for whole numbers while the total stays below 2^53
 */
public record SearchResult(
    long total,
    List<Map<String, Object>> documents,
    Map<String, List<FacetCount>> facets,
    List<String> suggestions,
    BigDecimal sum) {

  /** A result without sums. */
  public SearchResult(
      long total,
      List<Map<String, Object>> documents,
      Map<String, List<FacetCount>> facets,
      List<String> suggestions) {
    this(total, documents, facets, suggestions, null);
  }

  /**
   * One facet value, the number of matching documents that have it and, when the query asked for
   * {@link SearchQuery.Sums}, the total of that field over them (else null).
   */
  public record FacetCount(String value, long count, BigDecimal sum) {

    /** A facet value with its count only. */
    public FacetCount(String value, long count) {
      this(value, count, null);
    }
  }
}
