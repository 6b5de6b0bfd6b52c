package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.CatalogGroup;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.DatastoreKeys;
import id.terbuka.catalog.domain.PendingDataset;
import id.terbuka.catalog.domain.ReviewEvent;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.domain.ReviewKind;
import id.terbuka.catalog.domain.ReviewRules;
import id.terbuka.catalog.domain.ReviewStatus;
import id.terbuka.catalog.domain.StagedFile;
import id.terbuka.catalog.domain.StagedFilesChanged;
import id.terbuka.catalog.persistence.ReviewRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Json;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Where a producer's write meets the review workflow (ADR 0016): a new dataset in an organisation
 * with {@code review_required} becomes a draft waiting for the walidata; a change to a published
 * one is kept as a proposal in its {@link ReviewItem} and the live tables are not touched, so the
 * public (API, pages, search, DataStore, DCAT) keeps reading the approved version; the dataset's
 * editors read the proposal instead ({@link #editorView}).
 */
@ApplicationScoped
@Transactional
public class ReviewGate {
  @Inject ReviewRepository items;
  @Inject TerbukaConfig config;
  @Inject DatastoreKeys datastoreKeys;
  @Inject Event<StagedFilesChanged> stagedFilesChanged;

  /** Whether this actor's change to this (published) dataset is held for review. */
  public boolean holds(Actor actor, Dataset d) {
    return "active".equals(d.state) && ReviewRules.mustWait(actor, d.organization);
  }

  /** Whether this actor's writes in this organisation wait for the walidata. */
  public boolean mustWait(Actor actor, CatalogGroup organization) {
    return ReviewRules.mustWait(actor, organization);
  }

  /**
   * A producer made or changed a dataset that is not published yet: it stays a draft and waits (its
   * open item submitted again if the walidata had returned it).
   */
  public void submitDraft(Actor actor, Dataset d) {
    d.state = "draft";
    d.reviewStatus = ReviewStatus.MENUNGGU_VERIFIKASI.code();
    ReviewItem item = openOrNew(d, ReviewKind.DATASET_BARU);
    item.title = title(d.title, d.name);
    item.ownerOrg = d.ownerOrgId();
    submitted(item, actor);
  }

  /**
   * A dataset of a reviewed organisation published by the walidata (or the system) itself: what the
   * public sees is approved by the one who approves.
   */
  public void publishedDirectly(Dataset d) {
    if (!"active".equals(d.state) || d.organization == null) {
      return;
    }
    if (d.organization.reviewRequired) {
      d.reviewStatus = ReviewStatus.DISETUJUI.code();
    } else if (!ReviewStatus.DISETUJUI.code().equals(d.reviewStatus)) {
      // Review was switched off before this draft was approved: published without it.
      d.reviewStatus = null;
    }
  }

  /**
   * What the producer's action starts from: the change already waiting for this dataset, or the
   * live dataset.
   */
  public Map<String, Object> proposalOrLive(Dataset d, Map<String, Object> live) {
    return items
        .openFor(d.id)
        .filter(i -> i.kind() == ReviewKind.PERUBAHAN)
        .map(ReviewItem::proposedDict)
        .orElse(live);
  }

  /** The files already staged for this dataset's waiting change. */
  public Map<String, StagedFile> staged(Dataset d) {
    return items.openFor(d.id).map(ReviewItem::stagedFiles).orElseGet(LinkedHashMap::new);
  }

  /**
   * Keeps {@code next} as the dataset's proposal (the producer's change, already checked by the
   * caller) with these staged files, and submits it; returns what the editors now see.
   */
  public Map<String, Object> propose(
      Actor actor,
      Dataset d,
      Map<String, Object> live,
      Map<String, Object> next,
      Map<String, StagedFile> staged) {
    ReviewItem item = openOrNew(d, ReviewKind.PERUBAHAN);
    Map<String, Object> stored = new LinkedHashMap<>(next);
    stored.remove("reason");
    item.proposed = Json.write(stored);
    item.stagedFiles(staged);
    item.title = title(Values.text(next.get("title")), d.name);
    submitted(item, actor);
    stagedFilesChanged.fire(
        new StagedFilesChanged(item.id, d.id, PendingDataset.stagedFiles(d.id, next, staged)));
    return view(item, live);
  }

  /** The item is decided or gone: the tables of its waiting files go. */
  public void settled(ReviewItem item) {
    if (item.kind() == ReviewKind.PERUBAHAN) {
      stagedFilesChanged.fire(new StagedFilesChanged(item.id, item.datasetId, List.of()));
    }
  }

  /** The dict this actor reads: the approved dataset, or for its editors what waits. */
  public Map<String, Object> viewFor(Actor actor, Dataset d, Map<String, Object> live) {
    if (!readsWhatWaits(actor, d)) {
      return live;
    }
    return items.openFor(d.id).map(i -> view(i, live)).orElse(live);
  }

  /**
   * Whether this actor's DataStore reads of the resource go to the table of its file waiting for
   * review, as {@link #viewFor} shows them that file.
   */
  public boolean readsWaitingFile(Actor actor, Dataset d, String resourceId) {
    return readsWhatWaits(actor, d)
        && items
            .openFor(d.id)
            .filter(i -> i.kind() == ReviewKind.PERUBAHAN)
            .map(i -> i.stagedFiles().containsKey(resourceId))
            .orElse(false);
  }

  /**
   * Whether the change waiting for review that this actor reads removes the resource: its editors
   * then no longer find it, in the DataStore as in {@code resource_show}.
   */
  public boolean hidesResource(Actor actor, Dataset d, String resourceId) {
    return readsWhatWaits(actor, d)
        && items
            .openFor(d.id)
            .filter(i -> i.kind() == ReviewKind.PERUBAHAN)
            .map(i -> !PendingDataset.hasResource(i.proposedDict(), resourceId))
            .orElse(false);
  }

  /**
   * The dataset's editors (and the walidata) read what waits. Review switched off: its editors work
   * on the live dataset; what waits stays in the queue for the walidata to decide.
   */
  private static boolean readsWhatWaits(Actor actor, Dataset d) {
    return actor.authenticated()
        && DatasetAccess.canEdit(actor, d.ownerOrgId())
        && d.organization != null
        && d.organization.reviewRequired;
  }

  /**
   * A page of {@code package_search} results with, for the datasets this actor edits, what waits
   * instead of the approved dict (the index holds only approved versions).
   */
  public List<Object> overlay(Actor actor, List<Object> results) {
    if (!actor.authenticated() || (!actor.sysadmin() && actor.capacities().isEmpty())) {
      return results;
    }
    // The few open items the reader may edit first: most searches then parse nothing.
    Map<String, ReviewItem> open = new HashMap<>();
    items.openIn(ReviewRules.visibleOrganisations(actor)).forEach(i -> open.put(i.datasetId, i));
    if (open.isEmpty()) {
      return results;
    }
    List<Object> out = new ArrayList<>(results.size());
    for (Object r : results) {
      Map<String, Object> dict =
          r instanceof Json.Raw raw ? Json.parseObject(raw.json()) : Values.map(r);
      ReviewItem item = dict == null ? null : open.get(Values.text(dict.get("id")));
      out.add(item == null ? r : view(item, dict));
    }
    return out;
  }

  /** The open item that proposes a resource of this id not yet published, if any. */
  public Optional<ReviewItem> proposingResource(String resourceId) {
    return items.openProposing(resourceId);
  }

  /** What an item's dataset looks like to its editors (the review pages' "after"). */
  public Map<String, Object> viewOf(ReviewItem item, Map<String, Object> live) {
    return view(item, live);
  }

  private Map<String, Object> view(ReviewItem item, Map<String, Object> live) {
    if (item.kind() != ReviewKind.PERUBAHAN) {
      Map<String, Object> view = new LinkedHashMap<>(live);
      view.put("review_status", item.status().code());
      view.put("review_reason", item.reason);
      return view;
    }
    Map<String, Object> view =
        PendingDataset.editorView(live, item.proposedDict(), item.status(), item.reason);
    Map<String, StagedFile> staged = item.stagedFiles();
    Map<String, Map<String, Object>> tables =
        staged.isEmpty() ? Map.of() : datastoreKeys.ofWaitingFiles(item.id);
    for (Object o : Values.list(view.get("resources"))) {
      Map<String, Object> r = Values.map(o);
      String rid = r == null ? null : Values.text(r.get("id"));
      StagedFile file = rid == null ? null : staged.get(rid);
      if (file != null) {
        // Readable by the editors and the walidata only, until the change is approved.
        r.put("url", stagedFileUrl(item.id, rid));
        r.put("size", file.size());
        r.put("hash", "sha256:" + file.sha256());
        r.put("review_pending_file", true);
        // Their DataStore reads go to the waiting file's table (DataStore keys as its load has
        // them), not to the live one.
        r.putAll(tables.getOrDefault(rid, DatastoreKeys.none()));
      }
    }
    view.put("review_id", item.id);
    return view;
  }

  /**
   * A withdrawn (deleted) dataset's open item goes: there is nothing left to publish. The item
   * never reached the public, and the deletion is itself an activity.
   */
  public void withdrawn(Dataset d) {
    items
        .openFor(d.id)
        .ifPresent(
            item -> {
              settled(item);
              items.remove(item);
            });
  }

  /** The dataset's open item, or a new one of this kind. */
  private ReviewItem openOrNew(Dataset d, ReviewKind kind) {
    return items
        .openFor(d.id)
        .orElseGet(
            () -> {
              ReviewItem fresh =
                  new ReviewItem(
                      UUID.randomUUID().toString(),
                      kind,
                      d.ownerOrgId(),
                      d.id,
                      title(d.title, d.name));
              items.add(fresh);
              return fresh;
            });
  }

  /** The producer submits the item (again): its status and its trail. */
  private void submitted(ReviewItem item, Actor actor) {
    String user = actor.userId().orElseThrow();
    java.time.LocalDateTime now = Timestamps.now();
    item.submittedBy(user, now);
    items.addEvent(item.id, new ReviewEvent(ReviewEvent.SUBMITTED, user, now, null));
  }

  /** The address of a staged file, on the review pages. */
  public String stagedFileUrl(String itemId, String resourceId) {
    return config.siteUrl() + "/dashboard/verifikasi/" + itemId + "/berkas/" + resourceId;
  }

  private static String title(String title, String name) {
    return title == null || title.isBlank() ? name : title;
  }
}
