package id.terbuka.datastore.service;

import id.terbuka.catalog.domain.ResourceFileStored;
import id.terbuka.catalog.domain.StagedFilesChanged;
import id.terbuka.datastore.domain.Tabular;
import id.terbuka.datastore.persistence.WaitingTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the tables of files waiting for review in step with their review item, inside the
 * catalogue's transaction: a new tabular file queues a load, a file no longer staged (replaced by a
 * link, removed, approved, withdrawn) loses its table. An unchanged file is not loaded again.
 */
@ApplicationScoped
public class WaitingLoads {
  @Inject WaitingTables tables;

  void stagedFilesChanged(@Observes StagedFilesChanged event) {
    Map<String, String> loaded = tables.filesOf(event.itemId());
    Set<String> staged = new HashSet<>();
    for (ResourceFileStored file : event.files()) {
      if (!Tabular.is(file)) {
        continue;
      }
      staged.add(file.resourceId());
      if (!file.sha256().equals(loaded.get(file.resourceId()))) {
        tables.queue(event.itemId(), event.datasetId(), file.resourceId(), file.sha256());
      }
    }
    for (String resourceId : loaded.keySet()) {
      if (!staged.contains(resourceId)) {
        tables.forget(resourceId);
      }
    }
  }
}
