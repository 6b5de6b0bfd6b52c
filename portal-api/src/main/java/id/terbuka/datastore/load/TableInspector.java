package id.terbuka.datastore.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a table file: reads every row once, in constant memory, to name the columns,
 * infer their types and find every problem, so that an office learns about all of them at once and
 * a table is created only for a file that will load completely.
 */
public final class TableInspector {
  private TableInspector() {}

  /**
   * The schema of the file, types from {@code overrides} (column name to type, from the data
   * dictionary's {@code info.type_override}) winning over inference; override names that match no
   * column are ignored, the dictionary being checked where it is edited.
   *
   * @throws TableLoadException with every problem found (at most 100 listed)
   */
  public static TableSchema inspect(TableFile file, Map<String, ColumnType> overrides)
      throws IOException {
    return read(file, overrides, Long.MAX_VALUE).schema();
  }

  /**
   * The schema inferred from the first {@code maxRows} data rows only, for a load that streams the
   * rest while checking it ({@link TableReader#speculative}); when the file has no more rows than
   * that the result is the full inspection ({@link Sample#complete}).
   *
   * @throws TableLoadException with the problems found in those rows
   */
  public static Sample sample(TableFile file, Map<String, ColumnType> overrides, long maxRows)
      throws IOException {
    return read(file, overrides, maxRows);
  }

  private static Sample read(TableFile file, Map<String, ColumnType> overrides, long maxRows)
      throws IOException {
    try (RowSource source = file.open()) {
      String[] header = source.next();
      if (header == null) {
        throw TableLoadException.of(1, null, "The file is empty");
      }
      List<String> names = ColumnNames.fromHeader(header);
      ColumnProfile[] profiles = new ColumnProfile[names.size()];
      for (int i = 0; i < profiles.length; i++) {
        String name = names.get(i);
        profiles[i] = new ColumnProfile(name, overrides.get(name), source.fixedConvention());
      }
      ErrorLog errors = new ErrorLog();
      long rows = 0;
      boolean complete = true;
      for (String[] record = source.next(); record != null; record = source.next()) {
        if (rows == maxRows) {
          complete = false;
          break;
        }
        rows++;
        LoadError tooLong = RowShape.checkLength(record, names.size(), source.rowNumber());
        if (tooLong != null) {
          errors.add(tooLong);
        }
        int cells = Math.min(record.length, profiles.length);
        for (int i = 0; i < cells; i++) {
          profiles[i].accept(record[i], source.rowNumber());
        }
      }
      List<Column> columns = new ArrayList<>(profiles.length);
      List<ColumnCheck> checks = new ArrayList<>(profiles.length);
      for (ColumnProfile profile : profiles) {
        columns.add(profile.column());
        checks.add(profile.check());
        errors.addAll(profile.errors());
      }
      errors.throwIfAny();
      return new Sample(new TableSchema(columns, rows), complete, checks);
    }
  }
}
