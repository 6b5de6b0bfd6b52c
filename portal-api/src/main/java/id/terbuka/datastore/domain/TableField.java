package id.terbuka.datastore.domain;

import id.terbuka.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A column of a DataStore table as the API reports it in {@code fields}: its id (the PostgreSQL
 * column name), type and, when the data dictionary describes it, {@code info} (label, notes,
 * type_override).
 */
public record TableField(String id, String type, Map<String, Object> info) {
  /** The column types the loader creates; nothing else is ever written into a cast. */
  public static final Set<String> TYPES =
      Set.of("int8", "numeric", "date", "timestamp", "bool", "text");

  /** CKAN reports the row number column {@code _id} as {@code int}. */
  public static final TableField ROW_ID = new TableField("_id", "int");

  public TableField(String id, String type) {
    this(id, type, Map.of());
  }

  public TableField {
    info = info == null ? Map.of() : info;
  }

  public boolean isRowId() {
    return ROW_ID.id().equals(id) && ROW_ID.type().equals(type);
  }

  public TableField withInfo(Map<String, Object> newInfo) {
    return new TableField(id, type, newInfo);
  }

  /** {@code {id, type}} plus {@code info} when the dictionary has one. */
  public Map<String, Object> dict() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    if (!info.isEmpty()) {
      m.put("info", info);
    }
    return m;
  }

  /** The stored column list: ids and types only (the dictionary is kept apart). */
  public static String toJson(List<TableField> fields) {
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
  public static List<TableField> fromJson(String json) {
    List<TableField> out = new ArrayList<>();
    for (Object item : (List<?>) Json.parse(json)) {
      Map<?, ?> m = (Map<?, ?>) item;
      out.add(new TableField((String) m.get("id"), storedType((String) m.get("type"))));
    }
    return out;
  }

  /** A type from the stored column list, checked against what the loader creates. */
  public static String storedType(String type) {
    if (!TYPES.contains(type)) {
      throw new IllegalStateException("Unexpected DataStore column type: " + type);
    }
    return type;
  }
}
