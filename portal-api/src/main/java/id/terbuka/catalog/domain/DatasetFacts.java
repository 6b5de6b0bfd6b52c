package id.terbuka.catalog.domain;

import java.time.LocalDateTime;

/**
 * What the reports need to know of one public dataset, read in one query for all of them.
 *
 * @param organization the owning organisation's name, null when it has none
 * @param modified {@code metadata_modified}: the last change of the dataset or its resources (UTC)
 * @param hasResource at least one active resource
 * @param openLicense its licence is open in {@link Licenses}
 * @param machineReadable at least one active resource in a format of {@link
 *     #MACHINE_READABLE_FORMATS}
 * @param resourceIds the active resources' ids (the DataStore, which the catalogue does not know,
 *     tells which of them have a data dictionary)
 * @param hasDictionary at least one active resource has a DataStore data dictionary with a
 *     described column; false until {@link #withDictionary} says otherwise
 */
public record DatasetFacts(
    String id,
    String name,
    String title,
    String organization,
    String organizationTitle,
    String frekuensi,
    String licenseId,
    LocalDateTime modified,
    boolean hasResource,
    boolean openLicense,
    boolean machineReadable,
    java.util.List<String> resourceIds,
    boolean hasDictionary) {

  /** The same facts with {@code hasDictionary} set. */
  public DatasetFacts withDictionary(boolean dictionary) {
    return new DatasetFacts(
        id,
        name,
        title,
        organization,
        organizationTitle,
        frekuensi,
        licenseId,
        modified,
        hasResource,
        openLicense,
        machineReadable,
        resourceIds,
        dictionary);
  }

  /**
   * Formats a program reads without a person (structured, open or de-facto standard), upper case as
   * compared: PDF, images and Word files are not among them.
   */
  public static final java.util.List<String> MACHINE_READABLE_FORMATS =
      java.util.List.of(
          "CSV", "TSV", "JSON", "GEOJSON", "JSONLD", "JSON-LD", "XML", "RDF", "TTL", "XLSX", "XLS",
          "ODS", "PARQUET", "SHP", "KML", "GPKG", "API");
}
