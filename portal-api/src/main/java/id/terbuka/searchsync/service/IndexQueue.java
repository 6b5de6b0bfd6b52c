package id.terbuka.searchsync.service;

import id.terbuka.searchsync.persistence.IndexOutbox;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Records, in the transaction of a change, that datasets must be (re)indexed. The indexer drains
 * the rows after commit; a change therefore never fails because the search server is down, and no
 * index update is lost if the node stops.
 */
@ApplicationScoped
public class IndexQueue {
  @Inject IndexOutbox outbox;
  @Inject Event<Enqueued> enqueued;

  /** Fired (observe it after success) so that the indexer can run at once. */
  public record Enqueued() {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void datasetChanged(String datasetId) {
    datasetsChanged(List.of(datasetId));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void datasetsChanged(Collection<String> datasetIds) {
    if (datasetIds.isEmpty()) {
      return;
    }
    outbox.insert(datasetIds, Timestamps.now());
    enqueued.fire(new Enqueued());
  }

  /** Rows still waiting (for health and drift reports). */
  @Transactional
  public long pending() {
    return outbox.count();
  }
}
