package id.terbuka.harvest.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Checks a new source's request, collecting every problem at once. */
public final class SourceRules {
  /** {@code manual}: only when a sysadmin asks; else the interval between scheduled runs. */
  public static final List<String> SCHEDULES = List.of("manual", "hourly", "daily");

  private SourceRules() {}

  /** A checked request; {@code organization} is a name or id the service still looks up. */
  public record SourceInput(
      String url, String organization, String title, String schedule, boolean enabled) {}

  public static SourceInput check(Map<String, Object> body) {
    FieldErrors errors = new FieldErrors();
    String url = TypedFields.text(body, "url", errors);
    String normalised = null;
    if (!errors.has("url")) {
      try {
        normalised = SourceUrl.normalise(url);
      } catch (IllegalArgumentException e) {
        errors.add("url", e.getMessage());
      }
    }
    String org = TypedFields.text(body, "organization", errors);
    if (org == null && !errors.has("organization")) {
      errors.add("organization", "Missing value");
    }
    String title = TypedFields.text(body, "title", errors);
    TypedFields.maxLength(title, 200, "title", errors);
    String schedule = TypedFields.text(body, "schedule", errors);
    schedule = schedule == null ? "manual" : schedule;
    if (!errors.has("schedule") && !SCHEDULES.contains(schedule)) {
      errors.add("schedule", "Must be one of: manual, hourly, daily");
    }
    boolean enabled = true;
    try {
      enabled = Values.bool(body.get("enabled"), true);
    } catch (IllegalArgumentException e) {
      errors.add("enabled", "Value must be one of: true, false");
    }
    errors.throwIfAny();
    return new SourceInput(normalised, org, title == null ? normalised : title, schedule, enabled);
  }

  /** How long after a run's start a scheduled source is due again; empty when manual. */
  public static java.util.Optional<Duration> interval(String schedule) {
    return switch (schedule) {
      case "hourly" -> java.util.Optional.of(Duration.ofHours(1));
      case "daily" -> java.util.Optional.of(Duration.ofDays(1));
      default -> java.util.Optional.empty();
    };
  }

  /** How often a scheduled source also gets a full run (the only kind that withdraws). */
  public static final Duration FULL_EVERY = Duration.ofDays(1);

  /**
   * Whether a scheduled run should be full: when no full run of the source started within {@link
   * #FULL_EVERY} before {@code now}, so a remote deletion is withdrawn here within about a day.
   */
  public static boolean fullRunDue(
      java.util.Optional<java.time.LocalDateTime> lastFullStart, java.time.LocalDateTime now) {
    return lastFullStart.map(t -> !t.plus(FULL_EVERY).isAfter(now)).orElse(true);
  }
}
