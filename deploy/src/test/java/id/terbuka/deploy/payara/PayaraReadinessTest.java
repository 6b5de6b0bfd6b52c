package id.terbuka.deploy.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.deploy.process.HttpProbe;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only this run's readiness answer makes Payara "ready" (see {@link PayaraMicro}). */
class PayaraReadinessTest {

  private static String health(String status, String instanceData) {
    return "{\"status\":\""
        + status
        + "\",\"checks\":[{\"name\":\"other\",\"status\":\"UP\"},"
        + "{\"name\":\"terbuka\",\"status\":\""
        + status
        + "\",\"data\":{\"database\":\"up\",\"search\":\"up\""
        + instanceData
        + "}}]}";
  }

  @Test
  void instanceIsReadFromThePortalsCheck() {
    assertEquals(
        Optional.of("run-2"), HealthAnswer.instanceOf(health("UP", ",\"instance\":\"run-2\"")));
    assertEquals(Optional.empty(), HealthAnswer.instanceOf(health("UP", "")));
    assertEquals(Optional.empty(), HealthAnswer.instanceOf("{\"status\":\"UP\",\"checks\":[]}"));
    assertEquals(Optional.empty(), HealthAnswer.instanceOf("<html>Not Found</html>"));
    assertEquals(Optional.empty(), HealthAnswer.instanceOf(""));
    assertEquals(
        Optional.empty(),
        HealthAnswer.instanceOf("{\"checks\":[{\"name\":\"terbuka\",\"data\":{\"instance\":7}}]}"));
  }

  @Test
  void readyOnlyWhenThisRunAnswers200() {
    String ours = health("UP", ",\"instance\":\"run-2\"");
    assertTrue(PayaraMicro.answersFor(new HttpProbe.Answer(200, ours), "run-2"));
    // An earlier run still on the port, healthy or shutting down:
    assertFalse(PayaraMicro.answersFor(new HttpProbe.Answer(200, ours), "run-3"));
    assertFalse(
        PayaraMicro.answersFor(
            new HttpProbe.Answer(503, health("DOWN", ",\"instance\":\"run-2\"")), "run-2"));
    // A portal that names no instance, or nothing answering at all:
    assertFalse(PayaraMicro.answersFor(new HttpProbe.Answer(200, health("UP", "")), "run-2"));
    assertFalse(PayaraMicro.answersFor(new HttpProbe.Answer(-1, ""), "run-2"));
  }
}
