package id.terbuka.datastore.dump;

/**
 * Neutralises text cells that a spreadsheet would read as a formula (OWASP's CSV injection
 * guidance): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading single quote, so that Excel and LibreOffice show it as text. Only text
 * columns are guarded: a number column's {@code -5} stays a number.
 *
 * <p>The same rule exists twice, in Java for XLSX and header lines, and in SQL for CSV/TSV, where
 * PostgreSQL applies it in the {@code COPY} query so that the rows still stream straight through.
 */
public final class FormulaGuard {
  /** What a guarded cell starts with. */
  public static final char PREFIX = '\'';

  private static final String TRIGGERS = "=+-@\t\r";

  private FormulaGuard() {}

  /** Whether a spreadsheet could take the value for a formula. */
  public static boolean triggers(String value) {
    return value != null && !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0;
  }

  /** The value, prefixed when it {@linkplain #triggers triggers}; null stays null. */
  public static String text(String value) {
    return triggers(value) ? PREFIX + value : value;
  }

  /**
   * The rule as a SQL expression over a text column, for a {@code COPY} select list.
   *
   * @param column an already quoted identifier (never client input)
   */
  public static String sql(String column) {
    // ascii() reads the first character's code without copying the cell (left() would allocate a
    // new text per cell): =, +, -, @, tab, carriage return.
    return "case when ascii("
        + column
        + ") in (61, 43, 45, 64, 9, 13) then '''' || "
        + column
        + " else "
        + column
        + " end";
  }
}
