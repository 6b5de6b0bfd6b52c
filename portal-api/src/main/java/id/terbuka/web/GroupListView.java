package id.terbuka.web;

import java.util.List;

/**
 * {@code /organization} or {@code /group}: one page of units or topics.
 *
 * @param organizations units ({@code true}) or topics
 * @param total how many there are in all
 */
public record GroupListView(
    boolean organizations, long total, List<Item> items, Paging paging, int page) {

  /**
   * One unit or topic.
   *
   * @param summary the start of its description, as plain text (may be empty)
   * @param datasets the number of its datasets the visitor can see
   * @param kodeUnit the unit's code, null for topics or when not set
   */
  public record Item(
      String name, String title, String summary, long datasets, String kodeUnit, String href) {}

  /** Message key prefix: {@code orgs.} or {@code groups.}. */
  public String keys() {
    return organizations ? "orgs." : "groups.";
  }

  /** The list's own path for canonical links: page 1 without a parameter. */
  public String path() {
    String base = organizations ? "/organization" : "/group";
    return page > 1 ? base + "?page=" + page : base;
  }
}
