package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.deploy.data.DataDirectory;
import id.terbuka.deploy.data.InstanceRecord;
import id.terbuka.deploy.process.HttpProbe;
import id.terbuka.deploy.process.Ports;
import id.terbuka.deploy.process.ProcessRef;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/terbuka stop; deploy/terbuka start} as an operator types it, with the built WAR:
 * {@code stop} returns only when every process of the instance has exited and its ports are free;
 * {@code start} refuses at once, naming the port, while a port it needs is taken; and a start is
 * ready only when its own portal answers (the instance id in the readiness answer).
 */
class LauncherRestartIT {

  private static final Path SCRIPT =
      Path.of(System.getProperty("terbuka.repo.root", "..")).resolve("deploy/terbuka");
  private static final Duration START_WAIT = Duration.ofMinutes(4);
  private static final Duration COMMAND_WAIT = Duration.ofMinutes(4);

  @TempDir static Path work;

  private static final List<Process> started = new ArrayList<>();
  private static Path dataDir;

  /** Whatever happened, no instance is left running. */
  @AfterAll
  static void stopWhatIsLeft() throws Exception {
    if (dataDir != null) {
      run(env(dataDir, Ports.freePort(), Ports.freePort(), Ports.freePort()), "stop");
    }
    for (Process process : started) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @Test
  void stopWaitsForTheWholeInstanceAndStartChecksItsOwnProcess() throws Exception {
    dataDir = work.resolve("data");
    int port = Ports.freePort();
    int solrPort = Ports.freePort();
    int dbPort = Ports.freePort();
    Map<String, String> env = env(dataDir, port, solrPort, dbPort);
    String base = "http://127.0.0.1:" + port;

    start(env, work.resolve("first.out"));
    InstanceRecord first = record();
    assertFalse(first.instanceId().isEmpty(), first.toString());
    assertEquals(first.instanceId(), readinessInstance(base));

    // Another instance (another data directory) that wants the same portal port is refused
    // before it starts anything.
    Path other = work.resolve("other");
    Result refused = run(env(other, port, Ports.freePort(), Ports.freePort()), "start");
    assertEquals(1, refused.code(), refused.output());
    assertTrue(
        refused.output().contains("port " + port + " is already in use, so the portal"),
        refused.output());
    assertFalse(Files.exists(other.resolve("postgres")), "no PostgreSQL was started");

    Result stop = run(env, "stop");
    assertEquals(0, stop.code(), stop.output());
    // The moment stop returns: nothing of the instance is left, nothing answers.
    for (ProcessRef process : first.processes()) {
      assertFalse(process.isAlive(), process + " still runs after stop returned");
    }
    assertEquals(4, first.processes().size(), "launcher, PostgreSQL, Solr, Payara: " + first);
    for (int used : List.of(port, solrPort, dbPort)) {
      assertTrue(Ports.isFree(used), "port " + used + " still taken after stop returned");
    }
    assertEquals(-1, new HttpProbe().status(base + "/api/3/action/status_show"));
    assertFalse(Files.exists(new DataDirectory(dataDir).instanceFile()));

    start(env, work.resolve("second.out"));
    InstanceRecord second = record();
    assertNotEquals(first.instanceId(), second.instanceId());
    assertEquals(second.instanceId(), readinessInstance(base));
    // Ready means ready for good: Payara once redeployed the previous run's copy remembered in
    // its runtime directory, so a restart answered ready and then lost its application.
    Instant until = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(until)) {
      assertEquals(second.instanceId(), readinessInstance(base));
      Thread.sleep(200);
    }
    assertEquals(200, new HttpProbe().status(base + "/api/3/action/status_show"));

    Result finalStop = run(env, "stop");
    assertEquals(0, finalStop.code(), finalStop.output());
    for (ProcessRef process : second.processes()) {
      assertFalse(process.isAlive(), process + " still runs after stop returned");
    }
  }

  private static Map<String, String> env(Path dataDir, int port, int solrPort, int dbPort) {
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
  private static void start(Map<String, String> env, Path output) throws Exception {
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

  private record Result(int code, String output) {}

  private static Result run(Map<String, String> env, String command) throws Exception {
    Path output = Files.createTempFile(work, command, ".out");
    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(output.toFile());
    Process process = builder.start();
    started.add(process);
    if (!process.waitFor(COMMAND_WAIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError(command + " did not return:\n" + Files.readString(output));
    }
    return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  private static InstanceRecord record() throws IOException {
    return InstanceRecord.read(new DataDirectory(dataDir))
        .orElseThrow(() -> new AssertionError("no instance record in " + dataDir));
  }

  /** The instance id in the portal's readiness answer. */
  private static String readinessInstance(String base) {
    HttpProbe.Answer answer = new HttpProbe().get(base + "/health/ready");
    assertEquals(200, answer.status(), () -> answer.body() + "\n" + logTails());
    JsonObject health = Json.createReader(new StringReader(answer.body())).readObject();
    for (JsonValue check : health.getJsonArray("checks")) {
      JsonObject object = check.asJsonObject();
      if ("terbuka".equals(object.getString("name"))) {
        return object.getJsonObject("data").getString("instance");
      }
    }
    throw new AssertionError("no terbuka check in " + answer.body());
  }

  /** The end of each log of the instance, for a failure message. */
  private static String logTails() {
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
