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
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  @TempDir static Path work;

  private static LauncherSupport launcher;
  private static Path dataDir;
  private static Map<String, String> runningEnv;

  /** Whatever happened, no instance is left running. */
  @AfterAll
  static void stopWhatIsLeft() throws Exception {
    if (launcher != null) {
      launcher.cleanUp(runningEnv);
    }
  }

  @Test
  void stopWaitsForTheWholeInstanceAndStartChecksItsOwnProcess() throws Exception {
    launcher = new LauncherSupport(work);
    dataDir = work.resolve("data");
    int port = Ports.freePort();
    int solrPort = Ports.freePort();
    int dbPort = Ports.freePort();
    Map<String, String> env = LauncherSupport.env(dataDir, port, solrPort, dbPort);
    runningEnv = env;
    String base = "http://127.0.0.1:" + port;

    launcher.start(env, work.resolve("first.out"));
    InstanceRecord first = LauncherSupport.record(dataDir);
    assertFalse(first.instanceId().isEmpty(), first.toString());
    assertEquals(first.instanceId(), readinessInstance(base));

    // Another instance (another data directory) that wants the same portal port is refused
    // before it starts anything.
    Path other = work.resolve("other");
    LauncherSupport.Result refused =
        launcher.run(LauncherSupport.env(other, port, Ports.freePort(), Ports.freePort()), "start");
    assertEquals(1, refused.code(), refused.output());
    assertTrue(
        refused.output().contains("port " + port + " is already in use, so the portal"),
        refused.output());
    assertFalse(Files.exists(other.resolve("postgres")), "no PostgreSQL was started");

    LauncherSupport.Result stop = launcher.run(env, "stop");
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

    launcher.start(env, work.resolve("second.out"));
    InstanceRecord second = LauncherSupport.record(dataDir);
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

    LauncherSupport.Result finalStop = launcher.run(env, "stop");
    assertEquals(0, finalStop.code(), finalStop.output());
    for (ProcessRef process : second.processes()) {
      assertFalse(process.isAlive(), process + " still runs after stop returned");
    }
  }

  /** The instance id in the portal's readiness answer. */
  private static String readinessInstance(String base) {
    HttpProbe.Answer answer = new HttpProbe().get(base + "/health/ready");
    assertEquals(
        200, answer.status(), () -> answer.body() + "\n" + LauncherSupport.logTails(dataDir));
    JsonObject health = Json.createReader(new StringReader(answer.body())).readObject();
    for (JsonValue check : health.getJsonArray("checks")) {
      JsonObject object = check.asJsonObject();
      if ("terbuka".equals(object.getString("name"))) {
        return object.getJsonObject("data").getString("instance");
      }
    }
    throw new AssertionError("no terbuka check in " + answer.body());
  }
}
