package id.terbuka.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /kontrak}: the explorer's form, results, facets, totals by buyer and supplier, paging and
 * downloads. Amounts stay {@link BigDecimal}; the template formats them.
 *
 * @param total processes found; 0 when the search could not run
 * @param sum their total value (each process's headline value)
 * @param problems what the search refused, one per parameter; empty when it ran
 * @param unavailable true when the search service cannot be reached
 * @param buyersSvg the chart of {@code buyers} (escaped SVG from {@link SvgBars}), null when empty
 * @param api the same search from the JSON API
 */
public record ContractListView(
    ContractParams params,
    Form form,
    long total,
    BigDecimal sum,
    List<Hit> hits,
    List<Facet> facets,
    List<ActiveFilter> active,
    List<Total> buyers,
    String buyersSvg,
    List<Total> suppliers,
    Paging paging,
    List<Problem> problems,
    boolean unavailable,
    String api,
    List<YearFiles> downloads) {

  /** The choices of the form's lists. */
  public record Form(
      List<Option> methods,
      List<Option> categories,
      List<Option> statuses,
      List<Option> flags,
      List<Option> sorts) {}

  /** One choice; {@code selected} when it is the current one. */
  public record Option(String value, String label, boolean selected) {}

  /**
   * A process in the result list.
   *
   * @param value the headline value, null when the process has none yet
   * @param valueSource what the value is (contract, award, HPS, pagu), as text
   * @param date the latest release's day, as text
   */
  public record Hit(
      String title,
      String href,
      String ocid,
      String buyer,
      List<String> suppliers,
      String method,
      String category,
      String status,
      BigDecimal value,
      String valueSource,
      String date,
      List<Option> flags) {}

  /** One facet: its field, the message key of its title, and its values. */
  public record Facet(String field, String titleKey, List<FacetItem> items) {}

  /**
   * A facet value with its number of processes and their total value.
   *
   * @param href adds the filter, or removes it when {@code selected}
   */
  public record FacetItem(
      String label, long count, BigDecimal sum, boolean selected, String href) {}

  /** A filter in force, with the link that removes it. */
  public record ActiveFilter(String titleKey, String label, String removeHref) {}

  /** A buyer's or supplier's processes in the result: count and total value. */
  public record Total(String name, String href, long count, BigDecimal sum) {}

  /** A parameter the search refused, with the reader's explanation. */
  public record Problem(String field, String text) {}

  /** A year's dataset and its CSV files. */
  public record YearFiles(String year, String dataset, List<File> files) {}

  /** A downloadable file. */
  public record File(String name, String format, String href) {}

  /** The first result's position (1-based) on this page; 0 when there are none. */
  public long from() {
    return total == 0 ? 0 : (long) (params.page() - 1) * ContractParams.PAGE_SIZE + 1;
  }

  public long to() {
    return Math.min(total, (long) params.page() * ContractParams.PAGE_SIZE);
  }
}
