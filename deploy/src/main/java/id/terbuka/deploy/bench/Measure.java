package id.terbuka.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small measuring helpers the benchmarks share: elapsed seconds, medians, the machine's load. */
final class Measure {
  private Measure() {}

  /** Seconds since a {@link System#nanoTime} reading. */
  static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  /** The median of the runs (the upper one of an even count). */
  static double median(List<Double> runs) {
    List<Double> sorted = new ArrayList<>(runs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "(unknown)";
    }
  }
}
