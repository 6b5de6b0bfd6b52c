package id.terbuka.search;

import java.util.List;
import java.util.Map;

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
    Map<String, String> tuning) {

  public SearchQuery {
    filters = List.copyOf(filters);
    facetFields = List.copyOf(facetFields);
    returnFields = List.copyOf(returnFields);
    tuning = Map.copyOf(tuning);
  }
}
