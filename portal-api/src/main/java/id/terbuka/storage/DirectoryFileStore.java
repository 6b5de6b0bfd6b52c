package id.terbuka.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files under {@code <root>/sha256/ab/cd/<hex>}. A file is written to a temporary name, hashed
 * while it streams, then moved into place atomically: readers never see half a file, and storing
 * the same content twice keeps one copy.
 */
public class DirectoryFileStore implements FileStore {
  private final Path root;

  public DirectoryFileStore(Path root) {
    this.root = root;
  }

  @Override
  public StoredFile put(InputStream content, long maxBytes) throws IOException {
    Path tmpDir = Files.createDirectories(root.resolve("tmp"));
    Path tmp = Files.createTempFile(tmpDir, "upload-", ".part");
    try {
      MessageDigest digest = sha256();
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = content.read(buffer)) != -1; ) {
          size += n;
          if (size > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          out.write(buffer, 0, n);
        }
      }
      String hex = HexFormat.of().formatHex(digest.digest());
      Path target = path(hex);
      Files.createDirectories(target.getParent());
      if (!Files.exists(target)) {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return new StoredFile(hex, size);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public Optional<InputStream> open(String sha256) throws IOException {
    Path p = path(sha256);
    return Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
  }

  @Override
  public Optional<Path> localPath(String sha256) {
    Path p = path(sha256);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  @Override
  public Optional<Long> size(String sha256) throws IOException {
    Path p = path(sha256);
    return Files.isRegularFile(p) ? Optional.of(Files.size(p)) : Optional.empty();
  }

  @Override
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  /**
   * Removes part files older than {@code age} from {@code tmp/}: {@link #put} deletes its own part
   * file whatever happens, so older ones are what a killed process left behind. The age guard
   * spares uploads in flight on other nodes sharing the volume.
   */
  public int removeStaleParts(Duration age) throws IOException {
    Path tmpDir = root.resolve("tmp");
    if (!Files.isDirectory(tmpDir)) {
      return 0;
    }
    Instant cutoff = Instant.now().minus(age);
    int removed = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmpDir, "upload-*.part")) {
      for (Path part : parts) {
        if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)
            && Files.deleteIfExists(part)) {
          removed++;
        }
      }
    }
    return removed;
  }

  private Path path(String hex) {
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + hex);
    }
    return root.resolve("sha256")
        .resolve(hex.substring(0, 2))
        .resolve(hex.substring(2, 4))
        .resolve(hex);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
