package id.terbuka.searchsync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one class that reads and writes {@code search_outbox}: a row per changed dataset, inserted in
 * the change's transaction, taken by a drain pass, then deleted once applied or pushed back when
 * the index could not be written. Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class IndexOutbox {
  @PersistenceContext EntityManager em;

  /** A queued change: the row, the dataset, and how many times applying it has failed so far. */
  public record Row(long id, String datasetId, int attempts) {}

  /** Queues each dataset once, due at once. */
  public void insert(Collection<String> datasetIds, LocalDateTime now) {
    for (String datasetId : datasetIds) {
      em.createNativeQuery(
              "insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at)"
                  + " values ('dataset', ?1, ?2, ?2)")
          .setParameter(1, datasetId)
          .setParameter(2, now)
          .executeUpdate();
    }
  }

  /**
   * Up to {@code max} due rows, oldest first, locked until the transaction ends; rows another node
   * has locked are skipped, so several nodes drain the outbox without doing the same work twice.
   */
  public List<Row> lockDue(LocalDateTime now, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, entity_id, attempts from search_outbox where next_attempt_at <= ?1"
                    + " order by id limit ?2 for update skip locked")
            .setParameter(1, now)
            .setParameter(2, max)
            .getResultList();
    List<Row> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      out.add(
          new Row(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue()));
    }
    return out;
  }

  /** Counts a failed attempt and makes the rows due again at {@code retryAt}. */
  public void postpone(Collection<Long> rowIds, LocalDateTime retryAt, String error) {
    em.createNativeQuery(
            "update search_outbox set attempts = attempts + 1, next_attempt_at = ?1,"
                + " last_error = ?2 where id = any(?3)")
        .setParameter(1, retryAt)
        .setParameter(2, error)
        .setParameter(3, rowIds.toArray(new Long[0]))
        .executeUpdate();
  }

  /** Removes applied rows. */
  public void delete(Collection<Long> rowIds) {
    em.createNativeQuery("delete from search_outbox where id = any(?1)")
        .setParameter(1, rowIds.toArray(new Long[0]))
        .executeUpdate();
  }

  /** Rows still waiting, due or not. */
  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from search_outbox").getSingleResult())
        .longValue();
  }
}
