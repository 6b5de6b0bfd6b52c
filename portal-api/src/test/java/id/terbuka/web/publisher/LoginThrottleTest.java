package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves. */
  private static final class Manual extends Clock {
    Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fiveFailuresBlockTheNameForTheWindow() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      t.failed("Budi");
      assertFalse(t.blocked("budi"), "after " + (i + 1));
    }
    t.failed("budi ");
    assertTrue(t.blocked("BUDI"));
    assertFalse(t.blocked("sari"), "other names are not affected");
    clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
    assertFalse(t.blocked("budi"), "failures older than the window no longer count");
  }

  @Test
  void aSuccessfulLoginClearsTheCount() {
    LoginThrottle t = new LoginThrottle(new Manual());
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      t.failed("budi");
    }
    t.succeeded("budi");
    t.failed("budi");
    assertFalse(t.blocked("budi"));
  }

  @Test
  void failuresSpreadOverTimeDoNotBlock() {
    Manual clock = new Manual();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < 20; i++) {
      t.failed("budi");
      clock.now = clock.now.plus(Duration.ofMinutes(4));
    }
    assertFalse(t.blocked("budi"));
  }
}
