package id.terbuka.catalog;

import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;

/**
 * Records, in the transaction of a change, that a dataset must be (re)indexed. The indexer drains
 * the rows after commit; a change therefore never fails because the search server is down, and no
 * index update is lost if the node stops.
 */
@ApplicationScoped
public class IndexOutbox {
  @PersistenceContext EntityManager em;
  @Inject Event<Enqueued> enqueued;

  /** Fired (observe it after success) so that the indexer can run at once. */
  public record Enqueued() {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void datasetChanged(String datasetId) {
    LocalDateTime now = Timestamps.now();
    em.createNativeQuery(
            "insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at)"
                + " values ('dataset', ?1, ?2, ?2)")
        .setParameter(1, datasetId)
        .setParameter(2, now)
        .executeUpdate();
    enqueued.fire(new Enqueued());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void datasetsChanged(Collection<String> datasetIds) {
    datasetIds.forEach(this::datasetChanged);
  }
}
