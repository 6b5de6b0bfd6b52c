package id.terbuka.web;

import java.util.List;

/**
 * The dataset page.
 *
 * @param notesHtml the description as sanitised HTML ({@link Markdown})
 * @param metadata label key and formatted value of each known field, in display order
 * @param firstResourceId the first resource in the DataStore (for the API example), or null
 * @param details JSON-LD, activity and citation
 * @param usage views, downloads and the satisfaction question ({@link DatasetUsage})
 */
public record DatasetView(
    String id,
    String name,
    String title,
    String notesHtml,
    String summary,
    String orgName,
    String orgTitle,
    List<Named> groups,
    List<String> tags,
    String licenseTitle,
    String licenseUrl,
    boolean isPrivate,
    List<Row> metadata,
    List<ResourceItem> resources,
    String firstResourceId,
    DatasetUsage usage,
    DatasetDetails details,
    String reviewNotice) {

  /** A linked name: {@code name} for URLs, {@code title} to show. */
  public record Named(String name, String title) {}

  /** One metadata table row. */
  public record Row(String labelKey, String value) {}

  /**
   * A resource with what a reader needs before downloading it.
   *
   * @param size formatted size, empty when unknown
   * @param updated formatted date of the last change
   * @param url the download URL (or the external link)
   * @param datastore whether its rows are queryable through datastore_search
   */
  public record ResourceItem(
      String id,
      String name,
      String description,
      String format,
      String size,
      String updated,
      String url,
      boolean datastore) {}
}
