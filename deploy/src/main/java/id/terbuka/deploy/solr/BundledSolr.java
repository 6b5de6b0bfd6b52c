package id.terbuka.deploy.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real Solr node (Jetty + Solr from Maven artifacts) serving the cores of {@link SolrHome#CORES}
 * on the loopback interface. The launcher runs it in its own JVM through {@link SolrServerMain};
 * tests run it in-process with {@link #startInProcess}.
 */
public final class BundledSolr implements AutoCloseable {

  private final JettySolrRunner runner;
  private final int port;

  private BundledSolr(JettySolrRunner runner, int port) {
    this.runner = runner;
    this.port = port;
  }

  /**
   * Lays out a solr home under {@code home} and starts Solr on it.
   *
   * @param port the HTTP port; 0 picks a free one (kept across {@link #restart()})
   * @throws IOException when Solr does not start or the core fails to load
   */
  public static BundledSolr startInProcess(Path home, int port) throws IOException {
    SolrHome.prepare(home);
    if (System.getProperty("solr.log.dir") == null) {
      // Solr complains loudly without it; tests get their logs next to the home.
      System.setProperty("solr.log.dir", home.resolve("logs").toString());
    }
    JettySolrRunner runner =
        new JettySolrRunner(
            home.toAbsolutePath().toString(),
            JettyConfig.builder()
                .setPort(port)
                .setContext("/solr")
                // The owner decides when to stop (the launcher orders its shutdown).
                .stopAtShutdown(false)
                .waitForLoadingCoresToFinish(120_000L)
                .build());
    try {
      runner.start();
    } catch (Exception e) {
      throw new IOException("Solr did not start on port " + port + ": " + e.getMessage(), e);
    }
    BundledSolr solr = new BundledSolr(runner, runner.getLocalPort());
    solr.requireCoreLoaded();
    return solr;
  }

  /** Solr base URL, e.g. {@code http://127.0.0.1:8983/solr}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port + "/solr";
  }

  public int port() {
    return port;
  }

  public boolean isRunning() {
    return runner.isRunning();
  }

  /** Stops Solr; the index stays on disk. Does nothing when already stopped. */
  public void stop() throws IOException {
    if (runner.isStopped()) {
      return;
    }
    try {
      runner.stop();
    } catch (Exception e) {
      throw new IOException("Solr did not stop cleanly: " + e.getMessage(), e);
    }
  }

  /** Starts Solr again on the same port with the same index. */
  public void restart() throws IOException {
    stop();
    try {
      runner.start(true);
    } catch (Exception e) {
      throw new IOException("Solr did not restart on port " + port + ": " + e.getMessage(), e);
    }
    requireCoreLoaded();
  }

  @Override
  public void close() throws IOException {
    stop();
  }

  /** Solr starts even when a core cannot load; a portal without its cores is not "up". */
  private void requireCoreLoaded() throws IOException {
    CoreContainer cores = runner.getCoreContainer();
    Map<String, CoreContainer.CoreLoadFailure> failures = cores.getCoreInitFailures();
    if (!failures.isEmpty()) {
      Map.Entry<String, CoreContainer.CoreLoadFailure> failure =
          new TreeMap<>(failures).firstEntry();
      stop();
      throw new IOException(
          "Solr core '" + failure.getKey() + "' did not load: " + failure.getValue().exception);
    }
    for (String core : new TreeSet<>(SolrHome.CORES.keySet())) {
      if (!cores.getLoadedCoreNames().contains(core)) {
        stop();
        throw new IOException(
            "Solr core '"
                + core
                + "' did not load: it is not among the loaded cores "
                + cores.getLoadedCoreNames());
      }
    }
  }
}
