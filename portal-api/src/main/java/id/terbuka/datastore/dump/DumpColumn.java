package id.terbuka.datastore.dump;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column of a dump: its name and DataStore type ({@code int} for {@code _id}, {@code int8},
 * {@code numeric}, {@code date}, {@code timestamp}, {@code bool}, {@code text}).
 */
public record DumpColumn(String id, String type) {
  /** CKAN's row number column. */
  public static final String ROW_ID = "_id";

  public boolean text() {
    return "text".equals(type);
  }

  /** As {@code fields} lists it: {@code {"id": .., "type": ..}}. */
  public Map<String, Object> dict() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    return m;
  }
}
