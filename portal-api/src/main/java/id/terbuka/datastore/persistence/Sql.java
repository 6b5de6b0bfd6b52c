package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.TableField;

/** Identifiers of DataStore SQL, always quoted: column names come from uploaded files. */
public final class Sql {
  private Sql() {}

  /** A quoted identifier: {@code "} doubled, so that no name can end the quoting. */
  public static String quote(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("NUL in an identifier");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The live table of a resource. */
  public static String table(String resourceId) {
    return "datastore." + quote(resourceId);
  }

  /** The table a load fills before it replaces the live one. */
  public static String loadingTable(String resourceId) {
    return "datastore." + quote(loadingName(resourceId));
  }

  public static String loadingName(String resourceId) {
    return resourceId + "__loading";
  }

  /** A type from the stored column list, checked against what the loader creates. */
  public static String type(String type) {
    return TableField.storedType(type);
  }
}
