package id.terbuka.datastore.load;

import java.util.Locale;

/** The column types the loader creates, named as the DataStore reports them in {@code fields}. */
public enum ColumnType {
  INTEGER("int8"),
  NUMERIC("numeric"),
  DATE("date"),
  TIMESTAMP("timestamp"),
  BOOLEAN("bool"),
  TEXT("text");

  private final String postgresName;

  ColumnType(String postgresName) {
    this.postgresName = postgresName;
  }

  /** The PostgreSQL type to declare for the column. */
  public String postgresName() {
    return postgresName;
  }

  /**
   * Reads a data dictionary {@code info.type_override}; accepts our names and the PostgreSQL ones
   * CKAN users type ({@code int}, {@code float8}, {@code timestamp}...), or null if unknown.
   */
  public static ColumnType fromOverride(String name) {
    if (name == null) {
      return null;
    }
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "integer", "int", "int4", "int8", "bigint" -> INTEGER;
      case "numeric", "number", "float", "float8", "double precision" -> NUMERIC;
      case "date" -> DATE;
      case "timestamp", "datetime" -> TIMESTAMP;
      case "boolean", "bool" -> BOOLEAN;
      case "text", "string" -> TEXT;
      default -> null;
    };
  }
}
