package id.terbuka.datastore.load;

/**
 * Rows whose length differs from the header's. A shorter row is padded with nulls (spreadsheets
 * drop trailing empty cells); a longer one would lose data, so it is an error, unless the extra
 * cells are all empty, as a trailing delimiter leaves them.
 */
final class RowShape {
  private RowShape() {}

  /** The error for a row with data beyond the header, or null if the row fits. */
  static LoadError checkLength(String[] record, int columns, long row) {
    for (int i = columns; i < record.length; i++) {
      if (!ValueNormaliser.isEmpty(record[i])) {
        return new LoadError(
            row,
            null,
            String.format(
                "This row has %,d cells but the header has %,d columns", record.length, columns));
      }
    }
    return null;
  }
}
