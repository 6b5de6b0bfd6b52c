package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.domain.SearchRequest;
import id.terbuka.datastore.domain.WriteParams;
import id.terbuka.datastore.persistence.RowWriter;
import id.terbuka.datastore.persistence.TableWrites;
import id.terbuka.identity.domain.Actor;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code datastore_upsert} and {@code datastore_delete}: each one JTA transaction holding the
 * table's {@code datastore_table} row for update, so writes to a table are serialised, readers see
 * before or after, and any refused record undoes all of it. Tables loaded from a file are read-only
 * unless {@code force} is true (CKAN's rule): the next upload of the file replaces them. The
 * statements run in {@link TableWrites}.
 */
@ApplicationScoped
@Transactional
public class DataStoreWrites {
  @Inject ResourceService resources;
  @Inject TableWrites tables;
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
    List<Object> records = WriteParams.records(params.get("records"), errors);
    boolean force = WriteParams.flag(params, "force", errors);
    RowWriter.Method method = method(params.get("method"), errors);
    errors.throwIfAny();
    resources.writable(actor, resourceId);
    RowWriter.Outcome outcome = tables.upsert(resourceId, records, force, method);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("resource_id", resourceId);
    result.put("method", method.name().toLowerCase(Locale.ROOT));
    result.put("inserted", outcome.inserted());
    result.put("updated", outcome.updated());
    return result;
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
    boolean force = WriteParams.flag(params, "force", errors);
    // Without filters the table goes; with filters (even {}) only matching rows, as in CKAN.
    Map<String, Object> filters =
        params.get("filters") == null ? null : SearchRequest.filters(params.get("filters"), errors);
    errors.throwIfAny();
    Resource resource = resources.writable(actor, resourceId);
    Long deleted = tables.delete(resourceId, force, filters);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("resource_id", resourceId);
    if (deleted == null) {
      outbox.datasetChanged(resource.dataset().id());
      return result;
    }
    result.put("filters", filters);
    result.put("deleted", deleted);
    return result;
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
