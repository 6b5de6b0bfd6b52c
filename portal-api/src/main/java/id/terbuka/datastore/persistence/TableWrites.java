package id.terbuka.datastore.persistence;

import static id.terbuka.datastore.persistence.WriteSupport.lockTable;
import static id.terbuka.datastore.persistence.WriteSupport.rowsChanged;
import static id.terbuka.datastore.persistence.WriteSupport.updateRow;

import id.terbuka.datastore.domain.FieldDefinitions;
import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.WriteParams;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The statements of {@code datastore_create}, {@code datastore_upsert} and {@code
 * datastore_delete}, each run in the caller's JTA transaction holding the table's {@code
 * datastore_table} row for update, so writes to a table are serialised, readers see before or
 * after, and any refused record or field undoes all of it. The records and fields are checked
 * against the locked table here; who may write was checked by the caller.
 */
@ApplicationScoped
public class TableWrites {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * The answer of a {@code datastore_create}.
   *
   * @param reload whether a changed {@code type_override} queued a reload of the file
   */
  public record Created(Map<String, Object> result, boolean reload) {}

  /**
   * {@code datastore_create} on the resource's table, in the caller's transaction: creates or
   * extends an API table; on a table loaded from a file, edits only its data dictionary.
   */
  public Created create(
      String resourceId,
      List<FieldDefinitions.Definition> fields,
      List<String> primaryKey,
      List<Object> records,
      boolean force) {
    try (Connection c = dataSource.getConnection()) {
      LiveTable table = lockOrCreateRow(c, resourceId);
      return table.hasTable() && table.fromFile()
          ? describeLoadedTable(c, table, fields, primaryKey, records, force)
          : createOrExtend(c, table, fields, primaryKey, records);
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_create failed");
    }
  }

  /** {@code datastore_upsert} into the resource's table, in the caller's transaction. */
  public RowWriter.Outcome upsert(
      String resourceId, List<Object> records, boolean force, RowWriter.Method method) {
    FieldErrors errors = new FieldErrors();
    try (Connection c = dataSource.getConnection()) {
      LiveTable table = lockTable(c, resourceId);
      WriteParams.requireWritable(table, force);
      List<String> key = method == RowWriter.Method.INSERT ? List.of() : key(table, records);
      RowWriter.check(records, table.fields(), key, errors);
      errors.throwIfAny();
      RowWriter.Outcome outcome =
          new RowWriter(c, resourceId, table.fields()).write(records, method, key);
      rowsChanged(c, resourceId, outcome.inserted());
      return outcome;
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_upsert failed");
    }
  }

  /**
   * {@code datastore_delete}, in the caller's transaction: the rows matching {@code filters}, or
   * the whole table (and its {@code datastore_table} row) when {@code filters} is null.
   *
   * @return the rows deleted; null when the table went
   */
  public Long delete(String resourceId, boolean force, Map<String, Object> filters) {
    FieldErrors errors = new FieldErrors();
    try (Connection c = dataSource.getConnection()) {
      LiveTable table = lockTable(c, resourceId);
      WriteParams.requireWritable(table, force);
      if (filters == null) {
        try (PreparedStatement st =
            c.prepareStatement("delete from datastore_table where resource_id = ?")) {
          st.setString(1, resourceId);
          st.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
          st.execute("drop table if exists " + Sql.table(resourceId));
        }
        return null;
      }
      List<String> values = new ArrayList<>();
      List<String> conditions =
          SearchQuery.filterConditions(
              SearchQuery.columnsById(table.fields()), filters, values, errors);
      errors.throwIfAny();
      String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
      long deleted;
      try (PreparedStatement st =
          c.prepareStatement("delete from " + Sql.table(resourceId) + where)) {
        TableSearches.bind(st, values);
        deleted = st.executeUpdate();
      }
      rowsChanged(c, resourceId, -deleted);
      return deleted;
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_delete failed");
    }
  }

  /**
   * A table loaded from a file: its columns are the file's, so {@code fields} may only describe
   * them (dictionary) and override their types, which reloads the file with those types.
   */
  private static Created describeLoadedTable(
      Connection c,
      LiveTable table,
      List<FieldDefinitions.Definition> fields,
      List<String> primaryKey,
      List<Object> records,
      boolean force)
      throws SQLException {
    refuseChangesToLoadedTable(table, fields, primaryKey, records, force);
    Map<String, Map<String, Object>> dictionary = new LinkedHashMap<>(table.dictionary());
    fields.forEach(d -> dictionary.put(d.id(), d.info()));
    boolean reload =
        !LoadJobs.overrides(Json.write(dictionary))
            .equals(LoadJobs.overrides(Json.write(table.dictionary())));
    updateRow(
        c,
        table.resourceId(),
        "dictionary = ?" + (reload ? ", status = 'pending', rows_loaded = 0, error = null" : ""),
        Json.write(dictionary));
    if (!records.isEmpty()) {
      FieldErrors errors = new FieldErrors();
      RowWriter.check(records, table.fields(), List.of(), errors);
      errors.throwIfAny();
      RowWriter.Outcome outcome =
          new RowWriter(c, table.resourceId(), table.fields())
              .write(records, RowWriter.Method.INSERT, List.of());
      rowsChanged(c, table.resourceId(), outcome.inserted());
    }
    Map<String, Object> result = createResult(table.resourceId(), table.fields(), dictionary, null);
    result.put("datastore_status", reload ? "pending" : table.status());
    return new Created(result, reload);
  }

