package id.terbuka.catalog.service;

import id.terbuka.audit.service.ActivityLog;
import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.CatalogGroup;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.DatasetCompletion;
import id.terbuka.catalog.domain.DatasetInput;
import id.terbuka.catalog.domain.DatasetPermissions;
import id.terbuka.catalog.domain.DatasetRules;
import id.terbuka.catalog.domain.DatastoreKeys;
import id.terbuka.catalog.domain.ObjectReference;
import id.terbuka.catalog.domain.PendingDataset;
import id.terbuka.catalog.domain.PublicDataset;
import id.terbuka.catalog.domain.PublicResource;
import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceRemoved;
import id.terbuka.catalog.domain.ResourceRules;
import id.terbuka.catalog.domain.ReviewStatus;
import id.terbuka.catalog.domain.StagedFile;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.GroupRepository;
import id.terbuka.catalog.persistence.ResourceRepository;
import id.terbuka.catalog.persistence.TagRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Dataset use cases: show, create, update, patch, delete, purge, lists. Each change bumps the
 * revision, records an activity and an index outbox row in the same transaction.
 */
@ApplicationScoped
@Transactional
public class DatasetService {
  @Inject DatasetRepository repo;
  @Inject GroupRepository groups;
  @Inject ResourceRepository resources;
  @Inject TagRepository tags;
  @Inject Regions regions;
  @Inject IndexQueue outbox;
  @Inject ActivityLog activities;
  @Inject PublicationEvents publications;
  @Inject TerbukaConfig config;
  @Inject DatastoreKeys datastoreKeys;
  @Inject Event<ResourceRemoved> resourceRemoved;
  @Inject ReviewGate review;
  @Inject ResourceFileAttacher attacher;

  public CatalogDicts dicts() {
    return new CatalogDicts(config.siteUrl(), datastoreKeys);
  }

  /** The values {@code frekuensi} accepts, most frequent first (for forms' choices). */
  public static List<String> frequencies() {
    return DatasetRules.FREQUENCIES;
  }

  /** The Satu Data Indonesia fields of a dataset (for forms' inputs). */
  public static List<String> satuDataFields() {
    return DatasetRules.SATU_DATA_FIELDS;
  }

  /**
   * {@code package_show}: the approved version, or for the dataset's editors the change that waits
   * for review (ADR 0016).
   */
  public Map<String, Object> show(Actor actor, String idOrName) {
    Dataset d = readable(actor, idOrName);
    return review.viewFor(actor, d, dicts().dataset(d));
  }

  /** The dataset if the actor may read it; otherwise not found or access denied. */
  public Dataset readable(Actor actor, String idOrName) {
    Dataset d = repo.dataset(idOrName).orElseThrow(DatasetService::notFound);
    DatasetPermissions.requireReadable(actor, d);
    return d;
  }

  /**
   * Whether the dataset exists and {@code actor} may read it; never throws, so that callers inside
   * another transaction do not have it marked for rollback.
   */
  public boolean canRead(Actor actor, String idOrName) {
    return repo.dataset(idOrName).map(d -> DatasetAccess.canRead(actor, d)).orElse(false);
  }

  /** {@code package_create}. */
  public Map<String, Object> create(Actor actor, Map<String, Object> dict) {
    requireEditorOf(actor, Values.text(dict.get("owner_org")), "add dataset to this organization");
    DatasetInput in = DatasetRules.check(dict, lookups(null));
    Dataset d = new Dataset(UUID.randomUUID().toString(), in.name, Timestamps.now());
    d.creatorUserId = actor.userId().orElse(null);
    apply(d, in);
    d.state = in.state == null ? "active" : in.state;
    repo.add(d);
    syncResources(d, in.resources == null ? List.of() : in.resources);
    if (review.mustWait(actor, d.organization)) {
      repo.flush(); // the review item refers to the dataset's row
      review.submitDraft(actor, d);
    } else {
      review.publishedDirectly(d);
    }
    return changed(actor, d, "new package", false);
  }

  /** {@code package_update}: replaces the dataset; resources are kept only when not sent. */
  public Map<String, Object> update(Actor actor, Map<String, Object> dict) {
    String ref = reference(dict);
    Dataset d = repo.datasetForUpdate(ref).orElseThrow(DatasetService::notFound);
    requireEditor(actor, d);
    String newOrg = Values.text(dict.get("owner_org"));
    if (DatasetPermissions.movesOrganization(d, newOrg)) {
      requireEditorOf(actor, newOrg, "move dataset to this organization");
    }
    // Not a dataset field: why the change was made (say, why it is made private), for the log.
    Map<String, Object> cause = withReason(Values.text(dict.get("reason")));
    if (review.holds(actor, d)) {
      return propose(actor, d, view -> PendingDataset.updated(view, dict), review.staged(d));
    }
    boolean waits = review.mustWait(actor, d.organization) && !"deleted".equals(d.state);
    Map<String, Object> result = applyChange(actor, d, dict, Map.of(), cause, waits);
    return waits ? review.viewFor(actor, d, result) : result;
  }

