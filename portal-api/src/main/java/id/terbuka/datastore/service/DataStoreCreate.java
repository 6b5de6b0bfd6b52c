package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.datastore.domain.FieldDefinitions;
import id.terbuka.datastore.domain.LoadQueued;
import id.terbuka.datastore.domain.WriteParams;
import id.terbuka.datastore.persistence.TableWrites;
import id.terbuka.identity.domain.Actor;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datastore_create}: creates an API table (columns, primary key, first records) or extends
 * one; on a table loaded from a file, edits only its data dictionary, a changed {@code
 * type_override} queuing a reload. One JTA transaction: the permission check and the new resource
 * here, the table's statements in {@link TableWrites} (holding its {@code datastore_table} row for
 * update), the search index queued and the reload announced here.
 */
@ApplicationScoped
@Transactional
public class DataStoreCreate {
  @Inject ResourceService resources;
  @Inject TableWrites tables;
  @Inject IndexQueue outbox;
  @Inject Event<LoadQueued> loadQueued;

  /** {@code datastore_create}. */
  public Map<String, Object> create(Actor actor, Map<String, Object> params) {
    FieldErrors errors = new FieldErrors();
    List<FieldDefinitions.Definition> fields = FieldDefinitions.parse(params.get("fields"), errors);
    List<String> primaryKey = WriteParams.names(params.get("primary_key"), "primary_key", errors);
    List<Object> records = WriteParams.records(params.get("records"), errors);
    boolean force = WriteParams.flag(params, "force", errors);
    errors.throwIfAny();
    String resourceId = resourceId(actor, params);
    Resource resource = resources.writable(actor, resourceId);
    TableWrites.Created created = tables.create(resource.id(), fields, primaryKey, records, force);
    if (created.reload()) {
      loadQueued.fire(new LoadQueued(resource.id()));
    }
    outbox.datasetChanged(resource.dataset().id());
    return created.result();
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
    String dataset = Values.text(dict.get("package_id"));
    if (dataset != null) {
      resources.requireDataStoreWritable(actor, dataset);
    }
    dict.put("url_type", "datastore");
    dict.putIfAbsent("format", "CSV");
    return (String) resources.create(actor, dict, null).get("id");
  }
}
