package id.terbuka.web;

import java.util.List;

/**
 * The model of {@code developer.jte}.
 *
 * @param site the public base URL, for the curl examples
 * @param readActions actions callable with GET (and POST), by name
 * @param writeActions actions callable with POST only, by name
 * @param limits what the portal enforces, from the code that enforces it
 */
public record DeveloperView(
    String site, List<String> readActions, List<String> writeActions, Limits limits) {

  /**
   * @param uploadMb the upload limit ({@code TERBUKA_MAX_UPLOAD_MB})
   * @param searchRows {@code package_search}'s largest {@code rows}
   * @param datastoreRows {@code datastore_search}'s largest {@code limit}
   * @param sqlRows the rows {@code datastore_search_sql} returns at most
   * @param sqlSeconds {@code datastore_search_sql}'s time limit
   * @param dumps dumps running at once per node before a 503
   * @param loginFailures failed sign-ins per user name within {@code loginMinutes}
   * @param loginMinutes the sign-in throttle's window
   */
  public record Limits(
      long uploadMb,
      int searchRows,
      int datastoreRows,
      int sqlRows,
      double sqlSeconds,
      int dumps,
      int loginFailures,
      long loginMinutes) {}
}
