package id.terbuka.deploy.process;

import java.time.Instant;
import java.util.Optional;

/**
 * A process of a running instance as {@code terbuka stop} finds it again: by pid, and by start time
 * because pids are reused once a process has gone.
 *
 * @param name for messages, e.g. "Payara Micro"
 * @param pid the operating system's process id
 * @param startMillis when it started (epoch milliseconds), 0 when the system did not say
 */
public record ProcessRef(String name, long pid, long startMillis) {

  /** Start times read twice may differ by the clock tick the system counts them in. */
  private static final long SAME_START_TOLERANCE_MILLIS = 1000;

  public static ProcessRef of(String name, ProcessHandle process) {
    return new ProcessRef(
        name, process.pid(), process.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
  }

  /** The process, while it runs and is still the one recorded. */
  public Optional<ProcessHandle> live() {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::startedWhenRecorded);
  }

  public boolean isAlive() {
    return live().isPresent();
  }

  private boolean startedWhenRecorded(ProcessHandle process) {
    if (startMillis == 0) {
      return true;
    }
    return process
        .info()
        .startInstant()
        .map(i -> Math.abs(i.toEpochMilli() - startMillis) < SAME_START_TOLERANCE_MILLIS)
        .orElse(true);
  }

  @Override
  public String toString() {
    return name + " (pid " + pid + ")";
  }
}
