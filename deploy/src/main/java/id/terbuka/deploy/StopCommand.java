package id.terbuka.deploy;

import id.terbuka.deploy.data.DataDirectory;
import id.terbuka.deploy.data.InstanceLock;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code terbuka stop}: SIGTERM to the launcher recorded in the pid file, then wait for it. */
final class StopCommand {

  /** Payara (60 s), Solr (30 s) and PostgreSQL each get their grace period; this covers them. */
  private static final Duration WAIT = Duration.ofMinutes(3);

  private final DataDirectory dataDir;
  private final PrintStream out;

  StopCommand(DataDirectory dataDir, PrintStream out) {
    this.dataDir = dataDir;
    this.out = out;
  }

  int run() throws IOException, InterruptedException {
    Optional<ProcessHandle> launcher =
        InstanceLock.recordedPid(dataDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    if (launcher.isEmpty()) {
      out.println("Terbuka is not running on " + dataDir.root() + ".");
      return 0;
    }
    long pid = launcher.get().pid();
    out.println("Stopping Terbuka on " + dataDir.root() + " (pid " + pid + ") ...");
    CompletableFuture<ProcessHandle> exited = launcher.get().onExit();
    // destroy() is SIGTERM: the launcher's shutdown hook stops Payara, Solr and PostgreSQL in
    // order.
    launcher.get().destroy();
    try {
      exited.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      out.println("Stopped.");
      return 0;
    } catch (TimeoutException e) {
      System.err.println(
          "Terbuka (pid "
              + pid
              + ") is still stopping after "
              + WAIT.toMinutes()
              + " min; see "
              + dataDir.logs()
              + ". Kill it with: kill -9 "
              + pid);
      return 1;
    } catch (ExecutionException e) {
      throw new IOException("waiting for pid " + pid + " failed", e);
    }
  }
}
