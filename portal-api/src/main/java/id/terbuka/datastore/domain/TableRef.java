package id.terbuka.datastore.domain;

import id.terbuka.catalog.domain.TableAccess;

/**
 * Which DataStore table of a resource: its live one, or the one loaded from a file that waits for
 * the walidata's review (ADR 0016), which only the dataset's editors and the walidata read.
 *
 * @param waiting the table of the resource's file waiting for review
 */
public record TableRef(String resourceId, boolean waiting) {
  private static final String WAITING_SUFFIX = "__review";

  public static TableRef live(String resourceId) {
    return new TableRef(resourceId, false);
  }

  public static TableRef waitingFile(String resourceId) {
    return new TableRef(resourceId, true);
  }

  /** The table the catalogue says this reader gets. */
  public static TableRef of(TableAccess access) {
    return new TableRef(access.resourceId(), access.waitingFile());
  }

  /** The table's name in the {@code datastore} schema (unquoted). */
  public String name() {
    return waiting ? resourceId + WAITING_SUFFIX : resourceId;
  }

  /** The catalogue table that records the table's load and columns. */
  public String registry() {
    return waiting ? "datastore_review_table" : "datastore_table";
  }
}
