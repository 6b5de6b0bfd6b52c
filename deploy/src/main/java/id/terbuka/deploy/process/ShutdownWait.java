package id.terbuka.deploy.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Waits until an instance is really gone: every one of its processes has exited and every port it
 * used is free again, so that a {@code start} right after {@code stop} neither meets a dying server
 * on its port nor mistakes that server's answers for its own.
 */
public final class ShutdownWait {

  /**
   * Once the processes are gone a port is normally free at once; one still taken after this long
   * belongs to someone else, and waiting longer would not help.
   */
  static final Duration PORT_GRACE = Duration.ofSeconds(10);

  private static final long POLL_MILLIS = 200;

  private final Predicate<ProcessRef> alive;
  private final IntPredicate portFree;
  private final LongSupplier nanoClock;

  /** Against the real system. */
  public ShutdownWait() {
    this(ProcessRef::isAlive, Ports::isFree, System::nanoTime);
  }

  ShutdownWait(Predicate<ProcessRef> alive, IntPredicate portFree, LongSupplier nanoClock) {
    this.alive = alive;
    this.portFree = portFree;
    this.nanoClock = nanoClock;
  }

  /**
   * What is still there: one sentence per running process and per taken port, empty when the
   * instance is gone.
   *
   * @param ports what used the port (e.g. "the portal") to the port
   */
  public List<String> leftovers(List<ProcessRef> processes, Map<String, Integer> ports) {
    List<String> left = new ArrayList<>();
    for (ProcessRef process : processes) {
      if (alive.test(process)) {
        left.add(process + " is still running");
      }
    }
    ports.forEach(
        (what, port) -> {
          if (!portFree.test(port)) {
            left.add("port " + port + " (" + what + ") is still in use");
          }
        });
    return left;
  }

  /**
   * Waits up to {@code max} for {@link #leftovers} to become empty (ports get {@link #PORT_GRACE}
   * after the last process, even past {@code max}).
   *
   * @return what was still there at the end, empty on success
   */
  public List<String> await(List<ProcessRef> processes, Map<String, Integer> ports, Duration max)
      throws InterruptedException {
    long deadline = nanoClock.getAsLong() + max.toNanos();
    Long processesGoneAt = null;
    while (true) {
      List<String> left = leftovers(processes, ports);
      if (left.isEmpty()) {
        return left;
      }
      long now = nanoClock.getAsLong();
      boolean processesGone = processes.stream().noneMatch(alive);
      if (processesGone && processesGoneAt == null) {
        processesGoneAt = now;
      }
      boolean portsHopeless =
          processesGoneAt != null && now - processesGoneAt >= PORT_GRACE.toNanos();
      if (portsHopeless || (!processesGone && now >= deadline)) {
        return left;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }
}
