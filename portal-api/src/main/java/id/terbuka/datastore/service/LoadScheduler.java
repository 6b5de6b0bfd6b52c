package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.ResourceFileStored;
import id.terbuka.catalog.domain.StagedFilesChanged;
import id.terbuka.datastore.domain.LoadJob;
import id.terbuka.datastore.domain.LoadQueued;
import id.terbuka.datastore.domain.Tabular;
import id.terbuka.datastore.persistence.LoadJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs DataStore loads in the background, one at a time (a 2-core server gains nothing from two
 * COPYs competing, and one loader never races itself for a resource's loading table): right after
 * an upload commits, at start-up for jobs a crash interrupted, and every 30 seconds as a safety
 * net. The job itself was written by the upload's transaction, so no load is lost if the node stops
 * before it runs.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoadScheduler {
  private static final Logger LOG = Logger.getLogger(LoadScheduler.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject LoadJobs jobs;
  @Inject LoadTransitions transitions;
  @Inject TableLoader loader;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @PostConstruct
  void start() {
    try {
      int requeued = jobs.recoverAfterRestart();
      if (requeued > 0) {
        LOG.info(() -> requeued + " interrupted DataStore load(s) queued again");
      }
    } catch (RuntimeException e) {
      // The portal works without the DataStore; loads are retried by the next start.
      LOG.log(Level.WARNING, "DataStore start-up sweep failed: {0}", e.toString());
    }
    executor.execute(this::drainAll);
  }

  /** Starts the loads an upload queued, once its transaction has committed. */
  public void afterUpload(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceFileStored event) {
    if (Tabular.is(event)) {
      executor.execute(this::drainAll);
    }
  }

  /** Starts a reload the data dictionary asked for, once its transaction has committed. */
  public void afterDictionaryChange(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) LoadQueued event) {
    executor.execute(this::drainAll);
  }

  /** Starts the loads of files a change staged for review, once its transaction has committed. */
  public void afterStaging(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) StagedFilesChanged event) {
    if (!event.files().isEmpty()) {
      executor.execute(this::drainAll);
    }
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void tick() {
    executor.execute(this::drainAll);
  }

  /**
   * Loads pending jobs until none is left; concurrent calls fold into the running one. A call that
   * arrives while the running pass is finishing sets {@code again}, which the loop re-checks after
   * letting go, so no request waits for the next tick.
   */
  void drainAll() {
    again.set(true);
    while (again.get() && running.compareAndSet(false, true)) {
      try {
        while (again.getAndSet(false)) {
          for (Optional<LoadJob> job = transitions.claimNext();
              job.isPresent();
              job = transitions.claimNext()) {
            loader.load(job.get());
          }
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "DataStore load pass failed: {0}", e.toString());
        return;
      } finally {
        running.set(false);
      }
    }
  }
}
