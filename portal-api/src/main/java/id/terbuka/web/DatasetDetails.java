package id.terbuka.web;

import java.util.List;

/**
 * What the dataset page adds for machines and for citing: the schema.org JSON-LD, the last changes
 * and a ready citation.
 *
 * @param jsonLd schema.org {@code Dataset} JSON, safe inside a script element ({@link
 *     DatasetJsonLd})
 * @param activities the last recorded changes, newest first
 * @param citation the dataset cited as text (unit, year, title, portal, URL, date of access)
 */
public record DatasetDetails(String jsonLd, List<Activity> activities, String citation) {
  /** None of it (template tests, a page built without the dataset dict). */
  public static final DatasetDetails NONE = new DatasetDetails(null, List.of(), null);

  /**
   * One change: who (a user's full name or user name), what (message key) and when.
   *
   * @param when formatted in WIB
   * @param iso the same instant in ISO 8601, for {@code <time datetime>}
   */
  public record Activity(String who, String whatKey, String when, String iso) {}
}
