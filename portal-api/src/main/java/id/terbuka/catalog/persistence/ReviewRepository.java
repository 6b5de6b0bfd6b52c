package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.ReviewEvent;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The review queue ({@code review_item}): stored, found, paged. Checks nothing about who asks. */
@ApplicationScoped
public class ReviewRepository {
  @PersistenceContext EntityManager em;

  public void add(ReviewItem item) {
    em.persist(item);
  }

  public Optional<ReviewItem> item(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(ReviewItem.class, id));
  }

  /** The item, locked so that two decisions on it cannot both pass. */
  public Optional<ReviewItem> itemForUpdate(String id) {
    Optional<ReviewItem> found = item(id);
    found.ifPresent(
        i -> {
          em.lock(i, LockModeType.PESSIMISTIC_WRITE);
          em.refresh(i);
        });
    return found;
  }

  /** A dataset's open item (waiting or returned), if any. */
  public Optional<ReviewItem> openFor(String datasetId) {
    return em
        .createQuery(
            "select i from ReviewItem i where i.datasetId = :d and i.status <> :done",
            ReviewItem.class)
        .setParameter("d", datasetId)
        .setParameter("done", ReviewStatus.DISETUJUI.code())
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The open dataset items of organisations that still require review: of these organisations, or
   * of all when null (for a page of search results; the queue is short, the index is not).
   */
  public List<ReviewItem> openIn(Collection<String> organizations) {
    if (organizations != null && organizations.isEmpty()) {
      return List.of();
    }
    TypedQuery<ReviewItem> q =
        em.createQuery(
            "select i from ReviewItem i, CatalogGroup g where i.datasetId is not null"
                + " and i.status <> :done and g.id = i.ownerOrg and g.reviewRequired = true"
                + (organizations == null ? "" : " and i.ownerOrg in :o"),
            ReviewItem.class);
    q.setParameter("done", ReviewStatus.DISETUJUI.code());
    if (organizations != null) {
      q.setParameter("o", organizations);
    }
    return q.getResultList();
  }

  /**
   * A page of the queue, oldest submission first (the walidata works through it in order).
   *
   * @param status only items in this status, or all when null
   * @param organizations only these organisations' items, or all when null
   */
  public List<ReviewItem> page(
      ReviewStatus status, Collection<String> organizations, int limit, int offset) {
    TypedQuery<ReviewItem> q =
        em.createQuery(
            "select i from ReviewItem i where "
                + where(status, organizations)
                + " order by i.submittedAt, i.id",
            ReviewItem.class);
    bind(q, status, organizations);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(ReviewStatus status, Collection<String> organizations) {
    TypedQuery<Long> q =
        em.createQuery(
            "select count(i) from ReviewItem i where " + where(status, organizations), Long.class);
    bind(q, status, organizations);
    return q.getSingleResult();
  }

  private static String where(ReviewStatus status, Collection<String> organizations) {
    String s = status == null ? "1 = 1" : "i.status = :s";
    return organizations == null ? s : s + " and i.ownerOrg in :o";
  }

  private static void bind(TypedQuery<?> q, ReviewStatus status, Collection<String> organizations) {
    if (status != null) {
      q.setParameter("s", status.code());
    }
    if (organizations != null) {
      q.setParameter("o", organizations.isEmpty() ? List.of("") : organizations);
    }
  }

  /**
   * The open change that proposes a resource of this id (one not published yet). Ids are UUIDs, so
   * finding the quoted id in an open proposal is exact; few items are ever open at once.
   */
  public Optional<ReviewItem> openProposing(String resourceId) {
    if (resourceId == null || !resourceId.matches("[0-9a-fA-F-]{36}")) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "select i from ReviewItem i where i.status <> :done and i.kind = :k"
                + " and i.proposed like :id",
            ReviewItem.class)
        .setParameter("done", ReviewStatus.DISETUJUI.code())
        .setParameter("k", "perubahan")
        .setParameter("id", "%\"" + resourceId + "\"%")
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Appends a step to an item's trail (the item's row written first: the step refers to it). */
  public void addEvent(String itemId, ReviewEvent e) {
    em.flush();
    em.createNativeQuery(
            "insert into review_event (item_id, event, user_id, at, reason)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, itemId)
        .setParameter(2, e.event())
        .setParameter(3, e.userId())
        .setParameter(4, e.at())
        .setParameter(5, e.reason())
        .executeUpdate();
  }

  /** An item's trail, oldest step first. */
  public List<ReviewEvent> events(String itemId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select event, user_id, at, reason from review_event where item_id = ?1 order by id")
            .setParameter(1, itemId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReviewEvent(
                    (String) r[0],
                    (String) r[1],
                    r[2] instanceof java.sql.Timestamp t
                        ? t.toLocalDateTime()
                        : (java.time.LocalDateTime) r[2],
                    (String) r[3]))
        .toList();
  }

  public void remove(ReviewItem item) {
    em.remove(item);
  }
}
