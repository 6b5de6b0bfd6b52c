package id.terbuka.usage.persistence;

import id.terbuka.usage.domain.UsageKey;
import id.terbuka.usage.domain.UsageTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts in PostgreSQL: per-day rows and per-dataset totals, both only ever incremented ({@code
 * count = count + n}), so flushes of several nodes add up and a repeated flush cannot lose another
 * node's counts. Runs in the caller's transaction; {@link #add} answers which datasets' totals
 * changed, for the caller to queue for the search index in that same transaction.
 */
@ApplicationScoped
public class UsageStore {
  @PersistenceContext EntityManager em;

  /**
   * Adds drained counts. Counts of datasets or resources that no longer exist are dropped (there is
   * nothing left to count them against).
   *
   * @return the datasets whose totals changed
   */
  @Transactional
  public Set<String> add(Map<UsageKey, Long> counts) {
    Map<String, String> datasetOfResource = datasetsOfResources(counts.keySet());
    Map<String, UsageTotals> totals = new LinkedHashMap<>();
    for (Map.Entry<UsageKey, Long> e : counts.entrySet()) {
      UsageKey key = e.getKey();
      String dataset =
          key.datasetId() != null ? key.datasetId() : datasetOfResource.get(key.resourceId());
      if (dataset == null) {
        continue;
      }
      int inserted =
          em.createNativeQuery(
                  "insert into usage_daily (day, dataset_id, resource_id, kind, count)"
                      + " select ?1, d.id, ?3, ?4, ?5 from dataset d where d.id = ?2"
                      + " on conflict (day, dataset_id, resource_id, kind)"
                      + " do update set count = usage_daily.count + excluded.count")
              .setParameter(1, Date.valueOf(key.day()))
              .setParameter(2, dataset)
              .setParameter(3, key.resourceId())
              .setParameter(4, key.kind().column())
              .setParameter(5, e.getValue())
              .executeUpdate();
      if (inserted == 0) {
        continue;
      }
      UsageTotals add =
          key.kind() == UsageKey.Kind.VIEW
              ? new UsageTotals(e.getValue(), 0)
              : new UsageTotals(0, e.getValue());
      totals.merge(dataset, add, UsageTotals::plus);
    }
    totals.forEach(
        (dataset, t) ->
            em.createNativeQuery(
                    "insert into usage_total (dataset_id, views, downloads) values (?1, ?2, ?3)"
                        + " on conflict (dataset_id) do update set"
                        + " views = usage_total.views + excluded.views,"
                        + " downloads = usage_total.downloads + excluded.downloads")
                .setParameter(1, dataset)
                .setParameter(2, t.views())
                .setParameter(3, t.downloads())
                .executeUpdate());
    return totals.keySet();
  }

  /** Totals of these datasets; a dataset never used has {@link UsageTotals#NONE}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, UsageTotals> totals(Collection<String> datasetIds) {
    Map<String, UsageTotals> out = new HashMap<>();
    if (datasetIds.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select dataset_id, views, downloads from usage_total where dataset_id = any(?1)")
            .setParameter(1, datasetIds.toArray(new String[0]))
            .getResultList();
    for (Object[] row : rows) {
      out.put(
          (String) row[0],
          new UsageTotals(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
    }
    return out;
  }

  /** Downloads so far of each resource of a dataset (resources never downloaded are absent). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Long> resourceDownloads(String datasetId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select resource_id, sum(count) from usage_daily where dataset_id = ?1"
                    + " and kind = 'download' and resource_id <> '' group by resource_id")
            .setParameter(1, datasetId)
            .getResultList();
    Map<String, Long> out = new HashMap<>();
    for (Object[] row : rows) {
      out.put((String) row[0], ((Number) row[1]).longValue());
    }
    return out;
  }

  private Map<String, String> datasetsOfResources(Collection<UsageKey> keys) {
    List<String> resources = new ArrayList<>();
    for (UsageKey k : keys) {
      if (k.datasetId() == null) {
        resources.add(k.resourceId());
      }
    }
    Map<String, String> out = new HashMap<>();
    if (resources.isEmpty()) {
      return out;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select id, dataset_id from resource where id = any(?1)")
            .setParameter(1, resources.toArray(new String[0]))
            .getResultList();
    for (Object[] row : rows) {
      out.put((String) row[0], (String) row[1]);
    }
    return out;
  }
}
