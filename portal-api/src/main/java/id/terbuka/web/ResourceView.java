package id.terbuka.web;

import java.util.List;

/**
 * The resource page.
 *
 * @param path this page's path ({@code /dataset/{name}/resource/{id}}), the base of its links
 * @param downloadUrl the file's download URL (CKAN's), or the external link; empty when none
 * @param status the DataStore load status ({@code pending}, {@code loading}, {@code failed}, {@code
 *     active}), null when the resource is not in the DataStore
 * @param rowsLoaded rows copied so far while loading, null when unknown
 * @param preview the table preview when the DataStore serves the rows, otherwise null
 * @param dictionary the data dictionary (empty when not in the DataStore)
 * @param versions earlier files of the resource, newest first
 */
public record ResourceView(
    String datasetName,
    String datasetTitle,
    String orgName,
    String orgTitle,
    String id,
    String name,
    String description,
    String format,
    String size,
    String modified,
    String hash,
    String downloadUrl,
    String path,
    String status,
    Long rowsLoaded,
    List<Problem> problems,
    Preview preview,
    List<DictionaryField> dictionary,
    List<Version> versions) {

  /**
   * One problem of a failed load; {@code row} and {@code column} may be null.
   *
   * @param lang the language of {@code reason} (the loader's English when it has no translation)
   */
  public record Problem(Long row, String column, String reason, String lang) {}

  /** A column as the data dictionary describes it. */
  public record DictionaryField(String id, String type, String label, String description) {}

  /** An earlier file: its number, name, formatted size and date, and its download URL. */
  public record Version(int number, String filename, String size, String created, String url) {}

  /**
   * One page of the table.
   *
   * @param columns the table's columns in order ({@code _id} left out)
   * @param rows the page's cells as text, in column order
   * @param total rows matching the filters
   * @param first the number of the first row shown (1-based), 0 when none
   * @param error why the filters could not be applied (shown instead of rows), or null
   * @param hidden state the filter form keeps (sort, order, language) as name and value
   * @param downloads the filtered rows as files: format label and dump URL
   * @param clearHref the preview without filters and {@code q}
   */
  public record Preview(
      List<Column> columns,
      List<List<String>> rows,
      long total,
      long first,
      long last,
      Paging paging,
      String q,
      boolean narrowed,
      String error,
      List<Field> hidden,
      List<Field> downloads,
      String clearHref) {}

  /**
   * A column of the preview.
   *
   * @param typeKey the message key of its type's name
   * @param sortHref the link that sorts by it (or reverses the order)
   * @param ariaSort {@code ascending}/{@code descending} when the rows are sorted by it, else null
   * @param filterName the filter field's name ({@code f.<id>}), {@code filterValue} its value
   */
  public record Column(
      String id,
      String typeKey,
      String sortHref,
      String ariaSort,
      String filterName,
      String filterValue) {}

  /** A name and a value (a hidden form field, a labelled link). */
  public record Field(String name, String value) {}
}
