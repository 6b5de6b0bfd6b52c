package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetPermissions;
import id.terbuka.catalog.domain.ImportApproval;
import id.terbuka.catalog.domain.ReviewDiff;
import id.terbuka.catalog.domain.ReviewEvent;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.domain.ReviewKind;
import id.terbuka.catalog.domain.ReviewRules;
import id.terbuka.catalog.domain.ReviewStatus;
import id.terbuka.catalog.domain.StagedFile;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.ReviewRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The walidata's side of the review workflow (ADR 0016): the queue, one item with the dataset
 * before and after, approval (the change is applied through the catalogue's own write path, logged
 * as an approved version) and return with a reason.
 */
@ApplicationScoped
@Transactional
public class DatasetReviews {
  /** Items a page of the queue lists. */
  public static final int PER_PAGE = 20;

  @Inject ReviewRepository items;
  @Inject DatasetRepository datasetRepo;
  @Inject DatasetService datasets;
  @Inject ReviewGate gate;
  @Inject UserService users;
  @Inject id.terbuka.catalog.persistence.GroupRepository groups;
  @Inject Event<ImportApproval> importApprovals;

  /** A page of the queue and how many items match. */
  public record Queue(List<ReviewItem> items, long count, int page) {}

  /**
   * One item with the dataset as the public sees it ({@code before}; empty for a new dataset or an
   * import) and as it would be once approved ({@code after}).
   */
  public record Detail(
      ReviewItem item,
      Map<String, Object> before,
      Map<String, Object> after,
      List<ReviewEvent> trail) {
    /** The fields that change and the unified diff, as the API and the pages show them. */
    public ReviewDiff diff() {
      return ReviewDiff.of(before, after);
    }
  }

  /**
   * The queue this actor may see, oldest submission first: the walidata every organisation's, an
   * editor their organisations'.
   *
   * @param status only this status, or every status when null
   */
  public Queue queue(Actor actor, ReviewStatus status, int page) {
    ReviewRules.requireSignedIn(actor);
    List<String> orgs = ReviewRules.visibleOrganisations(actor);
    int offset = (Math.max(page, 1) - 1) * PER_PAGE;
    return new Queue(
        items.page(status, orgs, PER_PAGE, offset), items.count(status, orgs), Math.max(page, 1));
  }

  /** One item, if this actor may see it (an item they may not see does not exist for them). */
  public Detail show(Actor actor, String id) {
    ReviewItem item = visible(actor, id);
    List<ReviewEvent> trail = items.events(item.id);
    if (item.datasetId == null) {
      return new Detail(item, Map.of(), Map.of(), trail);
    }
    Dataset d = datasetRepo.dataset(item.datasetId).orElseThrow(DatasetService::notFound);
    Map<String, Object> live = datasets.dicts().dataset(d);
    return switch (item.kind()) {
      case DATASET_BARU -> new Detail(item, Map.of(), live, trail);
      case PERUBAHAN -> new Detail(item, live, gate.viewOf(item, live), trail);
      case IMPOR -> new Detail(item, Map.of(), Map.of(), trail);
    };
  }

  /** Approves a waiting item: the walidata only. Returns the item as decided. */
  public ReviewItem approve(Actor actor, String id) {
    ReviewItem item = items.itemForUpdate(id).orElseThrow(DatasetReviews::notFound);
    ReviewRules.checkApproval(actor, item.status());
    Map<String, Object> cause = cause(item);
    switch (item.kind()) {
      case DATASET_BARU -> {
        Dataset d = lockedDataset(item);
        datasets.publishApproved(actor, d, cause);
      }
      case PERUBAHAN -> {
        Dataset d = lockedDataset(item);
        Map<String, Object> proposal = item.proposedDict();
        proposal.put("id", d.id);
        Map<String, StagedFile> staged = item.stagedFiles();
        for (Object o : Values.list(proposal.get("resources"))) {
          Map<String, Object> r = Values.map(o);
          StagedFile file = r == null ? null : staged.get(r.get("id"));
          if (file != null) {
            // The editors' view linked the waiting file; the stored file makes the link now.
            r.remove("url");
            r.remove("url_type");
          }
        }
        datasets.applyApproved(actor, d, proposal, staged, cause);
        gate.settled(item);
      }
      case IMPOR -> importApprovals.fire(new ImportApproval(item, actor));
    }
    decided(item, ReviewStatus.DISETUJUI, actor, null);
    return item;
  }

  /** Returns a waiting item to its producer with the reason: the walidata only. */
  public ReviewItem giveBack(Actor actor, String id, String reason) {
    ReviewItem item = items.itemForUpdate(id).orElseThrow(DatasetReviews::notFound);
    String why = ReviewRules.checkReturn(actor, item.status(), reason);
    decided(item, ReviewStatus.DIKEMBALIKAN, actor, why);
    if (item.kind() == ReviewKind.DATASET_BARU) {
      lockedDataset(item).reviewStatus = ReviewStatus.DIKEMBALIKAN.code();
    }
    return item;
  }

  /** A file staged by a waiting change, for this actor if they may see the item. */
  public StagedFile stagedFile(Actor actor, String itemId, String resourceId) {
    StagedFile file = visible(actor, itemId).stagedFiles().get(resourceId);
    if (file == null) {
      throw notFound();
    }
    return file;
  }

  /** The account name of a user id (who submitted or decided), or the id if unknown. */
  public String userName(String userId) {
    return userId == null ? null : users.find(userId).map(UserAccount::name).orElse(userId);
  }

  /** Whether this actor's publications for this organisation wait for the walidata. */
  public boolean mustWait(Actor actor, String organizationId) {
    return groups.group(organizationId, true).map(g -> gate.mustWait(actor, g)).orElse(false);
  }

  /** An import waiting for review: the import capability keeps its file and asks here. */
  public ReviewItem submitImport(
      Actor actor, String organizationId, String kind, String title, Map<String, Object> request) {
    ReviewItem item =
        new ReviewItem(
            java.util.UUID.randomUUID().toString(), ReviewKind.IMPOR, organizationId, null, title);
    item.importKind = kind;
    item.importRequest = Json.write(request);
    item.submittedBy(actor.userId().orElseThrow(), Timestamps.now());
    items.add(item);
    items.addEvent(
        item.id, new ReviewEvent(ReviewEvent.SUBMITTED, item.submittedBy, item.submittedAt, null));
    return item;
  }

  private void decided(ReviewItem item, ReviewStatus decision, Actor actor, String reason) {
    String user = actor.userId().orElseThrow();
    java.time.LocalDateTime now = Timestamps.now();
    item.decided(decision, user, now, reason);
    items.addEvent(item.id, new ReviewEvent(ReviewEvent.of(decision), user, now, reason));
  }

  private ReviewItem visible(Actor actor, String id) {
    ReviewRules.requireSignedIn(actor);
    ReviewItem item = items.item(id).orElseThrow(DatasetReviews::notFound);
    if (!ReviewRules.maySee(actor, item.ownerOrg)) {
      throw notFound();
    }
    return item;
  }

  private Dataset lockedDataset(ReviewItem item) {
    return datasetRepo.datasetForUpdate(item.datasetId).orElseThrow(DatasetPermissions::notFound);
  }

  private Map<String, Object> cause(ReviewItem item) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("id", item.id);
    review.put("kind", item.kind);
    review.put("submitted_by", userName(item.submittedBy));
    return Map.of("review", review);
  }

  static ObjectNotFoundException notFound() {
    return new ObjectNotFoundException("Review item not found");
  }
}
