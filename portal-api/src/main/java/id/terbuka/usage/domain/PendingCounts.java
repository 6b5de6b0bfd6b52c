package id.terbuka.usage.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts not yet written to the database. Adding is lock-free (one map look-up and an atomic
 * increment), so counting costs a page almost nothing. {@link #drain()} takes every count with
 * {@code getAndSet(0)}: an increment racing with it lands either in this drain or in the next,
 * never in neither. Counters of past days are dropped once empty, so the map holds about one day's
 * keys.
 */
public final class PendingCounts {
  private final ConcurrentHashMap<UsageKey, AtomicLong> counts = new ConcurrentHashMap<>();

  public void add(UsageKey key, long n) {
    if (n > 0) {
      counts.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(n);
    }
  }

  /**
   * Takes the counts gathered since the last drain (zero counts left out) and forgets the empty
   * counters of days before {@code today}.
   */
  public Map<UsageKey, Long> drain(LocalDate today) {
    Map<UsageKey, Long> out = new LinkedHashMap<>();
    counts.forEach(
        (key, counter) -> {
          long n = counter.getAndSet(0);
          if (n > 0) {
            out.put(key, n);
          }
        });
    // A past day receives no more increments (bar one racing the day's end by microseconds).
    counts.entrySet().removeIf(e -> e.getKey().day().isBefore(today) && e.getValue().get() == 0);
    return out;
  }

  /** Puts counts back after a failed write, so the next flush retries them. */
  public void restore(Map<UsageKey, Long> drained) {
    drained.forEach(this::add);
  }

  /** Pending total of one key (tests and the page's own view, not for reports). */
  public long pending(UsageKey key) {
    AtomicLong c = counts.get(key);
    return c == null ? 0 : c.get();
  }

  /** Number of counters held (memory check). */
  public int size() {
    return counts.size();
  }
}
