package id.terbuka.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes a file stored during a transaction when that transaction rolls back: the file is stored
 * before the rows that refer to it are written, so a failure after storing would otherwise leave an
 * orphan. Only for files that nothing referred to when they were stored (callers check).
 */
@ApplicationScoped
public class DeleteOnRollback {
  private static final Logger LOG = Logger.getLogger(DeleteOnRollback.class.getName());

  @Resource TransactionSynchronizationRegistry registry;
  @Inject FileStore files;

  private final UncommittedFiles uncommitted = new UncommittedFiles();

  /** Registers the deletion of {@code sha256} should the current transaction roll back. */
  public void register(String sha256) {
    uncommitted.begin(sha256);
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            // Anything but a certain rollback counts as committed: keeping an orphan is cheap,
            // deleting a referenced file is not.
            boolean rolledBack = status == Status.STATUS_ROLLEDBACK;
            if (uncommitted.end(sha256, !rolledBack)) {
              delete(sha256);
            }
          }
        });
  }

  private void delete(String sha256) {
    try {
      files.delete(sha256);
    } catch (IOException e) {
      // An orphan costs disk space, not correctness; say so and carry on.
      LOG.log(Level.WARNING, "Could not remove the file of a failed upload: " + sha256, e);
    }
  }
}
