package id.terbuka.datastore;

import id.terbuka.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of a DataStore table as {@code datastore_search} reports it in {@code fields}: its id
 * (the PostgreSQL column name) and type.
 */
record TableField(String id, String type) {
  /** CKAN reports the row number column {@code _id} as {@code int}. */
  static final TableField ROW_ID = new TableField("_id", "int");

  Map<String, Object> dict() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    return m;
  }

  static String toJson(List<TableField> fields) {
    return Json.write(fields.stream().map(TableField::dict).toList());
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
