package id.terbuka.storage;

import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Makes the configured file store injectable ({@code <data dir>/files}). */
@ApplicationScoped
public class FileStoreProducer {
  private static final Logger LOG = Logger.getLogger(FileStoreProducer.class.getName());

  /** Older part files cannot belong to an upload still in progress (uploads are capped). */
  private static final Duration STALE_PART = Duration.ofHours(6);

  @Inject TerbukaConfig config;

  @Produces
  @ApplicationScoped
  FileStore fileStore() {
    DirectoryFileStore store = new DirectoryFileStore(config.dataDir().resolve("files"));
    try {
      int removed = store.removeStaleParts(STALE_PART);
      if (removed > 0) {
        LOG.info("Removed " + removed + " abandoned upload part file(s)");
      }
    } catch (IOException e) {
      // Leftovers only cost disk space; the store works regardless.
      LOG.log(Level.WARNING, "Could not clean the upload temporary directory", e);
    }
    return store;
  }
}