  /**
   * What a call may not do to a table loaded from a file: name columns it does not have, change a
   * type other than by {@code info.type_override}, set a primary key, write records without {@code
   * force}. Throws with every such problem.
   */
  private static void refuseChangesToLoadedTable(
      LiveTable table,
      List<FieldDefinitions.Definition> fields,
      List<String> primaryKey,
      List<Object> records,
      boolean force) {
    FieldErrors errors = new FieldErrors();
    Map<String, TableField> existing = new LinkedHashMap<>();
    table.fields().forEach(f -> existing.put(f.id(), f));
    for (FieldDefinitions.Definition d : fields) {
      TableField f = existing.get(d.id());
      if (f == null) {
        errors.add(
            "fields",
            "field \"" + d.id() + "\" not in table; a table loaded from a file has its columns");
      } else if (d.type() != null && !d.type().equals(f.type())) {
        errors.add(
            "fields",
            "field \""
                + d.id()
                + "\": the type of a column loaded from a file is changed with"
                + " info.type_override, which reloads the file");
      }
    }
    if (!primaryKey.isEmpty()) {
      errors.add("primary_key", "A table loaded from a file has no primary key but _id");
    }
    if (!records.isEmpty() && !force) {
      errors.add("records", WriteParams.readOnlyMessage());
    }
    errors.throwIfAny();
  }

  /** An API table: created on first call; later calls add columns and edit the dictionary. */
  private static Created createOrExtend(
      Connection c,
      LiveTable table,
      List<FieldDefinitions.Definition> definitions,
      List<String> primaryKey,
      List<Object> records)
      throws SQLException {
    Columns columns = Columns.of(table, definitions, primaryKey);
    changeTable(c, table, columns);
    Map<String, Map<String, Object>> dictionary = new LinkedHashMap<>(table.dictionary());
    definitions.forEach(d -> dictionary.put(d.id(), d.info()));
    saveDefinition(c, table.resourceId(), columns, dictionary);
    if (!records.isEmpty()) {
      FieldErrors errors = new FieldErrors();
      RowWriter.check(records, columns.fields(), List.of(), errors);
      errors.throwIfAny();
      List<String> key = columns.key();
      RowWriter.Method method = key.isEmpty() ? RowWriter.Method.INSERT : RowWriter.Method.UPSERT;
      RowWriter.Outcome outcome =
          new RowWriter(c, table.resourceId(), columns.fields()).write(records, method, key);
      rowsChanged(c, table.resourceId(), outcome.inserted());
    }
    return new Created(
        createResult(table.resourceId(), columns.fields(), dictionary, columns.key()), false);
  }

  /**
   * An API table's columns after a {@code datastore_create}: the existing ones, then the new ones.
   *
   * @param added the columns this call adds
   * @param key the primary key now in force
   * @param keyChanged whether the call sets a new primary key
   */
  private record Columns(
      List<TableField> fields, List<TableField> added, List<String> key, boolean keyChanged) {

    /** Checks the call's fields and key against the table; throws with every problem found. */
    static Columns of(
        LiveTable table, List<FieldDefinitions.Definition> definitions, List<String> primaryKey) {
      FieldErrors errors = new FieldErrors();
      List<TableField> fields =
          table.hasTable() ? new ArrayList<>(table.fields()) : new ArrayList<>();
      Map<String, TableField> byId = new LinkedHashMap<>();
      fields.forEach(f -> byId.put(f.id(), f));
      List<TableField> added = new ArrayList<>();
      for (FieldDefinitions.Definition d : definitions) {
        TableField f = byId.get(d.id());
        if (f == null) {
          TableField n = new TableField(d.id(), d.type() == null ? "text" : d.type());
          added.add(n);
          fields.add(n);
        } else if (d.type() != null && !d.type().equals(f.type())) {
          errors.add(
              "fields",
              "field \"" + d.id() + "\" is " + f.type() + "; a column's type cannot be changed");
        }
      }
      if (fields.isEmpty()) {
        errors.add("fields", "Give at least one field to create a table");
      }
      if (fields.size() > 1_599) {
        errors.add("fields", "A table has at most 1,599 columns (PostgreSQL's limit, less _id)");
      }
      Map<String, TableField> all = new LinkedHashMap<>();
      fields.forEach(f -> all.put(f.id(), f));
      for (String k : primaryKey) {
        if (!all.containsKey(k)) {
          errors.add("primary_key", "field \"" + k + "\" not in fields");
        }
      }
      boolean keyChanged = !primaryKey.isEmpty() && !primaryKey.equals(table.primaryKey());
      errors.throwIfAny();
      return new Columns(fields, added, keyChanged ? primaryKey : table.primaryKey(), keyChanged);
    }
  }

