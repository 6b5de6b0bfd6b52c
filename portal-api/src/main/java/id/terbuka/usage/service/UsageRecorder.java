package id.terbuka.usage.service;

import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.usage.domain.UsageKey;
import id.terbuka.usage.persistence.UsageStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;

/**
 * Writes drained counts and, in the same transaction, queues the datasets whose totals changed for
 * the search index (their {@code popularity}), so the index never misses a committed count.
 */
@ApplicationScoped
public class UsageRecorder {
  @Inject UsageStore store;
  @Inject IndexQueue outbox;

  @Transactional
  public void add(Map<UsageKey, Long> counts) {
    Set<String> changed = store.add(counts);
    if (!changed.isEmpty()) {
      outbox.datasetsChanged(changed);
    }
  }
}
