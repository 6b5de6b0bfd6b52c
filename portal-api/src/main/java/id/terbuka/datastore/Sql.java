package id.terbuka.datastore;

import java.util.Set;

/** Identifiers of DataStore SQL, always quoted: column names come from uploaded files. */
final class Sql {
  /** The column types the loader creates; nothing else is ever written into a cast. */
  static final Set<String> TYPES = Set.of("int8", "numeric", "date", "timestamp", "bool", "text");

  private Sql() {}

  /** A quoted identifier: {@code "} doubled, so that no name can end the quoting. */
  static String quote(String identifier) {
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("NUL in an identifier");
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The live table of a resource. */
  static String table(String resourceId) {
    return "datastore." + quote(resourceId);
  }

  /** The table a load fills before it replaces the live one. */
  static String loadingTable(String resourceId) {
    return "datastore." + quote(loadingName(resourceId));
  }

  static String loadingName(String resourceId) {
    return resourceId + "__loading";
  }

  /** A type from the stored column list, checked against what the loader creates. */
  static String type(String type) {
    if (!TYPES.contains(type)) {
      throw new IllegalStateException("Unexpected DataStore column type: " + type);
    }
    return type;
  }
}
