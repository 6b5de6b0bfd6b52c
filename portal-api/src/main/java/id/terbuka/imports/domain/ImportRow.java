package id.terbuka.imports.domain;

import java.util.Map;

/**
 * One data row of an imported file, its cells keyed by canonical column name ({@link ColumnSpec}).
 * A known column missing from the file, or a cell beyond the row's end, reads as an empty string.
 *
 * @param number the spreadsheet's row number (header = 1)
 * @param cells the trimmed text of each known column's cell
 * @param headers the header as written for each known column, to name it in a problem
 * @param spreadsheetNumbers true when the row comes from an XLSX sheet, whose number cells arrive
 *     in plain form ({@code 1234567.89}) whatever the sheet displays
 */
public record ImportRow(
    long number,
    Map<String, String> cells,
    Map<String, String> headers,
    boolean spreadsheetNumbers) {

  /** The cell of a known column ("" if absent or blank). */
  public String get(String column) {
    String v = cells.get(column);
    return v == null ? "" : v;
  }

  /** The header as written for a known column, or the canonical name if the file lacks it. */
  public String header(String column) {
    return headers.getOrDefault(column, column);
  }

  /** A problem located at this row and a column's cell. */
  public ImportProblem problem(String column, String code, Object... args) {
    return ImportProblem.of(number, header(column), get(column), code, args);
  }
}
