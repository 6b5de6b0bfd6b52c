package id.terbuka.deploy.solr;

import id.terbuka.deploy.process.ChildJvm;
import id.terbuka.deploy.process.HttpProbe;
import id.terbuka.deploy.process.Ports;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bundled Solr in its own JVM, as the launcher runs it. */
public final class SolrProcess {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final ChildJvm jvm;
  private final int port;

  private SolrProcess(ChildJvm jvm, int port) {
    this.jvm = jvm;
    this.port = port;
  }

  /**
   * Starts the Solr JVM without waiting; call {@link #awaitReady()} next. Split in two so the
   * caller can register the child for shutdown before the wait.
   *
   * @param home the solr home (laid out by the child)
   * @param logDir Solr's {@code solr.log.dir}
   * @param logFile where the JVM's output goes; empty for the console (foreground {@code solr})
   */
  public static SolrProcess launch(
      Path home, int port, List<String> jvmOptions, Path logDir, Optional<Path> logFile)
      throws IOException {
    Ports.requireFree(
        port, "Solr", "TERBUKA_SOLR_PORT (or use an external Solr: TERBUKA_SOLR_URL)");
    List<String> args = new ArrayList<>(jvmOptions);
    args.add("-Dsolr.log.dir=" + logDir);
    args.add("-cp");
    args.add(System.getProperty("java.class.path"));
    args.add(SolrServerMain.class.getName());
    args.addAll(List.of("--home", home.toString(), "--port", Integer.toString(port)));
    args.add("--stop-with-parent");
    ChildJvm jvm = ChildJvm.start("Solr", args, Map.of(), logFile);
    return new SolrProcess(jvm, port);
  }

  /** Waits until the core answers a ping; on failure Solr is stopped and the log tail reported. */
  public void awaitReady() throws IOException {
    HttpProbe probe = new HttpProbe();
    String ping = baseUrl() + "/" + SolrHome.CORE + "/admin/ping";
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!jvm.isAlive()) {
        throw new IOException("Solr exited while starting. Its log ends with:\n" + jvm.logTail());
      }
      if (probe.isOk(ping)) {
        return;
      }
      sleep();
    }
    jvm.stop(STOP_GRACE);
    throw new IOException(
        "Solr did not answer within "
            + START_TIMEOUT.toSeconds()
            + " s. Its log ends with:\n"
            + jvm.logTail());
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Solr", e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port + "/solr";
  }

  public ChildJvm jvm() {
    return jvm;
  }

  /** Stops Solr gracefully; returns false if it had to be killed. */
  public boolean stop() {
    return jvm.stop(STOP_GRACE);
  }
}
