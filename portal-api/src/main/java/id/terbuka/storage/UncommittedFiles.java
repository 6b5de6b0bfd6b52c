package id.terbuka.storage;

import java.util.HashMap;
import java.util.Map;

/**
 * Bookkeeping for files that transactions stored while nothing referred to them. Two uploads of the
 * same new content may run at once and share one stored file; when one rolls back, the file may
 * only go if no other of them committed (its rows now refer to the file) or is still running.
 * Covers the transactions of this process; the database check before registering covers the rest.
 */
final class UncommittedFiles {
  private final Map<String, Entry> entries = new HashMap<>();

  private static final class Entry {
    int running;
    boolean committed;
  }

  /** A transaction stored {@code sha256} while it was unreferenced. */
  synchronized void begin(String sha256) {
    entries.computeIfAbsent(sha256, k -> new Entry()).running++;
  }

  /** That transaction ended; true when the file is to be deleted now. */
  synchronized boolean end(String sha256, boolean committed) {
    Entry e = entries.get(sha256);
    if (e == null) {
      return false;
    }
    e.running--;
    e.committed |= committed;
    if (e.running > 0) {
      // Another transaction is still using it; the last one to finish decides.
      return false;
    }
    entries.remove(sha256);
    return !e.committed;
  }
}
