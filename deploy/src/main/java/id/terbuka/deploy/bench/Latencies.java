package id.terbuka.deploy.bench;

import java.util.Arrays;

/** Recorded latencies in nanoseconds, with nearest-rank percentiles. */
final class Latencies {
  private long[] values = new long[256];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  /** The p-th percentile (0-100) in milliseconds. */
  double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  int count() {
    return size;
  }
}