  /**
   * Writes a checked change onto the dataset (its fields, its resources, staged files) and records
   * it. A producer's change to an unpublished dataset in a reviewed organisation keeps it a draft
   * that waits again ({@code submitDraft}).
   */
  private Map<String, Object> applyChange(
      Actor actor,
      Dataset d,
      Map<String, Object> dict,
      Map<String, StagedFile> staged,
      Map<String, Object> cause,
      boolean submitDraft) {
    DatasetInput in = DatasetRules.check(dict, lookups(d.id));
    apply(d, in);
    if (in.state != null) {
      d.state = in.state;
    }
    if (in.resources != null) {
      syncResources(d, in.resources);
    }
    List<Resource> withNewFile = new ArrayList<>();
    if (!staged.isEmpty()) {
      repo.flush(); // a file version refers to its resource's row
      for (Resource r : d.resources) {
        StagedFile file = staged.get(r.id);
        if (file != null) {
          attacher.attachStaged(r, file);
          withNewFile.add(r);
        }
      }
    }
    if (submitDraft) {
      review.submitDraft(actor, d);
    } else {
      review.publishedDirectly(d);
    }
    Map<String, Object> result = changed(actor, d, "changed package", true, cause);
    withNewFile.forEach(attacher::announce);
    return result;
  }

  /**
   * Holds a producer's change to a published dataset for review: {@code change} turns what the
   * producer sees (the waiting proposal, else the live dataset) into the next proposal, which is
   * checked like the change itself (so a mistake is reported now, not at approval) and kept with
   * its staged files. The live dataset is not touched.
   */
  public Map<String, Object> propose(
      Actor actor,
      Dataset d,
      UnaryOperator<Map<String, Object>> change,
      Map<String, StagedFile> staged) {
    Map<String, Object> live = dicts().dataset(d);
    Map<String, Object> next = change.apply(review.proposalOrLive(d, live));
    next.put("id", d.id);
    String newOrg = Values.text(next.get("owner_org"));
    if (DatasetPermissions.movesOrganization(d, newOrg)) {
      requireEditorOf(actor, newOrg, "move dataset to this organization");
    }
    checkProposal(d, next);
    return review.propose(actor, d, live, next, staged);
  }

  /** Every problem a proposal would meet when applied: the dataset's and each resource's. */
  private void checkProposal(Dataset d, Map<String, Object> proposal) {
    DatasetInput in = DatasetRules.check(proposal, lookups(d.id));
    id.terbuka.shared.FieldErrors errors = new id.terbuka.shared.FieldErrors();
    for (Map<String, Object> dict :
        in.resources == null ? List.<Map<String, Object>>of() : in.resources) {
      // A detached probe: the rules write onto it, nothing is stored.
      Resource probe = new Resource("probe", d, Timestamps.now());
      ResourceRules.apply(dict, probe, false, errors);
      ResourceRules.checkLink(probe, errors);
    }
    errors.throwIfAny();
  }

  /**
   * Applies an approved change (ADR 0016): the proposal goes through {@code package_update}'s own
   * path, its staged files become the resources' next versions, and the activity and the log name
   * the review.
   */
  public Map<String, Object> applyApproved(
      Actor walidata,
      Dataset d,
      Map<String, Object> proposal,
      Map<String, StagedFile> staged,
      Map<String, Object> cause) {
    d.reviewStatus = ReviewStatus.DISETUJUI.code();
    return applyChange(walidata, d, proposal, staged, cause, false);
  }

  /** Publishes an approved new dataset: the draft becomes active. */
  public Map<String, Object> publishApproved(Actor walidata, Dataset d, Map<String, Object> cause) {
    d.state = "active";
    d.reviewStatus = ReviewStatus.DISETUJUI.code();
    return changed(walidata, d, "changed package", true, cause);
  }

  /** {@code package_patch}: the current dataset with the given top-level keys replaced. */
  public Map<String, Object> patch(Actor actor, Map<String, Object> dict) {
    String ref = reference(dict);
    Dataset d = repo.dataset(ref).orElseThrow(DatasetService::notFound);
    requireEditor(actor, d);
    Map<String, Object> live = dicts().dataset(d);
    // A change waiting for review is what the producer patches, not the approved version.
    Map<String, Object> merged =
        new LinkedHashMap<>(review.holds(actor, d) ? review.proposalOrLive(d, live) : live);
    merged.putAll(dict);
    merged.put("id", d.id);
    return update(actor, merged);
  }

  /** {@code package_delete}: a soft delete. */
  public void delete(Actor actor, String idOrName) {
    delete(actor, idOrName, "");
  }

