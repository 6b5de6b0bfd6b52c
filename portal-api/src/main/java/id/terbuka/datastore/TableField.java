package id.terbuka.datastore;

import id.terbuka.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of a DataStore table as the API reports it in {@code fields}: its id (the PostgreSQL
 * column name), type and, when the data dictionary describes it, {@code info} (label, notes,
 * type_override).
 */
record TableField(String id, String type, Map<String, Object> info) {
  /** CKAN reports the row number column {@code _id} as {@code int}. */
  static final TableField ROW_ID = new TableField("_id", "int");

  TableField(String id, String type) {
    this(id, type, Map.of());
  }

  TableField {
    info = info == null ? Map.of() : info;
  }

  boolean isRowId() {
    return ROW_ID.id().equals(id) && ROW_ID.type().equals(type);
  }

  TableField withInfo(Map<String, Object> newInfo) {
    return new TableField(id, type, newInfo);
  }

  /** {@code {id, type}} plus {@code info} when the dictionary has one. */
  Map<String, Object> dict() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    if (!info.isEmpty()) {
      m.put("info", info);
    }
    return m;
  }

  /** The stored column list: ids and types only (the dictionary is kept apart). */
  static String toJson(List<TableField> fields) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TableField f : fields) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("type", f.type());
      out.add(m);
    }
    return Json.write(out);
  }

  /** The stored column list ({@code datastore_table.fields}), without {@code _id}. */
  static List<TableField> fromJson(String json) {
    List<TableField> out = new ArrayList<>();
    for (Object item : (List<?>) Json.parse(json)) {
      Map<?, ?> m = (Map<?, ?>) item;
      out.add(new TableField((String) m.get("id"), Sql.type((String) m.get("type"))));
    }
    return out;
  }
}
