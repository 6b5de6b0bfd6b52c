package id.terbuka.datastore.load;

/**
 * One problem in a file: the row (1-based, the header being row 1), the column name (null when the
 * problem is the whole row or file) and why, in words an office can act on.
 */
public record LoadError(long row, String column, String reason) {
  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", column \"" + column + "\"") + ": " + reason;
  }
}
