package id.terbuka.imports.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column is in a file, found from its header row: names match case- and
 * space-insensitively ({@link ColumnSpec#canonical}) in any order. Problems with the header are
 * reported on row 1 as it is read; data rows are then turned into {@link ImportRow}s keyed by
 * canonical name.
 */
public final class HeaderMapping {
  /** The header's row number in a spreadsheet. */
  public static final long HEADER_ROW = 1;

  private final Map<String, Integer> indexes;
  private final Map<String, String> headers;
  private final boolean complete;

  private HeaderMapping(
      Map<String, Integer> indexes, Map<String, String> headers, boolean complete) {
    this.indexes = Collections.unmodifiableMap(indexes);
    this.headers = Collections.unmodifiableMap(headers);
    this.complete = complete;
  }

  /**
   * Maps the header row onto the format's columns, reporting into {@code problems}: an error {@code
   * missing_column} per required column absent, an error {@code duplicate_column} per header naming
   * a known column already seen, and a warning {@code unknown_column} per header the format does
   * not know (its cells are never used). Blank header cells are ignored.
   */
  public static HeaderMapping of(String[] header, List<ColumnSpec> columns, Problems problems) {
    return of(HEADER_ROW, header, columns, problems);
  }

  /**
   * As {@link #of(String[], List, Problems)} for a header on another row (a file that starts with
   * blank lines has its header further down).
   */
  public static HeaderMapping of(
      long headerRow, String[] header, List<ColumnSpec> columns, Problems problems) {
    Map<String, ColumnSpec> known = new HashMap<>();
    for (ColumnSpec c : columns) {
      known.put(c.name(), c);
    }
    Map<String, Integer> indexes = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    boolean complete = true;
    for (int i = 0; i < header.length; i++) {
      String asWritten = Cells.clean(header[i]);
      if (asWritten.isEmpty()) {
        continue;
      }
      String name = ColumnSpec.canonical(asWritten);
      if (!known.containsKey(name)) {
        problems.warning(
            ImportProblem.of(headerRow, asWritten, null, ImportCodes.UNKNOWN_COLUMN, asWritten));
      } else if (indexes.containsKey(name)) {
        complete = false;
        problems.error(
            ImportProblem.of(
                headerRow, asWritten, null, ImportCodes.DUPLICATE_COLUMN, written.get(name)));
      } else {
        indexes.put(name, i);
        written.put(name, asWritten);
      }
    }
    for (ColumnSpec c : columns) {
      if (c.required() && !indexes.containsKey(c.name())) {
        complete = false;
        problems.error(
            ImportProblem.of(headerRow, c.name(), null, ImportCodes.MISSING_COLUMN, c.name()));
      }
    }
    return new HeaderMapping(indexes, written, complete);
  }

  /** False when a required column is missing or a column is named twice: rows cannot be read. */
  public boolean complete() {
    return complete;
  }

  /** The cell index of each known column found, by canonical name. */
  public Map<String, Integer> indexes() {
    return indexes;
  }

  /** The header as written of each known column found, by canonical name. */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * A data row keyed by canonical name; cells are trimmed, and a row shorter than the header reads
   * as empty cells.
   *
   * @param number the row's spreadsheet number
   * @param spreadsheetNumbers whether number cells arrive in plain form (XLSX), see {@link
   *     ImportRow}
   */
  public ImportRow row(long number, String[] cells, boolean spreadsheetNumbers) {
    Map<String, String> values = new HashMap<>(indexes.size() * 2);
    for (Map.Entry<String, Integer> e : indexes.entrySet()) {
      int i = e.getValue();
      values.put(e.getKey(), i < cells.length ? Cells.clean(cells[i]) : "");
    }
    return new ImportRow(number, values, headers, spreadsheetNumbers);
  }
}
