package id.terbuka.datastore.load;

/**
 * Rewrites a cell into the text PostgreSQL's input functions take for the column's type. Empty and
 * blank cells are SQL null in every type: an empty string is not a number or a date, and for text
 * an empty cell means "no value" in every spreadsheet.
 */
final class ValueNormaliser {
  private ValueNormaliser() {}

  /** Whether the cell counts as empty (SQL null). */
  static boolean isEmpty(String raw) {
    return raw == null || raw.isBlank();
  }

  /**
   * The normalised form of a non-empty cell, or null if it does not fit the type. Text keeps its
   * spaces; typed values are stripped first, as spreadsheets pad them.
   */
  static String convert(String raw, ColumnType type, NumberConvention convention) {
    if (type == ColumnType.TEXT) {
      return raw;
    }
    String value = raw.strip();
    return switch (type) {
      case INTEGER -> {
        String plain = convention.toPlain(value);
        yield plain != null && NumberConvention.isInt8(plain) ? plain : null;
      }
      case NUMERIC -> convention.toPlain(value);
      case DATE -> Temporals.toDate(value);
      case TIMESTAMP -> Temporals.toTimestamp(value);
      case BOOLEAN -> Booleans.toBoolean(value);
      case TEXT -> value;
    };
  }

  /** Why a value does not fit the type, in words for {@code datastore_error}. */
  static String reason(String raw, ColumnType type) {
    String shown = raw.length() > 50 ? raw.substring(0, 50) + "..." : raw;
    String expected =
        switch (type) {
          case INTEGER -> "is not a whole number";
          case NUMERIC -> "is not a number";
          case DATE -> "is not a date (2024-03-01, 01/03/2024 or 01-03-2024)";
          case TIMESTAMP -> "is not a timestamp (2024-03-01 13:45:00)";
          case BOOLEAN -> "is not a boolean (true/false, ya/tidak, yes/no)";
          case TEXT -> "is not text";
        };
    return "\"" + shown + "\" " + expected;
  }
}
