package id.terbuka.reports.domain;

import id.terbuka.catalog.domain.DatasetFacts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One dataset's timeliness on a day ({@code asOf}).
 *
 * <p>The rule: the last update falls in a period of the declared frequency; the next update is due
 * by the end of the <em>following</em> period plus the frequency's grace days (a monthly dataset
 * changed on 5 October is due by 30 November + 15 days = 15 December). On or before the due date it
 * is {@code tepat_waktu}, after it {@code terlambat}. A dataset with no active resource has
 * published nothing: {@code tidak_ada}, whatever its dates. Datasets without a regular frequency
 * (none, or {@code tidak_tetap}) are not assessed.
 *
 * @param lastUpdate the WIB day of {@code metadata_modified}
 * @param dueDate null for {@code tidak_ada}
 * @param daysLate days after the due date (0 when not late)
 */
public record DatasetTimeliness(
    DatasetFacts dataset,
    Frequency frequency,
    LocalDate lastUpdate,
    LocalDate dueDate,
    TimelinessStatus status,
    long daysLate) {

  /** The assessment, or empty when the dataset has no regular frequency. */
  public static Optional<DatasetTimeliness> assess(
      DatasetFacts d, LocalDate asOf, GracePeriods grace) {
    Optional<Frequency> f = Frequency.of(d.frekuensi());
    if (f.isEmpty()) {
      return Optional.empty();
    }
    LocalDate last = Wib.day(d.modified());
    if (!d.hasResource()) {
      return Optional.of(
          new DatasetTimeliness(d, f.get(), last, null, TimelinessStatus.TIDAK_ADA, 0));
    }
    LocalDate due = dueDate(f.get(), last, grace);
    boolean late = asOf.isAfter(due);
    long daysLate = late ? due.until(asOf, java.time.temporal.ChronoUnit.DAYS) : 0;
    return Optional.of(
        new DatasetTimeliness(
            d,
            f.get(),
            last,
            due,
            late ? TimelinessStatus.TERLAMBAT : TimelinessStatus.TEPAT_WAKTU,
            daysLate));
  }

  /** The end of the period after the last update's, plus the grace days. */
  public static LocalDate dueDate(Frequency f, LocalDate lastUpdate, GracePeriods grace) {
    return f.nextPeriodEnd(lastUpdate).plusDays(grace.days(f));
  }
}
