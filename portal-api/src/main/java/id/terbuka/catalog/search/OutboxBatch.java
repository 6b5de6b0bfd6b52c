package id.terbuka.catalog.search;

import id.terbuka.catalog.CatalogDicts;
import id.terbuka.catalog.CatalogRepository;
import id.terbuka.catalog.Dataset;
import id.terbuka.catalog.DatasetService;
import id.terbuka.search.SearchDocument;
import id.terbuka.search.SearchException;
import id.terbuka.search.SearchIndex;
import id.terbuka.shared.Timestamps;
import id.terbuka.usage.UsageStore;
import id.terbuka.usage.UsageTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over due outbox rows, in its own transaction. Rows are locked with {@code SKIP LOCKED},
 * so several nodes can drain the same outbox without doing the same work twice. Applying a row
 * re-reads the dataset as it is now, which makes it idempotent: a late or repeated row just writes
 * the current state again.
 */
@ApplicationScoped
public class OutboxBatch {
  private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());

  /** Longest wait between retries, so the index catches up soon after Solr returns. */
  static final long MAX_BACKOFF_SECONDS = 30;

  @PersistenceContext EntityManager em;
  @Inject SearchIndex index;
  @Inject CatalogRepository repo;
  @Inject DatasetService datasets;
  @Inject UsageStore usage;

  /** Outcome of a pass: rows applied, rows that failed and will be retried. */
  public record Result(int applied, int failed) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result drain(int max) {
    LocalDateTime now = Timestamps.now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, entity_id, attempts from search_outbox where next_attempt_at <= ?1"
                    + " order by id limit ?2 for update skip locked")
            .setParameter(1, now)
            .setParameter(2, max)
            .getResultList();
    if (rows.isEmpty()) {
      return new Result(0, 0);
    }
    List<Long> rowIds = new ArrayList<>();
    Set<String> datasetIds = new LinkedHashSet<>();
    int attempts = 0;
    for (Object[] row : rows) {
      rowIds.add(((Number) row[0]).longValue());
      datasetIds.add((String) row[1]);
      attempts = Math.max(attempts, ((Number) row[2]).intValue());
    }
    CatalogDicts dicts = datasets.dicts();
    List<SearchDocument> upserts = new ArrayList<>();
    List<String> deletes = new ArrayList<>();
    Set<String> found = new java.util.HashSet<>();
    Map<String, UsageTotals> usage = this.usage.totals(datasetIds);
    for (Dataset d : repo.datasetsWithDetails(datasetIds)) {
      upserts.add(DatasetDocuments.of(d, dicts, usage.getOrDefault(d.id(), UsageTotals.NONE)));
      found.add(d.id());
    }
    for (String id : datasetIds) {
      if (!found.contains(id)) {
        deletes.add(id);
      }
    }
    try {
      if (!upserts.isEmpty()) {
        index.upsert(upserts);
      }
      if (!deletes.isEmpty()) {
        index.delete(deletes);
      }
    } catch (SearchException e) {
      long delay = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(attempts, 5));
      em.createNativeQuery(
              "update search_outbox set attempts = attempts + 1, next_attempt_at = ?1,"
                  + " last_error = ?2 where id = any(?3)")
          .setParameter(1, now.plusSeconds(delay))
          .setParameter(2, e.getMessage())
          .setParameter(3, rowIds.toArray(new Long[0]))
          .executeUpdate();
      LOG.log(
          Level.WARNING,
          "Search index update deferred ({0} rows, retry in {1} s): {2}",
          new Object[] {rowIds.size(), delay, e.getMessage()});
      return new Result(0, rowIds.size());
    }
    em.createNativeQuery("delete from search_outbox where id = any(?1)")
        .setParameter(1, rowIds.toArray(new Long[0]))
        .executeUpdate();
    return new Result(rowIds.size(), 0);
  }

  /** Rows still waiting (for health and drift reports). */
  @Transactional
  public long pending() {
    return ((Number) em.createNativeQuery("select count(*) from search_outbox").getSingleResult())
        .longValue();
  }
}
