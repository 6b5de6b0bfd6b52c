package id.terbuka.contracts.flags;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The tender period of a process open to competition is shorter than a minimum number of days.
 *
 * <p>The length is the time from {@code tenderPeriod.startDate} to {@code endDate} in days, a
 * started day counting whole: a period published as 1 March 00:00 to 7 March 23:59:59 (the portal's
 * end-of-day form) is 7 days. Without both dates, {@code durationInDays} is used.
 */
final class ShortTenderRule {
  private static final long SECONDS_PER_DAY = 86_400;

  private final int minimumDays;

  ShortTenderRule(int minimumDays) {
    this.minimumDays = minimumDays;
  }

  Optional<FlagFinding> check(ProcessView process) {
    if (!process.competitive()) {
      return Optional.empty();
    }
    JsonNode period = process.tender().path("tenderPeriod");
    Optional<OffsetDateTime> start = ProcessView.dateTime(period.get("startDate"));
    Optional<OffsetDateTime> end = ProcessView.dateTime(period.get("endDate"));
    if (start.isPresent() && end.isPresent()) {
      long seconds = Duration.between(start.get(), end.get()).getSeconds();
      if (seconds < 0) {
        return Optional.empty();
      }
      long days = (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
      return days < minimumDays
          ? Optional.of(finding(days, start.get(), end.get()))
          : Optional.empty();
    }
    JsonNode duration = period.path("durationInDays");
    if (duration.isIntegralNumber()
        && duration.longValue() >= 0
        && duration.longValue() < minimumDays) {
      return Optional.of(finding(duration.longValue(), null, null));
    }
    return Optional.empty();
  }

  private FlagFinding finding(long days, OffsetDateTime start, OffsetDateTime end) {
    String id = "Masa penawaran " + days + " hari";
    String en = "The tender period lasted " + days + (days == 1 ? " day" : " days");
    if (start != null) {
      id += " (" + Texts.ID.date(start) + " sampai " + Texts.ID.date(end) + ")";
      en += " (" + Texts.EN.date(start) + " to " + Texts.EN.date(end) + ")";
    }
    id += ", lebih pendek dari batas " + minimumDays + " hari yang dipakai portal ini.";
    en += ", shorter than the minimum of " + minimumDays + " days this portal uses.";
    return new FlagFinding(RedFlag.SHORT_TENDER, id, en);
  }
}
