package id.terbuka.web;

import id.terbuka.deploy.data.DataDirectory;
import id.terbuka.deploy.data.InstanceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code deploy/terbuka} as an operator types it, with the built WAR, for the tests that need
 * a whole instance (restart, a killed import): its processes are kept so that whatever happens, an
 * {@link #cleanUp} leaves nothing running.
 */
final class LauncherSupport {
  static final Path SCRIPT =
      Path.of(System.getProperty("terbuka.repo.root", "..")).resolve("deploy/terbuka");
  private static final Duration START_WAIT = Duration.ofMinutes(4);
  private static final Duration COMMAND_WAIT = Duration.ofMinutes(4);

  private final Path work;
  private final List<Process> started = new ArrayList<>();

  LauncherSupport(Path work) {
    this.work = work;
  }

  record Result(int code, String output) {}

  static Map<String, String> env(Path dataDir, int port, int solrPort, int dbPort) {
    return Map.of(
        "TERBUKA_DATA_DIR", dataDir.toString(),
        "TERBUKA_PORT", Integer.toString(port),
        "TERBUKA_SOLR_PORT", Integer.toString(solrPort),
        "TERBUKA_DB_PORT", Integer.toString(dbPort),
        "TERBUKA_NO_BUILD", "1",
        "TERBUKA_WAR", System.getProperty("terbuka.war"),
        "TERBUKA_PAYARA_JAR", System.getProperty("payara.microJar"),
        "TERBUKA_ADMIN_PASSWORD", "restart-admin-password");
  }

  /** Runs {@code deploy/terbuka start} in the background until it says the portal is running. */
  void start(Map<String, String> env, Path output) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "start");
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    Process process = builder.start();
    started.add(process);
    Instant deadline = Instant.now().plus(START_WAIT);
    while (Instant.now().isBefore(deadline)) {
      String text = Files.readString(output, StandardCharsets.UTF_8);
      if (text.contains("Terbuka is running at")) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("start ended (" + process.exitValue() + "):\n" + text);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not running after " + START_WAIT + ":\n" + Files.readString(output));
  }

  /** Runs a launcher command ({@code stop}, {@code token --user admin}) to its end. */
  Result run(Map<String, String> env, String... command) throws Exception {
    Path output = Files.createTempFile(work, command[0], ".out");
    List<String> line = new ArrayList<>(List.of(SCRIPT.toString()));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    Process process = builder.start();
    started.add(process);
    if (!process.waitFor(COMMAND_WAIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError(command[0] + " did not return:\n" + Files.readString(output));
    }
    return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  /** Stops the instance of {@code env} if any, then kills whatever the launcher left. */
  void cleanUp(Map<String, String> env) throws Exception {
    if (env != null) {
      run(env, "stop");
    }
    for (Process process : started) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  static InstanceRecord record(Path dataDir) throws IOException {
    return InstanceRecord.read(new DataDirectory(dataDir))
        .orElseThrow(() -> new AssertionError("no instance record in " + dataDir));
  }

  /** The end of each log of the instance, for a failure message. */
  static String logTails(Path dataDir) {
    StringBuilder out = new StringBuilder();
    try (var logs = Files.list(new DataDirectory(dataDir).logs())) {
      for (Path log : logs.sorted().toList()) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        out.append("--- ").append(log.getFileName()).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 60), lines.size())
            .forEach(l -> out.append(l).append('\n'));
      }
    } catch (IOException e) {
      out.append("(logs not readable: ").append(e).append(')');
    }
    return out.toString();
  }
}
