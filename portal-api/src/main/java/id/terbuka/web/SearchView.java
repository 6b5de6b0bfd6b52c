package id.terbuka.web;

import java.util.List;

/**
 * The dataset search page.
 *
 * @param problem a message key when the search could not run (bad query syntax), else null
 * @param suggestion when nothing matched: a corrected query that finds datasets, else null
 */
public record SearchView(
    SearchParams params,
    long count,
    List<DatasetSummary> results,
    List<Facet> facets,
    List<ActiveFilter> active,
    Paging paging,
    String problem,
    Suggestion suggestion) {

  /** "Did you mean": the corrected query text and the link that runs it. */
  public record Suggestion(String text, String href) {}

  /** One facet: its field, the message key of its title, and its values with counts. */
  public record Facet(String field, String titleKey, List<FacetItem> items) {}

  /**
   * A facet value.
   *
   * @param href adds the filter, or removes it when {@code selected}
   */
  public record FacetItem(String label, long count, boolean selected, String href) {}

  /** A filter in force, with the link that removes it. */
  public record ActiveFilter(String titleKey, String label, String removeHref) {}

  /** The first result's position (1-based) on this page; 0 when there are none. */
  public long from() {
    return count == 0 ? 0 : (long) (params.page() - 1) * SearchParams.PAGE_SIZE + 1;
  }

  public long to() {
    return Math.min(count, (long) params.page() * SearchParams.PAGE_SIZE);
  }
}
