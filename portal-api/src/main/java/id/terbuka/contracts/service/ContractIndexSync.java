package id.terbuka.contracts.service;

import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.search.SearchDocument;
import id.terbuka.search.SearchException;
import id.terbuka.search.SearchIndex;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the contracts collection in step with the records, without an outbox: every record carries
 * a change sequence that is also its document's {@code index_version}, so the index can always be
 * compared with the records and repaired. After each committed change the records changed since the
 * last pass are written; the first pass (and any pass after a failure) compares everything, writing
 * stale or missing documents and removing documents of no record. Writes never fail because Solr is
 * down; the next pass (every 10 s) catches up.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContractIndexSync {
  private static final Logger LOG = Logger.getLogger(ContractIndexSync.class.getName());
  private static final int PAGE = 500;

  /** Fired inside a transaction that changed records; the pass runs after it commits. */
  public record RecordsChanged() {}

  @Inject RecordStore records;
  @Inject ContractIndex index;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile long synced = -1;
  private volatile boolean verified;
  private int ticks;

  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordsChanged e) {
    executor.execute(this::syncQuietly);
  }

  /** Every 30th tick (5 minutes) compares everything, for changes whose commits crossed. */
  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void tick() {
    if (++ticks % 30 == 0) {
      synced = -1;
    }
    syncQuietly();
  }

  /** Runs a pass now; concurrent calls fold into the running one. */
  public void syncQuietly() {
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (again.getAndSet(false)) {
        if (synced < 0) {
          fullPass();
        } else {
          incrementalPass();
        }
      }
    } catch (SearchException e) {
      synced = -1;
      LOG.log(Level.FINE, "Contracts index not updated, retried in 10 s: {0}", e.getMessage());
    } catch (RuntimeException e) {
      synced = -1;
      LOG.log(Level.WARNING, "Contracts index pass failed: {0}", e.toString());
    } finally {
      running.set(false);
    }
  }

  /** Compares every record with the index and repairs the difference; returns documents written. */
  private int fullPass() {
    SearchIndex solr = index.index();
    if (!verified) {
      solr.verifySchema();
      verified = true;
    }
    Map<String, Long> indexed = new HashMap<>();
    solr.forEachIndexed(indexed::put);
    Map<String, Long> stored = records.versions();
    List<String> stale = new ArrayList<>();
    stored.forEach(
        (ocid, seq) -> {
          if (!seq.equals(indexed.get(ocid))) {
            stale.add(ocid);
          }
        });
    int written = 0;
    for (int from = 0; from < stale.size(); from += PAGE) {
      List<String> batch = stale.subList(from, Math.min(stale.size(), from + PAGE));
      List<SearchDocument> docs =
          records.findAll(batch).stream().map(ContractDocuments::of).toList();
      solr.upsert(docs);
      written += docs.size();
    }
    long max = stored.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<String> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
    if (!gone.isEmpty()) {
      solr.delete(gone);
    }
    solr.commit();
    synced = max;
    return written;
  }

  private void incrementalPass() {
    SearchIndex solr = index.index();
    List<RecordStore.StoredRecord> page;
    do {
      page = records.changedSince(null, synced, PAGE);
      if (page.isEmpty()) {
        return;
      }
      solr.upsert(page.stream().map(ContractDocuments::of).toList());
      synced = page.get(page.size() - 1).changeSeq();
    } while (page.size() == PAGE);
  }
}
