package id.terbuka.datastore.domain;

import java.util.Map;

/** The timings of a load, kept with the table ({@code last_load} in {@code datastore_info}). */
public final class LoadStats {
  private LoadStats() {}

  /** Records the milliseconds since {@code start} under {@code key}; returns now. */
  public static long lap(Map<String, Object> stats, String key, long start) {
    long now = System.nanoTime();
    stats.put(key, (now - start) / 1_000_000);
    return now;
  }
}
