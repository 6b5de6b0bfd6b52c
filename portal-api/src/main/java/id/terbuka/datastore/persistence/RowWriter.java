package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.TableField;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes API records into a live table, one prepared statement per shape of record, values bound
 * and cast by PostgreSQL to the column types. The caller holds the table's row lock for update and
 * the transaction: the first refused record rolls every record back.
 */
public final class RowWriter {
  /** How the records meet existing rows (CKAN's {@code method}). */
  public enum Method {
    INSERT,
    UPDATE,
    UPSERT
  }

  /** What a write did, for the response and the stored row count. */
  public record Outcome(long inserted, long updated) {}

  private final Connection c;
  private final String table;
  private final Map<String, TableField> columns = new LinkedHashMap<>();
  private long nextId;

  public RowWriter(Connection c, String resourceId, List<TableField> fields) throws SQLException {
    this.c = c;
    this.table = Sql.table(resourceId);
    fields.forEach(f -> columns.put(f.id(), f));
    try (PreparedStatement st =
            c.prepareStatement("select coalesce(max(\"_id\"), 0) from " + table);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      nextId = rs.getLong(1) + 1;
    }
  }

  /**
   * Checks every record's shape before anything is written: objects, known columns, scalar values,
   * the key present when one is needed.
   */
  public static void check(
      List<Object> records, List<TableField> fields, List<String> key, FieldErrors errors) {
    Map<String, TableField> byId = new LinkedHashMap<>();
    fields.forEach(f -> byId.put(f.id(), f));
    for (int i = 0; i < records.size() && errors.isEmpty(); i++) {
      String at = "records[" + i + "]";
      if (!(records.get(i) instanceof Map<?, ?> record)) {
        errors.add("records", at + ": must be an object of column to value");
        continue;
      }
      for (Map.Entry<?, ?> e : record.entrySet()) {
        String name = String.valueOf(e.getKey());
        if (!name.equals("_id") && !byId.containsKey(name)) {
          errors.add("records", at + ": field \"" + name + "\" not in table");
        } else if (e.getValue() != null && SearchQuery.scalar(e.getValue()) == null) {
          errors.add("records", at + ": field \"" + name + "\" must be text, a number or a bool");
        }
      }
      for (String k : key) {
        if (record.get(k) == null) {
          errors.add("records", at + ": key field \"" + k + "\" is missing");
        }
      }
    }
  }

  public Outcome write(List<Object> records, Method method, List<String> key) throws SQLException {
    long inserted = 0;
    long updated = 0;
    for (int i = 0; i < records.size(); i++) {
      Map<?, ?> record = (Map<?, ?>) records.get(i);
      try {
        switch (method) {
          case INSERT -> inserted += insert(record, false);
          case UPDATE -> {
            if (update(record, key) == 0) {
              throw notFound(i, record, key);
            }
            updated++;
          }
          case UPSERT -> {
            if (update(record, key) > 0) {
              updated++;
            } else {
              inserted += insert(record, true);
            }
          }
        }
      } catch (SQLException e) {
        throw refused(i, e);
      }
    }
    return new Outcome(inserted, updated);
  }

  /** A new row; its {@code _id} is the record's when it has one (upsert by _id), else the next. */
  private int insert(Map<?, ?> record, boolean keepId) throws SQLException {
    List<String> names = new ArrayList<>(List.of("\"_id\""));
    List<String> casts = new ArrayList<>(List.of("cast(? as int8)"));
    List<String> values = new ArrayList<>();
    Object given = record.get("_id");
    if (given != null && keepId) {
      String id = SearchQuery.scalar(given);
      values.add(id);
      nextId = Math.max(nextId, parseId(id) + 1);
    } else {
      values.add(Long.toString(nextId++));
    }
    for (Map.Entry<?, ?> e : record.entrySet()) {
      TableField f = columns.get(String.valueOf(e.getKey()));
      if (f == null) {
        continue;
      }
      names.add(Sql.quote(f.id()));
      casts.add("cast(? as " + SearchQuery.castType(f) + ")");
      values.add(SearchQuery.scalar(e.getValue()));
    }
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", names)
            + ") values ("
            + String.join(", ", casts)
            + ")";
    return execute(sql, values);
  }

  /** Updates the row whose key columns equal the record's; the key columns keep their values. */
  private int update(Map<?, ?> record, List<String> key) throws SQLException {
    List<String> sets = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Map.Entry<?, ?> e : record.entrySet()) {
      String name = String.valueOf(e.getKey());
      TableField f = columns.get(name);
      if (f == null || key.contains(name)) {
        continue;
      }
      sets.add(Sql.quote(f.id()) + " = cast(? as " + SearchQuery.castType(f) + ")");
      values.add(SearchQuery.scalar(e.getValue()));
    }
    List<String> where = new ArrayList<>();
    for (String k : key) {
      TableField f = k.equals("_id") ? TableField.ROW_ID : columns.get(k);
      where.add(Sql.quote(f.id()) + " = cast(? as " + SearchQuery.castType(f) + ")");
      values.add(SearchQuery.scalar(record.get(k)));
    }
    String set = sets.isEmpty() ? "\"_id\" = \"_id\"" : String.join(", ", sets);
    return execute(
        "update " + table + " set " + set + " where " + String.join(" and ", where), values);
  }

  private int execute(String sql, List<String> values) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      TableSearches.bind(st, values);
      return st.executeUpdate();
    }
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("records", "_id must be a whole number: " + id);
    }
  }

  private static InvalidInputException notFound(int i, Map<?, ?> record, List<String> key) {
    Map<String, Object> values = new LinkedHashMap<>();
    key.forEach(k -> values.put(k, record.get(k)));
    return InvalidInputException.of(
        "records", "records[" + i + "]: no row with key " + values + " to update");
  }

  private static RuntimeException refused(int i, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("22") || state.startsWith("23")) {
      return InvalidInputException.of(
          "records", "records[" + i + "]: " + Problems.firstLine(e.getMessage()));
    }
    return new IllegalStateException("DataStore write failed", e);
  }
}