  /** Creates the table or adds its new columns, its key index and its stored search vector. */
  private static void changeTable(Connection c, LiveTable table, Columns columns)
      throws SQLException {
    String rid = table.resourceId();
    String qualified = Sql.table(rid);
    try (Statement st = c.createStatement()) {
      if (!table.hasTable()) {
        StringBuilder ddl = new StringBuilder("create table " + qualified + " (\"_id\" bigint");
        for (TableField f : columns.fields()) {
          ddl.append(", ").append(Sql.quote(f.id())).append(' ').append(Sql.type(f.type()));
        }
        ddl.append(", constraint ")
            .append(Sql.quote(rid + "_pkey"))
            .append(" primary key (\"_id\"))");
        st.execute(ddl.toString());
      } else {
        for (TableField f : columns.added()) {
          st.execute(
              "alter table " + qualified + " add column " + Sql.quote(f.id()) + " " + f.type());
        }
      }
      if (columns.keyChanged()) {
        st.execute("drop index if exists datastore." + Sql.quote(rid + "_key"));
        List<String> quoted = columns.key().stream().map(Sql::quote).toList();
        st.execute(
            "create unique index "
                + Sql.quote(rid + "_key")
                + " on "
                + qualified
                + " ("
                + String.join(", ", quoted)
                + ")");
      }
      if (!table.hasTable() || !columns.added().isEmpty()) {
        // The stored vector names every searchable column: rebuilt when columns change.
        st.execute(FullText.drop(qualified));
        for (String sql : FullText.build(qualified, FullText.indexName(rid), columns.fields())) {
          st.execute(sql);
        }
      }
    }
  }

  /** Records the table's columns, key and dictionary in its {@code datastore_table} row. */
  private static void saveDefinition(
      Connection c, String rid, Columns columns, Map<String, Map<String, Object>> dictionary)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "update datastore_table set status = 'active', origin = 'api', sha256 = null,"
                + " error = null, fields = ?, primary_key = ?, dictionary = ?,"
                + " row_count = coalesce(row_count, 0), revision = revision + 1, updated = ?"
                + " where resource_id = ?")) {
      st.setString(1, TableField.toJson(columns.fields()));
      st.setString(2, columns.key().isEmpty() ? null : Json.write(columns.key()));
      st.setString(3, Json.write(dictionary));
      st.setObject(4, Timestamps.now());
      st.setString(5, rid);
      st.executeUpdate();
    }
  }

  private static Map<String, Object> createResult(
      String rid,
      List<TableField> fields,
      Map<String, Map<String, Object>> dictionary,
      List<String> key) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("resource_id", rid);
    List<Map<String, Object>> out = new ArrayList<>();
    for (TableField f : fields) {
      Map<String, Object> info = dictionary.get(f.id());
      out.add(info == null ? f.dict() : f.withInfo(info).dict());
    }
    result.put("fields", out);
    if (key != null && !key.isEmpty()) {
      result.put("primary_key", key);
    }
    return result;
  }

  /** The row of the resource, locked; inserted first (status active, no table) if missing. */
  private static LiveTable lockOrCreateRow(Connection c, String resourceId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "insert into datastore_table (resource_id, status, origin, rows_loaded, updated)"
                + " values (?, 'active', 'api', 0, ?) on conflict (resource_id) do nothing")) {
      st.setString(1, resourceId);
      st.setObject(2, Timestamps.now());
      st.executeUpdate();
    }
    LiveTable table = LiveTables.read(c, resourceId, LiveTables.Lock.UPDATE).orElseThrow();
    if (!table.hasTable()
        && ("loading".equals(table.status()) || "pending".equals(table.status()))) {
      throw InvalidInputException.of(
          "resource_id", "The resource's file is being loaded; try again when it is active");
    }
    return table;
  }

  /** The key that identifies records for update/upsert: {@code _id} if given, else primary_key. */
  private static List<String> key(LiveTable table, List<Object> records) {
    boolean allHaveId =
        !records.isEmpty()
            && records.stream().allMatch(r -> r instanceof Map<?, ?> m && m.get("_id") != null);
    if (allHaveId) {
      return List.of("_id");
    }
    if (!table.primaryKey().isEmpty()) {
      return table.primaryKey();
    }
    throw InvalidInputException.of(
        "method",
        "update and upsert need a key: give _id in every record, or set primary_key with"
            + " datastore_create");
  }
}
