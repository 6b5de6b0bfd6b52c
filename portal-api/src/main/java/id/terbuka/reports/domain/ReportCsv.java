package id.terbuka.reports.domain;

import id.terbuka.datastore.dump.FormulaGuard;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report table as CSV the way the portal's other CSVs are: UTF-8 with a byte order mark (so
 * spreadsheet programs read the Indonesian text right), a header row, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, and text a spreadsheet would run as a formula
 * prefixed by {@link FormulaGuard}. Null is an empty field.
 */
public final class ReportCsv {
  private ReportCsv() {}

  public static byte[] write(List<String> header, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, List.copyOf(header));
    for (List<Object> row : rows) {
      line(out, row);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }
    String text = FormulaGuard.text(value.toString());
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
