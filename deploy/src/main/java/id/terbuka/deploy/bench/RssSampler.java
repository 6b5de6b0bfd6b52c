package id.terbuka.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a process's resident set size from {@code /proc/<pid>/status} every 100 ms on a daemon
 * thread; {@link #reset} starts a new phase, {@link #peak} is the highest sample since.
 */
final class RssSampler {
  private final Path status;
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong first = new AtomicLong(-1);
  private volatile boolean running = true;

  private RssSampler(long pid) {
    this.status = Path.of("/proc", Long.toString(pid), "status");
  }

  static RssSampler start(long pid) {
    RssSampler s = new RssSampler(pid);
    Thread t = new Thread(s::loop, "rss-sampler");
    t.setDaemon(true);
    t.start();
    return s;
  }

  private void loop() {
    while (running) {
      long rss = sample();
      first.compareAndSet(-1, rss);
      peak.accumulateAndGet(rss, Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Resident bytes now, or 0 if the process is gone. */
  long sample() {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  void reset() {
    long now = sample();
    first.set(now);
    peak.set(now);
  }

  long peak() {
    return peak.get();
  }

  /** The sample at the last reset. */
  long first() {
    return first.get();
  }

  void stop() {
    running = false;
  }
}
