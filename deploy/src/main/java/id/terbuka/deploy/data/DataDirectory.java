package id.terbuka.deploy.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The layout of one instance's data directory. Everything an instance owns lives under it, so
 * backing up or moving an instance means this directory (plus an external database, if used).
 */
public record DataDirectory(Path root) {

  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  public Path postgres() {
    return root.resolve("postgres");
  }

  public Path solr() {
    return root.resolve("solr");
  }

  public Path files() {
    return root.resolve("files");
  }

  public Path payara() {
    return root.resolve("payara");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path secrets() {
    return root.resolve("secrets");
  }

  public Path cliSecret() {
    return secrets().resolve("cli-secret");
  }

  /** The generated password of the embedded database's read-only role (datastore_search_sql). */
  public Path readonlyDbPassword() {
    return secrets().resolve("db-readonly-password");
  }

  /** A generated first admin password, kept only until the first start has completed. */
  public Path pendingAdminPassword() {
    return secrets().resolve("admin-password");
  }

  public Path pidFile() {
    return root.resolve("terbuka.pid");
  }

  /** The running instance's processes and ports (see {@link InstanceRecord}). */
  public Path instanceFile() {
    return root.resolve("terbuka.instance");
  }

  public Path urlFile() {
    return root.resolve("terbuka.url");
  }

  /** Held (file lock) while an instance runs; never deleted, so the lock is on a stable inode. */
  public Path lockFile() {
    return root.resolve("terbuka.lock");
  }

  /** Written after the first successful start. */
  public Path initialisedMarker() {
    return root.resolve("terbuka.initialised");
  }

  /** Creates the directories of the layout that do not exist yet. */
  public DataDirectory create() {
    try {
      for (Path dir : new Path[] {root, solr(), files(), payara(), logs(), secrets()}) {
        Files.createDirectories(dir);
      }
      // postgres/ is left to initdb, which wants to create it itself (or find it complete).
      Files.setPosixFilePermissions(secrets(), PosixFilePermissions.fromString("rwx------"));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + root, e);
    }
  }
}
