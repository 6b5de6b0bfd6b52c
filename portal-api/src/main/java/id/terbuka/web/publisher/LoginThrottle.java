package id.terbuka.web.publisher;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one user name within
 * {@link #WINDOW}, that name is refused (even with the right password) until the oldest of those
 * failures is older than the window. Kept in memory per node: a few nodes multiply the attempts an
 * attacker gets by their number, which is still a handful per quarter hour. Names that do not exist
 * are counted the same way, so the refusal reveals nothing about which accounts exist.
 */
@ApplicationScoped
public class LoginThrottle {
  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** Beyond this many names, stale entries are dropped (a flood of made-up names). */
  static final int MAX_NAMES = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether logins for this name are refused now. */
  public synchronized boolean blocked(String username) {
    Deque<Instant> recent = failures.get(key(username));
    if (recent == null) {
      return false;
    }
    prune(recent);
    return recent.size() >= MAX_FAILURES;
  }

  public synchronized void failed(String username) {
    if (failures.size() >= MAX_NAMES) {
      failures.values().forEach(this::prune);
      failures.values().removeIf(Deque::isEmpty);
      if (failures.size() >= MAX_NAMES) {
        failures.clear();
      }
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    prune(recent);
    recent.addLast(clock.instant());
  }

  public synchronized void succeeded(String username) {
    failures.remove(key(username));
  }

  private void prune(Deque<Instant> recent) {
    Instant cutoff = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
