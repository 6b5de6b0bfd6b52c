package id.terbuka.datastore;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code datastore_create}, {@code datastore_upsert} and {@code datastore_delete}: each one JTA
 * transaction holding the table's {@code datastore_table} row for update, so writes to a table are
 * serialised, readers see before or after, and any refused record or field undoes all of it. Tables
 * loaded from a file are read-only unless {@code force} is true (CKAN's rule): the next upload of
 * the file replaces them.
 */
/** What the DataStore's write actions share: row locks, the read-only rule, parameter parsing. */
final class WriteSupport {
  private WriteSupport() {}

  static LiveTable lockTable(Connection c, String resourceId) throws SQLException {
    return LiveTable.read(c, resourceId, LiveTable.Lock.UPDATE)
        .filter(LiveTable::hasTable)
        .orElseThrow(
            () ->
                new ObjectNotFoundException(
                    "Resource \"" + resourceId + "\" has no DataStore table."));
  }

  static void requireWritable(LiveTable table, boolean force) {
    if (table.fromFile() && !force) {
      throw InvalidInputException.of("force", readOnlyMessage());
    }
  }

  static String readOnlyMessage() {
    return "This table was loaded from the resource's file and is read-only: upload a new file,"
        + " or pass force=true (the next upload of the file replaces the change)";
  }

  static void rowsChanged(Connection c, String resourceId, long delta) throws SQLException {
    updateRow(
        c,
        resourceId,
        "row_count = coalesce(row_count, 0) + " + delta + ", revision = revision + 1",
        null);
  }

  /** {@code update datastore_table set <set>}; {@code value} binds the one {@code ?} if any. */
  static void updateRow(Connection c, String resourceId, String set, String value)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "update datastore_table set " + set + ", updated = ? where resource_id = ?")) {
      int i = 1;
      if (value != null) {
        st.setString(i++, value);
      }
      st.setObject(i++, Timestamps.now());
      st.setString(i, resourceId);
      st.executeUpdate();
    }
  }

  static List<Object> records(Object raw, FieldErrors errors) {
    if (raw == null) {
      return List.of();
    }
    try {
      return Values.list(raw);
    } catch (Json.MalformedJsonException e) {
      errors.add("records", "Invalid JSON list");
      return List.of();
    }
  }

  static List<String> names(Object raw, String key, FieldErrors errors) {
    List<String> out = new ArrayList<>();
    Object value = SearchRequest.single(raw);
    if (value == null) {
      return out;
    }
    List<Object> items =
        value instanceof String s && !s.strip().startsWith("[")
            ? List.of((Object[]) s.split(","))
            : Values.list(value);
    for (Object o : items) {
      if (!(o instanceof String s) || s.isBlank()) {
        errors.add(key, "Must be a list of field ids");
        return out;
      }
      out.add(s.strip());
    }
    return out;
  }

  static boolean flag(Map<String, Object> params, String key, FieldErrors errors) {
    try {
      return Values.bool(SearchRequest.single(params.get(key)), false);
    } catch (IllegalArgumentException e) {
      errors.add(key, "Value must be one of: True, False");
      return false;
    }
  }
}