  /**
   * {@code package_delete} with the reason for withdrawing the dataset, kept with its activity and,
   * when the dataset was public, in the publication log's withdrawal entry.
   */
  public void delete(Actor actor, String idOrName, String reason) {
    Dataset d = repo.datasetForUpdate(idOrName).orElseThrow(DatasetService::notFound);
    requireEditor(actor, d);
    d.state = "deleted";
    review.withdrawn(d);
    changed(actor, d, "deleted package", true, withReason(reason));
  }

  /** Most characters a reason may have: a sentence or two, not a document. */
  static final int MAX_REASON = 1000;

  static Map<String, Object> withReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return Map.of();
    }
    if (reason.strip().length() > MAX_REASON) {
      throw InvalidInputException.of("reason", "Must be at most " + MAX_REASON + " characters");
    }
    return Map.of("reason", reason.strip());
  }

  /** {@code dataset_purge}: removes the dataset for good (sysadmins only); the log keeps a note. */
  public void purge(Actor actor, String idOrName) {
    purge(actor, idOrName, "");
  }

  /** {@code dataset_purge} with its reason, kept with the activity and in the publication log. */
  public void purge(Actor actor, String idOrName, String reason) {
    DatasetPermissions.requireMayPurge(actor);
    Dataset d = repo.datasetForUpdate(idOrName).orElseThrow(DatasetService::notFound);
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", d.id);
    note.put("name", d.name);
    note.put("title", d.title);
    String org = d.ownerOrgId();
    // Kept so that the activity of a purged private dataset stays hidden like the dataset was.
    note.put("owner_org", org);
    note.put("private", d.privat);
    List<String> groups = d.groups.stream().map(CatalogGroup::id).toList();
    List<String> resourceIds = d.resources.stream().map(Resource::id).toList();
    repo.remove(d);
    repo.flush();
    resourceIds.forEach(id -> resourceRemoved.fire(new ResourceRemoved(id)));
    activities.record(
        actor,
        "purged package",
        note.get("id").toString(),
        org,
        groups,
        "package",
        note,
        withReason(reason));
    publications.datasetPurged(actor, (String) note.get("id"), (String) note.get("name"), reason);
    outbox.datasetChanged((String) note.get("id"));
  }

  /** {@code package_list}: names of active public datasets, sorted. */
  public List<String> listNames(int limit, int offset) {
    return repo.publicNames(limit, offset);
  }

  /** {@code current_package_list_with_resources}: newest changes first, public datasets only. */
  public List<Map<String, Object>> currentWithResources(int limit, int offset) {
    CatalogDicts dicts = dicts();
    return repo.newestPublic(limit, offset).stream().map(dicts::dataset).toList();
  }

  /**
   * Public active datasets by name, at most {@code limit}, for the sitemap: what an anonymous
   * reader may see ({@link DatasetAccess}), which the query asks directly.
   */
  public List<PublicDataset> publicDatasets(int limit) {
    return repo.publicDatasets(limit);
  }

  /** The resources of public active datasets, at most {@code limit}, for the sitemap. */
  public List<PublicResource> publicResources(int limit) {
    return repo.publicResources(limit);
  }

  /**
   * Whether a dataset of this id or name exists and the actor may read it (a dataset hidden from
   * the actor does not exist for them).
   */
  public boolean exists(Actor actor, String idOrName) {
    return repo.dataset(idOrName).filter(d -> DatasetAccess.canRead(actor, d)).isPresent();
  }

  /** {@code package_autocomplete}: public datasets whose name or title contains the text. */
  public List<Map<String, Object>> autocomplete(String q, int limit) {
    String needle = DatasetCompletion.needle(q);
    if (needle == null) {
      return List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (DatasetRepository.NameAndTitle row : repo.publicContaining(q.trim(), limit)) {
      out.add(DatasetCompletion.entry(row.name(), row.title(), needle));
    }
    return out;
  }

  /** {@code format_autocomplete}: formats in use that contain the text, most used first. */
  public List<String> formatAutocomplete(String q, int limit) {
    return resources.formatsContaining(q == null ? "" : q.trim(), limit);
  }

  /**
   * Bumps revision and modification time, then records the activity and the outbox row. Returns the
   * dict after the change.
   */
  public Map<String, Object> changed(Actor actor, Dataset d, String activityType, boolean bump) {
    return changed(actor, d, activityType, bump, Map.of());
  }

  /** {@link #changed(Actor, Dataset, String, boolean)} with what caused the change, for its log. */
  public Map<String, Object> changed(
      Actor actor, Dataset d, String activityType, boolean bump, Map<String, Object> cause) {
    d.metadataModified = Timestamps.now();
    if (bump) {
      d.revision++;
    }
    repo.flush();
    Map<String, Object> dict = dicts().dataset(d);
    activities.record(
        actor,
        activityType,
        d.id,
        d.ownerOrgId(),
        d.groups.stream().map(CatalogGroup::id).toList(),
        "package",
        dict,
        cause);
    outbox.datasetChanged(d.id);
    publications.datasetChanged(
        actor, d, dict, (String) cause.get("reason"), cause.containsKey("review"));
    return dict;
  }

  public void requireEditor(Actor actor, Dataset d) {
    DatasetPermissions.requireEditor(actor, d);
  }

  private void requireEditorOf(Actor actor, String orgRef, String what) {
    if (orgRef == null) {
      return;
    }
    // An unknown organisation is not refused here: the rules report it on owner_org.
    groups
        .group(orgRef, true)
        .ifPresent(org -> DatasetPermissions.requireEditorOf(actor, org, what));
  }

  private DatasetRules.Lookups lookups(String datasetId) {
    return new DatasetRules.Lookups() {
      @Override
      public boolean regionExists(String code) {
        return regions.exists(code);
      }

      @Override
      public boolean nameTaken(String name) {
        return repo.datasetNameTaken(name, datasetId);
      }

      @Override
      public boolean organizationExists(String idOrName) {
        return groups.group(idOrName, true).isPresent();
      }

      @Override
      public boolean groupExists(String idOrName) {
        return groups.group(idOrName, false).isPresent();
      }
    };
  }

  private void apply(Dataset d, DatasetInput in) {
    d.name = in.name;
    d.title = in.title;
    d.type = in.type;
    if (in.isPrivate != null) {
      d.privat = in.isPrivate;
    }
    d.organization = groups.group(in.ownerOrg, true).orElseThrow();
    d.notes = in.notes;
    d.url = in.url;
    d.version = in.version;
    d.author = in.author;
    d.authorEmail = in.authorEmail;
    d.maintainer = in.maintainer;
    d.maintainerEmail = in.maintainerEmail;
    d.licenseId = in.licenseId;
    d.produsenData = in.produsenData;
    d.frekuensi = in.frekuensi;
    d.cakupanWilayah = new ArrayList<>(in.cakupanWilayah);
    d.cakupanWaktuMulai = in.cakupanWaktuMulai;
    d.cakupanWaktuSelesai = in.cakupanWaktuSelesai;
    d.satuan = in.satuan;
    d.metodologi = in.metodologi;
    d.extras.clear();
    d.extras.putAll(in.extras);
    d.tags.clear();
    for (String tag : in.tags) {
      d.tags.add(tags.tag(tag));
    }
    d.groups.clear();
    for (String group : in.groups) {
      d.groups.add(groups.group(group, false).orElseThrow());
    }
  }

  /** Makes the dataset's resources match the list: update by id, create new, remove omitted. */
  private void syncResources(Dataset d, List<Map<String, Object>> wanted) {
    Map<String, Resource> existing = new HashMap<>();
    for (Resource r : d.resources) {
      existing.put(r.id, r);
    }
    id.terbuka.shared.FieldErrors errors = new id.terbuka.shared.FieldErrors();
    List<Resource> result = new ArrayList<>();
    Set<String> kept = new java.util.HashSet<>();
    for (Map<String, Object> dict : wanted) {
      String id = Values.text(dict.get("id"));
      Resource r = id == null ? null : existing.get(id);
      if (r != null && r.generatedBy != null) {
        // A generated resource is the import's: sent back unchanged or not, it stays as it is.
        kept.add(r.id);
        result.add(r);
        continue;
      }
      if (r == null) {
        r =
            new Resource(
                id != null && resources.resource(id).isEmpty() ? id : UUID.randomUUID().toString(),
                d,
                Timestamps.now());
        ResourceRules.apply(dict, r, false, errors);
      } else {
        ResourceRules.apply(dict, r, true, errors);
        r.metadataModified = Timestamps.now();
        kept.add(r.id);
      }
      ResourceRules.checkLink(r, errors);
      result.add(r);
    }
    errors.throwIfAny();
    // package_update never removes a generated resource (ADR 0012): left out, it moves to the end.
    for (Resource r : d.resources) {
      if (r.generatedBy != null && kept.add(r.id)) {
        result.add(r);
      }
    }
    d.resources.removeIf(r -> !kept.contains(r.id));
    for (int i = 0; i < result.size(); i++) {
      Resource r = result.get(i);
      r.position = i;
      if (!d.resources.contains(r)) {
        d.resources.add(r);
      }
    }
    d.resources.sort(java.util.Comparator.comparingInt(r -> r.position));
  }

  /** The dataset a change names: {@code id}, or {@code name} when no id is given (CKAN's rule). */
  public static String reference(Map<String, Object> dict) {
    return ObjectReference.idOrName(dict);
  }

  public static ObjectNotFoundException notFound() {
    return DatasetPermissions.notFound();
  }
}
