package id.terbuka.datastore;

import static id.terbuka.datastore.WriteSupport.flag;
import static id.terbuka.datastore.WriteSupport.names;
import static id.terbuka.datastore.WriteSupport.readOnlyMessage;
import static id.terbuka.datastore.WriteSupport.records;
import static id.terbuka.datastore.WriteSupport.rowsChanged;
import static id.terbuka.datastore.WriteSupport.updateRow;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * {@code datastore_create}: creates an API table (columns, primary key, first records) or extends
 * one; on a table loaded from a file, edits only its data dictionary, a changed {@code
 * type_override} queuing a reload. One JTA transaction holding the table's {@code datastore_table}
 * row for update.
 */
@ApplicationScoped
@Transactional
public class DataStoreCreate {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ResourceService resources;
  @Inject IndexQueue outbox;
  @Inject Event<LoadQueued> loadQueued;

  /** {@code datastore_create}. */
  public Map<String, Object> create(Actor actor, Map<String, Object> params) {
    FieldErrors errors = new FieldErrors();
    List<FieldDefinitions.Definition> fields = FieldDefinitions.parse(params.get("fields"), errors);
    List<String> primaryKey = names(params.get("primary_key"), "primary_key", errors);
    List<Object> records = records(params.get("records"), errors);
    boolean force = flag(params, "force", errors);
    errors.throwIfAny();
    String resourceId = resourceId(actor, params);
    Resource resource = resources.writable(actor, resourceId);
    try (Connection c = dataSource.getConnection()) {
      LiveTable table = lockOrCreateRow(c, resource.id());
      Map<String, Object> result =
          table.hasTable() && table.fromFile()
              ? describeLoadedTable(c, table, fields, primaryKey, records, force)
              : createOrExtend(c, table, fields, primaryKey, records);
      outbox.datasetChanged(resource.dataset().id());
      return result;
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_create failed");
    }
  }

  /**
   * The resource to create the table for: {@code resource_id}, or a new one from {@code resource}.
   */
  private String resourceId(Actor actor, Map<String, Object> params) {
    String resourceId = Values.text(params.get("resource_id"));
    Map<String, Object> newResource = Values.map(params.get("resource"));
    if (resourceId != null) {
      return resourceId;
    }
    if (newResource == null) {
      throw InvalidInputException.of("resource_id", "Missing value (or give \"resource\")");
    }
    Map<String, Object> dict = new LinkedHashMap<>(newResource);
    dict.put("url_type", "datastore");
    dict.putIfAbsent("format", "CSV");
    return (String) resources.create(actor, dict, null).get("id");
  }

  /**
   * A table loaded from a file: its columns are the file's, so {@code fields} may only describe
   * them (dictionary) and override their types, which reloads the file with those types.
   */
  private Map<String, Object> describeLoadedTable(
      Connection c,
      LiveTable table,
      List<FieldDefinitions.Definition> fields,
      List<String> primaryKey,
      List<Object> records,
      boolean force)
      throws SQLException {
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
      errors.add("records", readOnlyMessage());
    }
    errors.throwIfAny();
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
      RowWriter.check(records, table.fields(), List.of(), errors);
      errors.throwIfAny();
      RowWriter.Outcome outcome =
          new RowWriter(c, table.resourceId(), table.fields())
              .write(records, RowWriter.Method.INSERT, List.of());
      rowsChanged(c, table.resourceId(), outcome.inserted());
    }
    if (reload) {
      loadQueued.fire(new LoadQueued(table.resourceId()));
    }
    Map<String, Object> result = createResult(table.resourceId(), table.fields(), dictionary, null);
    result.put("datastore_status", reload ? "pending" : table.status());
    return result;
  }

  /** An API table: created on first call; later calls add columns and edit the dictionary. */
  private Map<String, Object> createOrExtend(
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
    return createResult(table.resourceId(), columns.fields(), dictionary, columns.key());
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
  private LiveTable lockOrCreateRow(Connection c, String resourceId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "insert into datastore_table (resource_id, status, origin, rows_loaded, updated)"
                + " values (?, 'active', 'api', 0, ?) on conflict (resource_id) do nothing")) {
      st.setString(1, resourceId);
      st.setObject(2, Timestamps.now());
      st.executeUpdate();
    }
    LiveTable table = LiveTable.read(c, resourceId, LiveTable.Lock.UPDATE).orElseThrow();
    if (!table.hasTable()
        && ("loading".equals(table.status()) || "pending".equals(table.status()))) {
      throw InvalidInputException.of(
          "resource_id", "The resource's file is being loaded; try again when it is active");
    }
    return table;
  }
}
