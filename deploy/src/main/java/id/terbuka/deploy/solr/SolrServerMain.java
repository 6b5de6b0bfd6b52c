package id.terbuka.deploy.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the bundled Solr in this JVM until SIGTERM/SIGINT. Started by the launcher as a separate JVM
 * so Solr's heap, threads and jars stay out of the launcher and out of Payara.
 *
 * <p>Arguments: {@code --home DIR [--port N] [--stop-with-parent]}. The port defaults to {@code
 * TERBUKA_SOLR_PORT}, then 8983. With {@code --stop-with-parent} Solr also stops when the process
 * that started it dies, so a killed launcher leaves no Solr behind.
 */
public final class SolrServerMain {

  /** Printed once Solr answers; the launcher and operators can wait for it. */
  public static final String READY_PREFIX = "Terbuka Solr ready at ";

  private SolrServerMain() {}

  public static void main(String[] args) throws Exception {
    SolrServerArgs options = SolrServerArgs.parse(List.of(args), System.getenv());
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", options.home().resolveSibling("logs").toString());
    }
    BundledSolr solr = BundledSolr.startInProcess(options.home(), options.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopQuietly(solr);
                  stopped.countDown();
                },
                "terbuka-solr-stop"));
    if (options.stopWithParent()) {
      ProcessHandle.current()
          .parent()
          .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }
    System.out.println(
        READY_PREFIX + solr.baseUrl() + " (cores " + new TreeSet<>(SolrHome.CORES.keySet()) + ")");
    System.out.flush();
    stopped.await();
  }

  private static void stopQuietly(BundledSolr solr) {
    try {
      solr.stop();
      System.out.println("Terbuka Solr stopped");
    } catch (IOException e) {
      System.err.println(e.getMessage());
    }
  }

  /** The parsed command line of {@link SolrServerMain}. */
  record SolrServerArgs(Path home, int port, boolean stopWithParent) {

    static SolrServerArgs parse(List<String> args, Map<String, String> env) {
      Path home = null;
      String port = env.getOrDefault("TERBUKA_SOLR_PORT", "8983");
      boolean stopWithParent = false;
      for (int i = 0; i < args.size(); i++) {
        switch (args.get(i)) {
          case "--home" -> home = Path.of(value(args, ++i, "--home"));
          case "--port" -> port = value(args, ++i, "--port");
          case "--stop-with-parent" -> stopWithParent = true;
          default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
        }
      }
      if (home == null) {
        throw new IllegalArgumentException("--home DIR is required");
      }
      try {
        return new SolrServerArgs(
            home.toAbsolutePath(), Integer.parseInt(port.trim()), stopWithParent);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the Solr port must be a number, not '" + port + "'", e);
      }
    }

    private static String value(List<String> args, int index, String option) {
      if (index >= args.size()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args.get(index);
    }
  }
}
