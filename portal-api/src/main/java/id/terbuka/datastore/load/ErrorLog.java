package id.terbuka.datastore.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems during the inspection pass: every one is counted, only the first {@link #LIMIT}
 * are kept, so a broken million-row file cannot fill the heap with messages.
 */
final class ErrorLog {
  static final int LIMIT = 100;

  private final List<LoadError> kept = new ArrayList<>();
  private long total;

  void add(LoadError error) {
    total++;
    if (kept.size() < LIMIT) {
      kept.add(error);
    }
  }

  long total() {
    return total;
  }

  boolean isEmpty() {
    return total == 0;
  }

  /**
   * Adds what another log found (the per-column logs are merged at the end of the pass). All kept
   * entries are taken, since each log is in row order and the lowest rows are reported after
   * sorting; that is at most {@link #LIMIT} per column.
   */
  void addAll(ErrorLog other) {
    kept.addAll(other.kept);
    total += other.total;
  }

  void throwIfAny() {
    if (total > 0) {
      List<LoadError> sorted = new ArrayList<>(kept);
      sorted.sort(Comparator.comparingLong(LoadError::row));
      throw new TableLoadException(sorted.subList(0, Math.min(LIMIT, sorted.size())), total);
    }
  }
}
