package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.ObjectReference;
import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceRemoved;
import id.terbuka.catalog.domain.ResourceRules;
import id.terbuka.catalog.domain.ResourceUploads;
import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.ResourceRepository;
import id.terbuka.catalog.persistence.ResourceVersions;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Resource use cases. A resource change touches only its row and the dataset's modification data
 * (not a re-save of the whole dataset), but still counts as a dataset change for activity and
 * search.
 */
@ApplicationScoped
@Transactional
public class ResourceService {
  @Inject ResourceRepository repo;
  @Inject DatasetRepository datasetRepo;
  @Inject DatasetService datasets;
  @Inject ResourceFileAttacher attacher;
  @Inject TerbukaConfig config;
  @Inject ResourceVersions versions;
  @Inject Event<ResourceRemoved> removed;

  /** {@code resource_show}. */
  public Map<String, Object> show(Actor actor, String id) {
    Resource r = readable(actor, id);
    return dict(r);
  }

  /**
   * The resource dict with its file history ({@code versions}, oldest first, the current file
   * last). Only the single-resource actions carry it: package_show would pay a query per resource
   * for something harvesters do not read.
   */
  private Map<String, Object> dict(Resource r) {
    Map<String, Object> m = datasets.dicts().resource(r);
    CatalogDicts dicts = datasets.dicts();
    m.put("versions", versions.list(r.id).stream().map(v -> dicts.resourceVersion(r, v)).toList());
    return m;
  }

  /** The resource if it exists, is not deleted and its dataset is readable by the actor. */
  public Resource readable(Actor actor, String id) {
    Resource r =
        repo.resource(id)
            .filter(x -> !"deleted".equals(x.state))
            .orElseThrow(ResourceService::notFound);
    datasets.readable(actor, r.dataset.id);
    return r;
  }

  /**
   * The resource if the actor may edit its dataset (DataStore writes): not found and not readable
   * read as for {@link #readable}, readable but not editable is an authorisation error.
   */
  public Resource writable(Actor actor, String id) {
    Resource r = readable(actor, id);
    datasets.requireEditor(actor, r.dataset);
    return r;
  }

  /** {@code resource_create}, with a URL or an uploaded file. */
  public Map<String, Object> create(Actor actor, Map<String, Object> dict, Upload upload) {
    String datasetRef = ObjectReference.required(dict, "package_id");
    Dataset d = datasetRepo.datasetForUpdate(datasetRef).orElseThrow(DatasetService::notFound);
    datasets.requireEditor(actor, d);
    Resource r = new Resource(UUID.randomUUID().toString(), d, Timestamps.now());
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(dict, r, false, errors);
    r.position = d.resources.size();
    d.resources.add(r);
    repo.add(r);
    boolean stored = upload != null && attacher.attach(r, upload, config.maxUploadBytes(), errors);
    ResourceRules.checkLink(r, errors);
    errors.throwIfAny();
    datasets.changed(
        actor, d, "changed package", true, changedResource(r, "created", stored, null));
    if (stored) {
      attacher.announce(r);
    }
    return dict(r);
  }

  /** {@code resource_update}: replaces the resource's fields; a new upload replaces the file. */
  public Map<String, Object> update(Actor actor, Map<String, Object> dict, Upload upload) {
    Resource r = editable(actor, dict);
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(dict, r, true, errors);
    return finish(actor, r, upload, errors);
  }

  /** {@code resource_patch}: only the given keys change. */
  public Map<String, Object> patch(Actor actor, Map<String, Object> dict, Upload upload) {
    Resource r = editable(actor, dict);
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(dict, r, false, errors);
    return finish(actor, r, upload, errors);
  }

  /** {@code resource_delete}. */
  public void delete(Actor actor, String id) {
    delete(actor, id, null);
  }

  /** {@code resource_delete} with the reason, kept with the dataset's activity. */
  public void delete(Actor actor, String id, String reason) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("id", id);
    Resource r = editable(actor, ref);
    Dataset d = r.dataset;
    d.resources.remove(r);
    repo.remove(r);
    for (int i = 0; i < d.resources.size(); i++) {
      d.resources.get(i).position = i;
    }
    datasets.changed(
        actor, d, "changed package", true, changedResource(r, "deleted", false, reason));
    removed.fire(new ResourceRemoved(r.id));
  }

  /**
   * What the dataset's activity says of the resource it changed (CKAN's activity names only the
   * dataset): {@code "resource": {"id", "name", "change", "new_file"}}, and the reason if given.
   */
  private static Map<String, Object> changedResource(
      Resource r, String change, boolean newFile, String reason) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("id", r.id);
    resource.put("name", r.name == null ? "" : r.name);
    resource.put("change", change);
    resource.put("new_file", newFile);
    Map<String, Object> cause = new LinkedHashMap<>();
    cause.put("resource", resource);
    cause.putAll(DatasetService.withReason(reason));
    return cause;
  }

  private Resource editable(Actor actor, Map<String, Object> dict) {
    String id = ObjectReference.required(dict, "id");
    Resource r = repo.resource(id).orElseThrow(ResourceService::notFound);
    datasetRepo.datasetForUpdate(r.dataset.id);
    datasets.requireEditor(actor, r.dataset);
    ResourceRules.requireNotGenerated(r);
    return r;
  }

  private Map<String, Object> finish(Actor actor, Resource r, Upload upload, FieldErrors errors) {
    boolean stored = upload != null && attacher.attach(r, upload, config.maxUploadBytes(), errors);
    ResourceRules.checkLink(r, errors);
    errors.throwIfAny();
    r.metadataModified = Timestamps.now();
    datasets.changed(
        actor, r.dataset, "changed package", true, changedResource(r, "updated", stored, null));
    if (stored) {
      attacher.announce(r);
    }
    return dict(r);
  }

  /** The stored file's SHA-256 of an uploaded resource, if it has one. */
  public static String storedSha256(Resource r) {
    return ResourceUploads.storedSha256(r);
  }

  public static ObjectNotFoundException notFound() {
    return new ObjectNotFoundException("Resource was not found.");
  }
}
