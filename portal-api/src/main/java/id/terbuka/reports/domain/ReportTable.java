package id.terbuka.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report's table: named columns and rows of values. The JSON and the CSV are both made from it,
 * so the two forms cannot disagree.
 */
public record ReportTable(List<String> columns, List<List<Object>> rows) {

  /** The rows as JSON objects keyed by column. */
  public List<Map<String, Object>> toJson() {
    List<Map<String, Object>> list = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        m.put(columns.get(i), row.get(i));
      }
      list.add(m);
    }
    return list;
  }

  /** The CSV bytes (with BOM and header); a list value is joined with {@code ;}. */
  public byte[] toCsv() {
    List<List<Object>> flat = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<Object> cells = new ArrayList<>(row.size());
      for (Object v : row) {
        cells.add(
            v instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(Collectors.joining(";"))
                : v);
      }
      flat.add(cells);
    }
    return ReportCsv.write(columns, flat);
  }
}
