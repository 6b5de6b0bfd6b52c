package id.terbuka.datastore;

import static id.terbuka.datastore.WriteSupport.flag;
import static id.terbuka.datastore.WriteSupport.lockTable;
import static id.terbuka.datastore.WriteSupport.records;
import static id.terbuka.datastore.WriteSupport.requireWritable;
import static id.terbuka.datastore.WriteSupport.rowsChanged;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code datastore_create}, {@code datastore_upsert} and {@code datastore_delete}: each one JTA
 * transaction holding the table's {@code datastore_table} row for update, so writes to a table are
 * serialised, readers see before or after, and any refused record or field undoes all of it. Tables
 * loaded from a file are read-only unless {@code force} is true (CKAN's rule): the next upload of
 * the file replaces them.
 */
/**
 * {@code datastore_upsert} and {@code datastore_delete}: each one JTA transaction holding the
 * table's {@code datastore_table} row for update, so writes to a table are serialised, readers see
 * before or after, and any refused record undoes all of it. Tables loaded from a file are read-only
 * unless {@code force} is true (CKAN's rule): the next upload of the file replaces them.
 */
@ApplicationScoped
@Transactional
public class DataStoreWrites {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ResourceService resources;
  @Inject IndexQueue outbox;

  /** {@code datastore_upsert}. */
  public Map<String, Object> upsert(Actor actor, Map<String, Object> params) {
    FieldErrors errors = new FieldErrors();
    String resourceId = Values.text(params.get("resource_id"));
    if (resourceId == null) {
      errors.add("resource_id", "Missing value");
    }
    if (params.get("records") == null) {
      errors.add("records", "Missing value");
    }
    List<Object> records = records(params.get("records"), errors);
    boolean force = flag(params, "force", errors);
    RowWriter.Method method = method(params.get("method"), errors);
    errors.throwIfAny();
    resources.writable(actor, resourceId);
    try (Connection c = dataSource.getConnection()) {
      LiveTable table = lockTable(c, resourceId);
      requireWritable(table, force);
      List<String> key = method == RowWriter.Method.INSERT ? List.of() : key(table, records);
      RowWriter.check(records, table.fields(), key, errors);
      errors.throwIfAny();
      RowWriter.Outcome outcome =
          new RowWriter(c, resourceId, table.fields()).write(records, method, key);
      rowsChanged(c, resourceId, outcome.inserted());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("resource_id", resourceId);
      result.put("method", method.name().toLowerCase(Locale.ROOT));
      result.put("inserted", outcome.inserted());
      result.put("updated", outcome.updated());
      return result;
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_upsert failed");
    }
  }

  /** {@code datastore_delete}: matching rows with {@code filters}, else the whole table. */
  public Map<String, Object> delete(Actor actor, Map<String, Object> params) {
    FieldErrors errors = new FieldErrors();
    String resourceId = Values.text(params.get("resource_id"));
    if (resourceId == null) {
      resourceId = Values.text(params.get("id"));
    }
    if (resourceId == null) {
      errors.add("resource_id", "Missing value");
    }
    boolean force = flag(params, "force", errors);
    // Without filters the table goes; with filters (even {}) only matching rows, as in CKAN.
    Map<String, Object> filters =
        params.get("filters") == null ? null : SearchRequest.filters(params.get("filters"), errors);
    errors.throwIfAny();
    Resource resource = resources.writable(actor, resourceId);
    try (Connection c = dataSource.getConnection()) {
      LiveTable table = lockTable(c, resourceId);
      requireWritable(table, force);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("resource_id", resourceId);
      if (filters == null) {
        try (PreparedStatement st =
            c.prepareStatement("delete from datastore_table where resource_id = ?")) {
          st.setString(1, resourceId);
          st.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
          st.execute("drop table if exists " + Sql.table(resourceId));
        }
        outbox.datasetChanged(resource.dataset().id());
        return result;
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
        DataStoreSearch.bind(st, values);
        deleted = st.executeUpdate();
      }
      rowsChanged(c, resourceId, -deleted);
      result.put("filters", filters);
      result.put("deleted", deleted);
      return result;
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_delete failed");
    }
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

  private static RowWriter.Method method(Object raw, FieldErrors errors) {
    String value = Values.text(raw);
    if (value == null) {
      return RowWriter.Method.UPSERT;
    }
    try {
      return RowWriter.Method.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("method", "Value must be one of: insert, update, upsert");
      return RowWriter.Method.UPSERT;
    }
  }
}
