package id.terbuka.deploy.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShutdownWaitTest {

  private static final ProcessRef PAYARA = new ProcessRef("Payara Micro", 12, 0);
  private static final ProcessRef SOLR = new ProcessRef("Solr", 13, 0);
  private static final Map<String, Integer> PORTS = Map.of("the portal", 8080);

  private final Set<ProcessRef> running = new HashSet<>();
  private final Set<Integer> taken = new HashSet<>();

  /** Each reading of the clock moves it on 3 s, so waits end after a few polls. */
  private final AtomicLong clock = new AtomicLong();

  private final ShutdownWait wait =
      new ShutdownWait(
          running::contains,
          port -> !taken.contains(port),
          () -> clock.addAndGet(Duration.ofSeconds(3).toNanos()));

  @Test
  void namesEveryProcessAndPortStillThere() {
    running.add(PAYARA);
    taken.add(8080);
    assertEquals(
        List.of("Payara Micro (pid 12) is still running", "port 8080 (the portal) is still in use"),
        wait.leftovers(List.of(PAYARA, SOLR), PORTS));
    running.clear();
    taken.clear();
    assertEquals(List.of(), wait.leftovers(List.of(PAYARA, SOLR), PORTS));
  }

  @Test
  void aProcessThatDoesNotExitIsReportedAtTheDeadline() throws Exception {
    running.add(SOLR);
    assertEquals(
        List.of("Solr (pid 13) is still running"),
        wait.await(List.of(PAYARA, SOLR), PORTS, Duration.ofSeconds(10)));
  }

  @Test
  void aPortHeldByAStrangerIsReportedAfterTheGrace() throws Exception {
    taken.add(8080);
    long start = clock.get();
    assertEquals(
        List.of("port 8080 (the portal) is still in use"),
        wait.await(List.of(PAYARA), PORTS, Duration.ofMinutes(3)));
    long waited = clock.get() - start;
    assertEquals(true, waited < Duration.ofMinutes(1).toNanos(), "not the whole 3 min: " + waited);
  }

  @Test
  void nothingLeftIsSuccess() throws Exception {
    assertEquals(List.of(), wait.await(List.of(PAYARA), PORTS, Duration.ofSeconds(10)));
  }
}
