package id.terbuka.datastore.dump;

import java.util.List;

/**
 * The header line of a CSV or TSV dump, written in Java before {@code COPY} streams the rows:
 * quoted as PostgreSQL's CSV output quotes (only when needed), formula-guarded like the text cells,
 * LF line end as {@code COPY} writes.
 */
public final class CsvHeader {
  private CsvHeader() {}

  public static String line(List<String> names, char delimiter) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(cell(FormulaGuard.text(names.get(i)), delimiter));
    }
    return out.append('\n').toString();
  }

  static String cell(String value, char delimiter) {
    boolean quote =
        value.isEmpty()
            || value.indexOf(delimiter) >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
