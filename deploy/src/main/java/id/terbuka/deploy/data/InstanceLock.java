package id.terbuka.deploy.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Makes sure one instance at a time runs on a data directory. An OS file lock decides (it is
 * released even when the launcher is killed hard); the pid file tells {@code terbuka stop} whom to
 * signal.
 */
public final class InstanceLock implements AutoCloseable {

  private final DataDirectory dataDir;
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(DataDirectory dataDir, FileChannel channel, FileLock lock) {
    this.dataDir = dataDir;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock and writes this process's pid.
   *
   * @return empty when another instance holds the lock
   */
  public static Optional<InstanceLock> acquire(DataDirectory dataDir) throws IOException {
    FileChannel channel =
        FileChannel.open(dataDir.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // This JVM already holds it (only seen in tests): as taken as by another process.
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    Files.writeString(
        dataDir.pidFile(), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
    return Optional.of(new InstanceLock(dataDir, channel, lock));
  }

  /** The pid recorded by the running instance, if any. */
  public static Optional<Long> recordedPid(DataDirectory dataDir) throws IOException {
    if (!Files.exists(dataDir.pidFile())) {
      return Optional.empty();
    }
    String text = Files.readString(dataDir.pidFile(), StandardCharsets.US_ASCII).trim();
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Removes the pid and URL files and releases the lock; later calls do nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      Files.deleteIfExists(dataDir.pidFile());
      Files.deleteIfExists(dataDir.urlFile());
    } finally {
      lock.release();
      channel.close();
    }
  }
}
