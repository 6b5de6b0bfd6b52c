package id.terbuka.datastore.domain;

import id.terbuka.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource's {@code datastore_table} row as read (under a row lock) by {@code
 * persistence.LiveTables}.
 *
 * @param fields the live table's columns with their dictionary info, null when there is no table
 * @param dictionary column id to {label, notes, type_override}, as edited
 * @param waitingFile the row of a file waiting for review ({@code datastore_review_table})
 */
public record LiveTable(
    String resourceId,
    String status,
    String origin,
    String sha256,
    List<TableField> fields,
    Long rowCount,
    long revision,
    List<String> primaryKey,
    Map<String, Map<String, Object>> dictionary,
    Map<String, Object> loadStats,
    boolean waitingFile) {

  public static final String FILE = "file";
  public static final String API = "api";

  /** The table this row describes. */
  public TableRef ref() {
    return new TableRef(resourceId, waitingFile);
  }

  public boolean hasTable() {
    return fields != null;
  }

  public boolean fromFile() {
    return FILE.equals(origin);
  }

  public static Map<String, Map<String, Object>> dictionary(String json) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    object(json)
        .forEach(
            (k, v) -> {
              Map<String, Object> info = new LinkedHashMap<>();
              ((Map<?, ?>) v).forEach((ik, iv) -> info.put(String.valueOf(ik), iv));
              out.put(k, info);
            });
    return out;
  }

  public static Map<String, Object> object(String json) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (json != null) {
      ((Map<?, ?>) Json.parse(json)).forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    return out;
  }

  public static List<String> stringList(String json) {
    List<String> out = new ArrayList<>();
    if (json != null) {
      for (Object o : (List<?>) Json.parse(json)) {
        out.add((String) o);
      }
    }
    return out;
  }
}
