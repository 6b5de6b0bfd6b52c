package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.ObjectReference;
import id.terbuka.catalog.domain.PendingDataset;
import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceRemoved;
import id.terbuka.catalog.domain.ResourceRules;
import id.terbuka.catalog.domain.ResourceUploads;
import id.terbuka.catalog.domain.StagedFile;
import id.terbuka.catalog.domain.TableAccess;
import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.ResourceRepository;
import id.terbuka.catalog.persistence.ResourceVersions;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
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
import java.util.Optional;
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
  @Inject ReviewGate review;

  /**
   * {@code resource_show}: the approved resource, or for the dataset's editors the resource as a
   * change waiting for review has it (a resource proposed but not published yet included).
   */
  public Map<String, Object> show(Actor actor, String id) {
    Optional<Resource> live = repo.resource(id).filter(x -> !"deleted".equals(x.state));
    Dataset d = datasetShowing(actor, id, live);
    Map<String, Object> view = review.viewFor(actor, d, datasets.dicts().dataset(d));
    if (view.containsKey("review_id")) {
      if (!PendingDataset.hasResource(view, id)) {
        throw notFound(); // removed by the waiting change
      }
      return PendingDataset.resource(view, id);
    }
    return dict(live.orElseThrow(ResourceService::notFound));
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

  /**
   * The DataStore table this actor reads for the resource: for the dataset's editors and the
   * walidata, the table of its file waiting for review if there is one (a resource proposed but not
   * published yet included), and none for a resource that change removes; otherwise the live table,
   * if the resource is readable.
   */
  public TableAccess tableFor(Actor actor, String id) {
    Optional<Resource> live = repo.resource(id).filter(x -> !"deleted".equals(x.state));
    Dataset d = datasetShowing(actor, id, live);
    if (review.readsWaitingFile(actor, d, id)) {
      return new TableAccess(id, true, true);
    }
    if (review.hidesResource(actor, d, id)) {
      throw notFound(); // removed by the waiting change, as resource_show has it
    }
    return new TableAccess(live.orElseThrow(ResourceService::notFound).id, false, d.isPrivate());
  }

  /** The dataset of a readable resource, or of one its editors have proposed. */
  private Dataset datasetShowing(Actor actor, String id, Optional<Resource> live) {
    if (live.isPresent()) {
      return datasets.readable(actor, live.get().dataset.id);
    }
    String datasetId =
        review.proposingResource(id).map(i -> i.datasetId).orElseThrow(ResourceService::notFound);
    Dataset d = datasetRepo.dataset(datasetId).orElseThrow(ResourceService::notFound);
    if (!DatasetAccess.canEdit(actor, d.ownerOrgId())) {
      throw notFound(); // a proposal is its editors' alone
    }
    return d;
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
    refuseHeldDataStoreWrites(actor, r.dataset);
    return r;
  }

  /**
   * {@code datastore_create} with a new resource: refused up front for a dataset whose changes are
   * held for review, so the caller hears why rather than about a resource not yet published.
   */
  public void requireDataStoreWritable(Actor actor, String datasetRef) {
    datasetRepo
        .dataset(datasetRef)
        .filter(d -> DatasetAccess.canEdit(actor, d.ownerOrgId()))
        .ifPresent(d -> refuseHeldDataStoreWrites(actor, d));
  }

  private void refuseHeldDataStoreWrites(Actor actor, Dataset d) {
    if (review.holds(actor, d)) {
      // Rows written straight into a published table would reach the public unreviewed; a file
      // goes through the review like any change (ADR 0016).
      throw new AccessDeniedException(
          "The organization requires the walidata's review: DataStore writes to a published"
              + " dataset are refused; upload the table as the resource's file instead"
              + " (resource_update with upload), which waits for review");
    }
  }

  /** {@code resource_create}, with a URL or an uploaded file. */
  public Map<String, Object> create(Actor actor, Map<String, Object> dict, Upload upload) {
    String datasetRef = ObjectReference.required(dict, "package_id");
    Dataset d = datasetRepo.datasetForUpdate(datasetRef).orElseThrow(DatasetService::notFound);
    datasets.requireEditor(actor, d);
    if (review.holds(actor, d)) {
      return proposeNew(actor, d, dict, upload);
    }
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
    Optional<Dataset> held = heldDataset(actor, dict);
    if (held.isPresent()) {
      return proposeChange(actor, held.get(), dict, upload, true);
    }
    Resource r = editable(actor, dict);
    FieldErrors errors = new FieldErrors();
    ResourceRules.apply(dict, r, true, errors);
    return finish(actor, r, upload, errors);
  }

  /** {@code resource_patch}: only the given keys change. */
  public Map<String, Object> patch(Actor actor, Map<String, Object> dict, Upload upload) {
    Optional<Dataset> held = heldDataset(actor, dict);
    if (held.isPresent()) {
      return proposeChange(actor, held.get(), dict, upload, false);
    }
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
    Optional<Dataset> held = heldDataset(actor, ref);
    if (held.isPresent()) {
      Map<String, StagedFile> staged = review.staged(held.get());
      staged.remove(id);
      datasets.propose(actor, held.get(), v -> PendingDataset.withoutResource(v, id), staged);
      return;
    }
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

  /**
   * The dataset whose change this resource request joins when it is held for review (ADR 0016): the
   * resource's published dataset, or for a resource proposed but not published yet, the dataset of
   * the change proposing it; empty when the request goes through directly.
   */
  private Optional<Dataset> heldDataset(Actor actor, Map<String, Object> dict) {
    String id = ObjectReference.required(dict, "id");
    Optional<Resource> live = repo.resource(id);
    Dataset d;
    if (live.isPresent()) {
      d = live.get().dataset;
    } else {
      Optional<String> datasetId = review.proposingResource(id).map(i -> i.datasetId);
      if (datasetId.isEmpty()) {
        return Optional.empty(); // not found, as editable() says
      }
      d = datasetRepo.dataset(datasetId.get()).orElseThrow(ResourceService::notFound);
    }
    datasetRepo.datasetForUpdate(d.id);
    datasets.requireEditor(actor, d);
    if (!review.holds(actor, d)) {
      return Optional.empty();
    }
    live.ifPresent(ResourceRules::requireNotGenerated);
    return Optional.of(d);
  }

  /** {@code resource_create} on a held dataset: the resource joins the waiting change. */
  private Map<String, Object> proposeNew(
      Actor actor, Dataset d, Map<String, Object> dict, Upload upload) {
    String id = UUID.randomUUID().toString();
    Map<String, Object> resource = new LinkedHashMap<>(dict);
    resource.remove("package_id");
    resource.put("id", id);
    Map<String, StagedFile> staged = review.staged(d);
    stage(resource, upload, id, staged);
    Map<String, Object> view =
        datasets.propose(actor, d, v -> PendingDataset.withNewResource(v, resource), staged);
    return PendingDataset.resource(view, id);
  }

  /** {@code resource_update}/{@code resource_patch} on a held dataset. */
  private Map<String, Object> proposeChange(
      Actor actor, Dataset d, Map<String, Object> dict, Upload upload, boolean replace) {
    String id = ObjectReference.required(dict, "id");
    Map<String, Object> current = review.proposalOrLive(d, datasets.dicts().dataset(d));
    if (!PendingDataset.hasResource(current, id)) {
      throw notFound(); // removed by the waiting change
    }
    Map<String, Object> resource = new LinkedHashMap<>(dict);
    resource.remove("package_id");
    Map<String, StagedFile> staged = review.staged(d);
    stage(resource, upload, id, staged);
    Map<String, Object> view =
        datasets.propose(
            actor, d, v -> PendingDataset.withResourceChanged(v, id, resource, replace), staged);
    return PendingDataset.resource(view, id);
  }

  /** Stages the upload, if any, for the resource (its file once the change is approved). */
  private void stage(
      Map<String, Object> resource, Upload upload, String id, Map<String, StagedFile> staged) {
    if (upload == null) {
      return;
    }
    FieldErrors errors = new FieldErrors();
    StagedFile file = attacher.stage(upload, config.maxUploadBytes(), errors);
    errors.throwIfAny();
    staged.put(id, file);
    // The file makes the link once approved; until then the resource has none of its own.
    resource.remove("url");
    resource.remove("url_type");
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
