package id.terbuka.web;

/**
 * What a request below the front controller asks for.
 *
 * @param page which page (or the file download that shares {@code /dataset/*})
 * @param name the dataset name or id of {@link Page#DATASET} and {@link Page#SATISFACTION}, the
 *     unit's or topic's name of {@link Page#ORGANIZATION} and {@link Page#GROUP}, otherwise null
 */
public record Route(Page page, String name) {
  public enum Page {
    HOME,
    SEARCH,
    DATASET,
    DOWNLOAD,
    ORGANIZATIONS,
    ORGANIZATION,
    GROUPS,
    GROUP,
    /** POST of the dataset page's satisfaction form: {@code /dataset/{name}/satisfaction}. */
    SATISFACTION,
    NOT_FOUND
  }

  static Route of(Page page) {
    return new Route(page, null);
  }
}
