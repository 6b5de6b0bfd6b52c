package id.terbuka.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query in the portal's (CKAN's) terms.
 *
 * @param text the user's query; blank or {@code *:*} means everything. Free text (no {@code field:}
 *     syntax) is matched with the collection's weighted query fields and AND semantics; text with
 *     {@code field:value} clauses is parsed as a Lucene query with AND as default operator.
 * @param filters filter queries in Lucene syntax, each intersected with the result (the caller's
 *     own filters and the permission filters alike)
 * @param sort Solr sort clause, e.g. {@code score desc, metadata_modified desc}; null for relevance
 * @param start offset of the first row
 * @param rows number of rows
 * @param facetFields fields to facet on, in the order wanted
 * @param facetLimit maximum values per facet; negative means unlimited
 * @param facetMinCount minimum count for a facet value to be returned
 * @param returnFields stored fields to return; empty means all stored fields
 * @param tuning allow-listed relevance parameters passed through (qf, mm, tie, bf, boost, ...);
 *     never a way to change filters
 * @param sums null, or the numeric field to total over all matches and per facet value (see {@link
 *     Sums}); {@link #withSums(Sums)} adds it to a query built with the shorter constructor
 */
public record SearchQuery(
    String text,
    List<String> filters,
    String sort,
    int start,
    int rows,
    List<String> facetFields,
    int facetLimit,
    int facetMinCount,
    List<String> returnFields,
    Map<String, String> tuning,
    Sums sums) {

  public SearchQuery {
    filters = List.copyOf(filters);
    facetFields = List.copyOf(facetFields);
    returnFields = List.copyOf(returnFields);
    tuning = Map.copyOf(tuning);
  }

  /** A query without sums: facets are counts only. */
  public SearchQuery(
      String text,
      List<String> filters,
      String sort,
      int start,
      int rows,
      List<String> facetFields,
      int facetLimit,
      int facetMinCount,
      List<String> returnFields,
      Map<String, String> tuning) {
    this(
        text,
        filters,
        sort,
        start,
        rows,
        facetFields,
        facetLimit,
        facetMinCount,
        returnFields,
        tuning,
        null);
  }

  /** This query, also asking for {@code sums} (null for none). */
  public SearchQuery withSums(Sums sums) {
    return new SearchQuery(
        text,
        filters,
        sort,
        start,
        rows,
        facetFields,
        facetLimit,
        facetMinCount,
        returnFields,
        tuning,
        sums);
  }

  /**
   * Totals of one numeric field: over all matching documents ({@link SearchResult#sum()}) and, for
   * every requested facet field, per facet value next to its count ({@link
   * SearchResult.FacetCount#sum()}), e.g. the contract value by buyer and by supplier. Documents
   * without the field add nothing.
   *
   * @param field a numeric field with doc values, e.g. {@code value}; a plain name (letters,
   *     digits, underscores)
   * @param facetOrder which facet values come first and survive the facet limit: the most frequent,
   *     as without sums, or the largest totals
   */
  public record Sums(String field, FacetOrder facetOrder) {

    /** How facet values are ranked when their sums are asked for. */
    public enum FacetOrder {
      /** Count descending, as facets without sums. */
      COUNT,
      /** Sum descending: the values with the largest totals first. */
      SUM
    }

    public Sums {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(facetOrder, "facetOrder");
    }

    /** Sums of {@code field}, facet values ranked by count. */
    public static Sums of(String field) {
      return new Sums(field, FacetOrder.COUNT);
    }

    /** Sums of {@code field}, facet values ranked by their sums. */
    public static Sums rankedBySum(String field) {
      return new Sums(field, FacetOrder.SUM);
    }
  }
}
