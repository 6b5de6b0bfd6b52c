package id.terbuka.datastore.load;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The second pass: streams the data rows of an inspected file, each cell normalised for its
 * column's PostgreSQL type (null for empty). Rows shorter than the header are padded with nulls. A
 * row that does not fit (which the inspection pass rules out unless the file changed in between)
 * stops the read with a {@link TableLoadException}.
 */
public final class TableReader implements Closeable {
  private final RowSource source;
  private final List<Column> columns;
  private final List<ColumnCheck> checks;
  private final long checkAfter;

  private TableReader(
      RowSource source, List<Column> columns, List<ColumnCheck> checks, long checkAfter) {
    this.source = source;
    this.columns = columns;
    this.checks = checks;
    this.checkAfter = checkAfter;
  }

  /** Opens an inspected file and skips its header. */
  public static TableReader open(TableFile file, TableSchema schema) throws IOException {
    return open(file, schema.columns(), null, Long.MAX_VALUE);
  }

  /**
   * Opens a sampled file: the rows past the sample are checked against what inferred the sample's
   * types, and the first that would have changed them stops the read with {@link
   * SpeculationFailed}.
   */
  public static TableReader speculative(TableFile file, Sample sample) throws IOException {
    return open(file, sample.schema().columns(), sample.checks(), sample.schema().rowCount());
  }

  private static TableReader open(
      TableFile file, List<Column> columns, List<ColumnCheck> checks, long checkAfter)
      throws IOException {
    RowSource source = file.open();
    try {
      source.next();
    } catch (IOException | RuntimeException e) {
      source.close();
      throw e;
    }
    return new TableReader(source, columns, checks, checkAfter);
  }

  private long dataRows;

  /** The next row, one value per column, or null after the last row. */
  public String[] next() throws IOException {
    String[] record = source.next();
    if (record == null) {
      return null;
    }
    long row = source.rowNumber();
    LoadError tooLong = RowShape.checkLength(record, columns.size(), row);
    if (tooLong != null) {
      throw new TableLoadException(List.of(tooLong), 1);
    }
    String[] values = new String[columns.size()];
    int cells = Math.min(record.length, values.length);
    boolean check = checks != null && ++dataRows > checkAfter;
    for (int i = 0; i < cells; i++) {
      String raw = record[i];
      if (ValueNormaliser.isEmpty(raw)) {
        continue;
      }
      Column column = columns.get(i);
      if (check) {
        values[i] = checks.get(i).admit(raw);
        if (values[i] == null) {
          throw new SpeculationFailed(row, column.name());
        }
        continue;
      }
      values[i] = ValueNormaliser.convert(raw, column.type(), column.convention());
      if (values[i] == null) {
        throw TableLoadException.of(row, column.name(), ValueNormaliser.reason(raw, column.type()));
      }
    }
    return values;
  }

  /** The 1-based file row of the row last returned (the header is row 1). */
  public long rowNumber() {
    return source.rowNumber();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
