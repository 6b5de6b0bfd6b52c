package id.terbuka.usage.service;

import id.terbuka.usage.domain.UsageTotals;
import id.terbuka.usage.persistence.UsageStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The counts so far, for pages and the search index. Usage figures are public (every dataset page
 * shows them), so there is nothing to check about who asks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UsageReports {
  @Inject UsageStore store;

  /** Totals of these datasets; a dataset never used has {@link UsageTotals#NONE}. */
  public Map<String, UsageTotals> totals(Collection<String> datasetIds) {
    return store.totals(datasetIds);
  }

  public UsageTotals totals(String datasetId) {
    return totals(List.of(datasetId)).getOrDefault(datasetId, UsageTotals.NONE);
  }

  /** Downloads so far of each resource of a dataset (resources never downloaded are absent). */
  public Map<String, Long> resourceDownloads(String datasetId) {
    return store.resourceDownloads(datasetId);
  }
}
