package id.terbuka.searchsync.service;

import id.terbuka.search.SearchException;
import java.util.Set;

/**
 * What draining the outbox needs from the owner of the search documents (the catalogue implements
 * it): bring the index entries of these datasets up to date with the database as it is now. That
 * makes a drain pass idempotent: a late or repeated row writes the current state again.
 */
public interface DatasetIndexWriter {
  /**
   * Writes the current document of each dataset that exists and removes the others from the index,
   * in the caller's transaction.
   *
   * @throws SearchException when the index cannot be written; the rows are then retried later
   */
  void write(Set<String> datasetIds);
}
