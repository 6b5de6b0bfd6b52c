package id.terbuka.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Content-addressed file storage. */
public interface FileStore {

  /**
   * Stores a stream and returns its address. Reads at most {@code maxBytes}; a longer stream is
   * rejected with {@link TooLargeException} and nothing is kept.
   */
  StoredFile put(InputStream content, long maxBytes) throws IOException;

  /** Opens a stored file for reading, if it exists. */
  Optional<InputStream> open(String sha256) throws IOException;

  /**
   * The stored file as a local path, if the store keeps files on a local disk and has this one.
   * Readers that need several passes (the DataStore loader) use it instead of copying the file.
   */
  default Optional<Path> localPath(String sha256) {
    return Optional.empty();
  }

  /** Size of a stored file, if it exists. */
  Optional<Long> size(String sha256) throws IOException;

  /**
   * Removes a stored file (no-op when absent). Files are shared by content: callers check first
   * that nothing refers to it any more.
   */
  void delete(String sha256) throws IOException;

  /** A stored file: its SHA-256 (hex) and size in bytes. */
  record StoredFile(String sha256, long size) {}

  /** The content was larger than allowed. */
  class TooLargeException extends IOException {
    public TooLargeException(long maxBytes) {
      super("File upload too large (limit " + maxBytes / (1024 * 1024) + " MB)");
    }
  }
}
