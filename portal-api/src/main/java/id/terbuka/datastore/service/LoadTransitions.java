package id.terbuka.datastore.service;

import id.terbuka.datastore.domain.LoadJob;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.load.LoadError;
import id.terbuka.datastore.persistence.LoadJobs;
import id.terbuka.searchsync.service.IndexQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A load's status changes, each in a transaction of its own that also queues the dataset for the
 * search index (package_search serves resource dicts, with their DataStore status, from the index),
 * unless the load is of a file waiting for review.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoadTransitions {
  @Inject LoadJobs jobs;
  @Inject IndexQueue outbox;

  /** The oldest pending job, now {@code loading}; empty when there is none. */
  public Optional<LoadJob> claimNext() {
    Optional<LoadJob> job = jobs.claimNext();
    job.ifPresent(this::reindex);
    return job;
  }

  /**
   * Makes the loaded table the live one ({@link LoadJobs#publish}).
   *
   * @return false if the job was superseded: nothing changed
   */
  public boolean publish(
      LoadJob job, List<TableField> fields, long rows, Map<String, Object> loadStats) {
    boolean published = jobs.publish(job, fields, rows, loadStats);
    if (published) {
      reindex(job);
    }
    return published;
  }

  /** Records why the file could not be loaded ({@link LoadJobs#fail}). */
  public void fail(LoadJob job, List<LoadError> errors, long total) {
    if (jobs.fail(job, errors, total)) {
      reindex(job);
    }
  }

  /**
   * The index serves the approved resource dicts; a file waiting for review is not in them, so its
   * load changes nothing there.
   */
  private void reindex(LoadJob job) {
    if (!job.waitingFile()) {
      outbox.datasetChanged(job.datasetId());
    }
  }
}
