package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.ResourceFileStored;
import id.terbuka.catalog.domain.ResourceRemoved;
import id.terbuka.datastore.domain.Tabular;
import id.terbuka.datastore.persistence.LoadJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps {@code datastore_table} in step with the catalogue inside the catalogue's own transactions:
 * a new tabular file queues a load (committed or rolled back with the upload), a new non-tabular
 * file or a deleted resource drops the table.
 */
@ApplicationScoped
public class LoadQueue {
  @Inject LoadJobs jobs;

  void fileStored(@Observes ResourceFileStored event) {
    if (Tabular.is(event)) {
      jobs.queue(event.resourceId(), event.sha256());
    } else {
      jobs.forget(event.resourceId());
    }
  }

  void removed(@Observes ResourceRemoved event) {
    jobs.forget(event.resourceId());
  }
}
