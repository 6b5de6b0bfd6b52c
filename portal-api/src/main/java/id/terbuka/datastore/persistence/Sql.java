package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;

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

  /** A resource's live table, or the table of its file waiting for review. */
  public static String table(TableRef ref) {
    return "datastore." + quote(ref.name());
  }

  /** The table a load fills before it replaces the one it loads. */
  public static String loadingTable(TableRef ref) {
    return "datastore." + quote(loadingName(ref));
  }

  public static String loadingName(TableRef ref) {
    return ref.name() + "__loading";
  }

  /** A type from the stored column list, checked against what the loader creates. */
  public static String type(String type) {
    return TableField.storedType(type);
  }
}
