package id.terbuka.deploy;

import id.terbuka.deploy.admin.AdminClient;
import id.terbuka.deploy.admin.AdminException;
import id.terbuka.deploy.config.Command;
import id.terbuka.deploy.config.ConfigException;
import id.terbuka.deploy.config.LauncherConfig;
import id.terbuka.deploy.data.DataDirectory;
import id.terbuka.deploy.solr.SolrProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code deploy/terbuka}. Exit codes: 0 success, 1 failure, 2 bad usage or settings,
 * 3 {@code reindex --check} found drift.
 */
public final class Launcher {

  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int DRIFT = 3;

  private Launcher() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args)));
  }

  static int run(List<String> args) {
    PrintStream out = System.out;
    try {
      Command command = Command.parse(args);
      if (command.name().equals("help")) {
        out.println(Command.USAGE);
        return 0;
      }
      LauncherConfig config =
          LauncherConfig.fromEnvironment(System.getenv(), Path.of("").toAbsolutePath());
      DataDirectory dataDir = new DataDirectory(config.dataDir());
      Artefacts artefacts =
          Artefacts.locate(
              System.getenv(), Optional.ofNullable(System.getProperty("terbuka.repo.root")));
      return switch (command.name()) {
        case "start" -> new StartCommand(config, artefacts, false, out).run();
        case "demo" -> new StartCommand(config, artefacts, true, out).run();
        case "stop" -> new StopCommand(dataDir, out, System.err).run();
        case "reindex" -> reindex(dataDir, command.check(), out);
        case "token" -> token(dataDir, command.user().orElseThrow(), out);
        case "solr" -> solr(config, dataDir.create());
        default -> throw new ConfigException("unknown command " + command.name());
      };
    } catch (ConfigException e) {
      System.err.println("terbuka: " + e.getMessage());
      System.err.println(Command.USAGE);
      return USAGE;
    } catch (AdminException | IOException e) {
      System.err.println("terbuka: " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FAILED;
    }
  }

  private static int reindex(DataDirectory dataDir, boolean check, PrintStream out)
      throws AdminException {
    AdminClient client = AdminClient.forDataDirectory(dataDir);
    if (!check) {
      out.println(AdminClient.pretty(client.reindex()));
      return 0;
    }
    AdminClient.DriftReport report = client.check();
    out.println(report.prettyJson());
    if (report.drift()) {
      System.err.println("Drift found: run 'deploy/terbuka reindex' to repair it.");
      return DRIFT;
    }
    return 0;
  }

  /** Only the token goes to stdout, so {@code TOKEN=$(deploy/terbuka token --user x)} works. */
  private static int token(DataDirectory dataDir, String user, PrintStream out)
      throws AdminException {
    out.println(AdminClient.forDataDirectory(dataDir).createToken(user));
    return 0;
  }

  /** Solr alone in the foreground, its output on the console, until Ctrl-C. */
  private static int solr(LauncherConfig config, DataDirectory dataDir)
      throws IOException, InterruptedException {
    SolrProcess solr =
        SolrProcess.launch(
            dataDir.solr(),
            config.solrPort(),
            config.solrJvmOptions(),
            dataDir.logs(),
            Optional.empty());
    Runtime.getRuntime().addShutdownHook(new Thread(solr::stop, "terbuka-solr-stop"));
    solr.awaitReady();
    return solr.jvm().waitFor() == 0 ? 0 : FAILED;
  }
}
