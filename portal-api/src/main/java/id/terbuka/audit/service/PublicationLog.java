package id.terbuka.audit.service;

import id.terbuka.audit.chain.ChainHead;
import id.terbuka.audit.chain.ChainReport;
import id.terbuka.audit.chain.ChainVerifier;
import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.persistence.PublicationLogStore;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tamper-evident publication log (docs/audit-log.md): entries appended in the transaction of
 * the publication they record, so that an entry exists exactly when its publication committed;
 * public reads by page; the whole chain verified by streaming every entry once through {@link
 * ChainVerifier} (constant memory, no file access), which {@link FullCheck} runs in the background;
 * requests get the quick {@link ChainCheck}.
 */
@ApplicationScoped
public class PublicationLog {
  /** Most entries one page may hold. */
  public static final int MAX_PAGE = 1000;

  @Inject PublicationLogStore store;

  /** Appends the event as the next entry; must run inside the publication's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public LogEntry append(LogEvent event) {
    return store.append(event, Timestamps.instant(Timestamps.now()));
  }

  /**
   * A page of entries after {@code cursor} (the last seq of the previous page, 0 at first), stored
   * at or after {@code since} when given.
   */
  public Page page(Instant since, long cursor, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_PAGE);
    }
    List<LogEntry> entries = store.page(cursor, since, limit + 1);
    boolean more = entries.size() > limit;
    List<LogEntry> shown = more ? entries.subList(0, limit) : entries;
    Long next = more ? shown.get(shown.size() - 1).seq() : null;
    return new Page(shown, Optional.ofNullable(next));
  }

  /** The code of the last dataset-level event of {@code datasetId}, if the log has one. */
  public Optional<String> lastDatasetEvent(String datasetId) {
    return store.lastDatasetEvent(datasetId);
  }

  /** The content hash last logged for each of these resources' files. */
  public java.util.Map<String, String> lastFileHashes(List<String> resourceIds) {
    return store.lastFileHashes(resourceIds);
  }

  /**
   * For each day (in {@code zone}) with entries stored before {@code until}, its last entry: the
   * heads others may keep copies of.
   */
  public List<id.terbuka.audit.chain.DayHead> dailyHeads(Instant until, java.time.ZoneId zone) {
    return store.dailyHeads(until, zone);
  }

  /** The last entry, if the log has one. */
  public Optional<LogEntry> last() {
    return store.last();
  }

  /** The head to chain the next entry to. */
  public ChainHead head() {
    return store.head();
  }

  /** Re-checks every entry and link of the stored chain (reads the whole log: background only). */
  public ChainReport verifyChain() {
    ChainVerifier verifier = new ChainVerifier();
    store.streamAll(verifier, bad -> verifier.unreadable(bad.seq(), bad.reason()));
    return verifier.finish();
  }

  /**
   * One page of the log.
   *
   * @param entries in seq order
   * @param nextCursor the cursor of the next page, empty on the last page
   */
  public record Page(List<LogEntry> entries, Optional<Long> nextCursor) {}
}
