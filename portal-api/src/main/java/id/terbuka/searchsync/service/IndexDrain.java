package id.terbuka.searchsync.service;

import id.terbuka.search.SearchException;
import id.terbuka.searchsync.persistence.IndexOutbox;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over due outbox rows, in its own transaction: the rows' datasets are written to the
 * index, then the rows are deleted; if the index cannot be written, the rows wait longer each time
 * (up to {@link #MAX_BACKOFF_SECONDS}).
 */
@ApplicationScoped
public class IndexDrain {
  private static final Logger LOG = Logger.getLogger(IndexDrain.class.getName());

  /** Longest wait between retries, so the index catches up soon after Solr returns. */
  static final long MAX_BACKOFF_SECONDS = 30;

  @Inject IndexOutbox outbox;
  @Inject DatasetIndexWriter writer;

  /** Outcome of a pass: rows applied, rows that failed and will be retried. */
  public record Result(int applied, int failed) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result drain(int max) {
    LocalDateTime now = Timestamps.now();
    List<IndexOutbox.Row> rows = outbox.lockDue(now, max);
    if (rows.isEmpty()) {
      return new Result(0, 0);
    }
    List<Long> rowIds = new ArrayList<>();
    Set<String> datasetIds = new LinkedHashSet<>();
    int attempts = 0;
    for (IndexOutbox.Row row : rows) {
      rowIds.add(row.id());
      datasetIds.add(row.datasetId());
      attempts = Math.max(attempts, row.attempts());
    }
    try {
      writer.write(datasetIds);
    } catch (SearchException e) {
      long delay = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(attempts, 5));
      outbox.postpone(rowIds, now.plusSeconds(delay), e.getMessage());
      LOG.log(
          Level.WARNING,
          "Search index update deferred ({0} rows, retry in {1} s): {2}",
          new Object[] {rowIds.size(), delay, e.getMessage()});
      return new Result(0, rowIds.size());
    }
    outbox.delete(rowIds);
    return new Result(rowIds.size(), 0);
  }
}
