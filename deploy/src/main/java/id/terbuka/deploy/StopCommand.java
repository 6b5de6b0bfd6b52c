package id.terbuka.deploy;

import id.terbuka.deploy.data.DataDirectory;
import id.terbuka.deploy.data.InstanceLock;
import id.terbuka.deploy.data.InstanceRecord;
import id.terbuka.deploy.process.ProcessRef;
import id.terbuka.deploy.process.ShutdownWait;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code terbuka stop}: SIGTERM to the launcher recorded in the pid file, then wait until the whole
 * instance is gone: the launcher, every process it started (Payara, Solr, PostgreSQL, as listed in
 * {@link InstanceRecord}) and their ports. Only then may a {@code start} follow without meeting the
 * old instance. If the launcher itself was killed, the processes it left behind are stopped.
 */
final class StopCommand {

  /** Payara (60 s), Solr (30 s) and PostgreSQL each get their grace period; this covers them. */
  private static final Duration WAIT = Duration.ofMinutes(3);

  private final DataDirectory dataDir;
  private final PrintStream out;
  private final PrintStream err;

  StopCommand(DataDirectory dataDir, PrintStream out, PrintStream err) {
    this.dataDir = dataDir;
    this.out = out;
    this.err = err;
  }

  int run() throws IOException, InterruptedException {
    // Read before the signal: the launcher removes its files as it exits.
    InstanceRecord record = InstanceRecord.read(dataDir).orElse(InstanceRecord.empty());
    Optional<ProcessHandle> launcher =
        InstanceLock.recordedPid(dataDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    List<ProcessRef> processes = new ArrayList<>(record.processes());
    // The record lists the launcher too, unless it was written by an older launcher.
    launcher
        .filter(l -> processes.stream().noneMatch(p -> p.pid() == l.pid()))
        .ifPresent(l -> processes.add(0, ProcessRef.of("the launcher", l)));
    if (launcher.isPresent()) {
      out.println(
          "Stopping Terbuka on " + dataDir.root() + " (pid " + launcher.get().pid() + ") ...");
      // destroy() is SIGTERM: the launcher's shutdown hook stops Payara, Solr and PostgreSQL in
      // order.
      launcher.get().destroy();
    } else {
      List<ProcessRef> orphans = processes.stream().filter(ProcessRef::isAlive).toList();
      if (orphans.isEmpty()) {
        InstanceRecord.delete(dataDir);
        out.println("Terbuka is not running on " + dataDir.root() + ".");
        return 0;
      }
      out.println(
          "The launcher of " + dataDir.root() + " is gone; stopping what it left: " + orphans);
      // Newest first, as the launcher would: the portal before its search and its database.
      for (int i = orphans.size() - 1; i >= 0; i--) {
        orphans.get(i).live().ifPresent(ProcessHandle::destroy);
      }
    }
    List<String> left = new ShutdownWait().await(processes, record.ports(), WAIT);
    if (left.isEmpty()) {
      InstanceRecord.delete(dataDir);
      out.println("Stopped.");
      return 0;
    }
    err.println(
        "Terbuka on "
            + dataDir.root()
            + " has not fully stopped after "
            + WAIT.toMinutes()
            + " min: "
            + String.join("; ", left)
            + ". See "
            + dataDir.logs()
            + "; end a process that hangs with: kill -9 <pid>");
    return 1;
  }
}
