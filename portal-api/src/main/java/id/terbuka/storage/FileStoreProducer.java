package id.terbuka.storage;

import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Makes the configured file store injectable ({@code <data dir>/files}). */
@ApplicationScoped
public class FileStoreProducer {
  @Inject TerbukaConfig config;

  @Produces
  @ApplicationScoped
  FileStore fileStore() {
    return new DirectoryFileStore(config.dataDir().resolve("files"));
  }
}
