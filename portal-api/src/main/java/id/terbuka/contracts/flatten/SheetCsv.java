package id.terbuka.contracts.flatten;

import id.terbuka.datastore.dump.FormulaGuard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One flattened sheet as CSV (RFC 4180: comma, CRLF after every record, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled), with no byte order mark.
 *
 * <p>Any cell, header included, that a spreadsheet would run as a formula gets the leading
 * apostrophe of the DataStore dumps ({@link FormulaGuard}, the portal's one rule for this). The
 * sheet's cells are all text, so a plain decimal number ({@code -1500.50}, a negative amount or
 * refund) is left as it is: a spreadsheet reads it as the number it is, and nothing runs.
 */
public final class SheetCsv {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private SheetCsv() {}

  /** The sheet as CSV text. */
  public static String text(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(field(guarded(row.get(i))));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** The sheet as UTF-8 CSV bytes. */
  public static byte[] utf8(List<List<String>> rows) {
    return text(rows).getBytes(StandardCharsets.UTF_8);
  }

  static String guarded(String cell) {
    if (cell == null) {
      return "";
    }
    return PLAIN_NUMBER.matcher(cell).matches() ? cell : FormulaGuard.text(cell);
  }

  private static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
