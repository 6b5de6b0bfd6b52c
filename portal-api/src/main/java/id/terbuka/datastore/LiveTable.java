package id.terbuka.datastore;

import id.terbuka.shared.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource's {@code datastore_table} row, read under a row lock in the caller's transaction:
 * readers take it {@code FOR SHARE} (a reload's swap waits for them, so the columns they read
 * belong to the table they query), writers {@code FOR UPDATE} (one writer per table at a time).
 *
 * @param fields the live table's columns with their dictionary info, null when there is no table
 * @param dictionary column id to {label, notes, type_override}, as edited
 */
record LiveTable(
    String resourceId,
    String status,
    String origin,
    String sha256,
    List<TableField> fields,
    Long rowCount,
    long revision,
    List<String> primaryKey,
    Map<String, Map<String, Object>> dictionary,
    Map<String, Object> loadStats) {

  static final String FILE = "file";
  static final String API = "api";

  /** Rows share-locked for reading or locked for writing. */
  enum Lock {
    SHARE("for share"),
    UPDATE("for update");

    final String sql;

    Lock(String sql) {
      this.sql = sql;
    }
  }

  boolean hasTable() {
    return fields != null;
  }

  boolean fromFile() {
    return FILE.equals(origin);
  }

  static Optional<LiveTable> read(Connection c, String resourceId, Lock lock) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "select status, origin, sha256, fields, row_count, revision, primary_key, dictionary,"
                + " load_stats from datastore_table where resource_id = ? "
                + lock.sql)) {
      st.setString(1, resourceId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Map<String, Map<String, Object>> dictionary = dictionary(rs.getString(8));
        String fieldsJson = rs.getString(4);
        List<TableField> fields = null;
        if (fieldsJson != null) {
          fields = new ArrayList<>();
          for (TableField f : TableField.fromJson(fieldsJson)) {
            Map<String, Object> info = dictionary.get(f.id());
            fields.add(info == null ? f : f.withInfo(info));
          }
        }
        long count = rs.getLong(5);
        Long rowCount = rs.wasNull() ? null : count;
        String sha = rs.getString(3);
        return Optional.of(
            new LiveTable(
                resourceId,
                rs.getString(1),
                rs.getString(2),
                sha == null ? null : sha.trim(),
                fields,
                rowCount,
                rs.getLong(6),
                stringList(rs.getString(7)),
                dictionary,
                object(rs.getString(9))));
      }
    }
  }

  static Map<String, Map<String, Object>> dictionary(String json) {
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

  private static Map<String, Object> object(String json) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (json != null) {
      ((Map<?, ?>) Json.parse(json)).forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    return out;
  }

  private static List<String> stringList(String json) {
    List<String> out = new ArrayList<>();
    if (json != null) {
      for (Object o : (List<?>) Json.parse(json)) {
        out.add((String) o);
      }
    }
    return out;
  }
}
