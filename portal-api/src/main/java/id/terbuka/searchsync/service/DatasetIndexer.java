package id.terbuka.searchsync.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the index outbox: right after each committed change (so searches see it within about a
 * second) and every two seconds as a safety net (retries, other nodes' rows, rows left by a crash).
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigrations")
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class DatasetIndexer {
  private static final Logger LOG = Logger.getLogger(DatasetIndexer.class.getName());
  private static final int BATCH = 200;

  @Inject IndexDrain drain;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  public void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) IndexQueue.Enqueued event) {
    executor.execute(this::drainAll);
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void tick() {
    drainAll();
  }

  /** Runs passes until nothing is due; concurrent calls fold into the running one. */
  public void drainAll() {
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (again.getAndSet(false)) {
        IndexDrain.Result r;
        do {
          r = drain.drain(BATCH);
        } while (r.applied() == BATCH);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Index outbox pass failed: {0}", e.toString());
    } finally {
      running.set(false);
    }
  }
}
