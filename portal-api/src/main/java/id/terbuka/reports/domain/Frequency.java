package id.terbuka.reports.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Satu Data's regular update frequencies ({@code frekuensi}) and their calendar periods. {@code
 * tidak_tetap} (irregular) has no period and therefore no due date: it is not a constant here.
 * Weeks are ISO weeks (Monday to Sunday); quarters, semesters and years are calendar ones.
 */
public enum Frequency {
  HARIAN("harian"),
  MINGGUAN("mingguan"),
  BULANAN("bulanan"),
  TRIWULANAN("triwulanan"),
  SEMESTERAN("semesteran"),
  TAHUNAN("tahunan");

  private final String code;

  Frequency(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The frequency of a dataset's {@code frekuensi}; empty for none, irregular or unknown. */
  public static Optional<Frequency> of(String code) {
    for (Frequency f : values()) {
      if (f.code.equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The last day of the period that contains {@code day}. */
  public LocalDate periodEnd(LocalDate day) {
    return switch (this) {
      case HARIAN -> day;
      case MINGGUAN -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case BULANAN -> YearMonth.from(day).atEndOfMonth();
      case TRIWULANAN -> endOfMonthGroup(day, 3);
      case SEMESTERAN -> endOfMonthGroup(day, 6);
      case TAHUNAN -> LocalDate.of(day.getYear(), 12, 31);
    };
  }

  /** The last day of the period after the one that contains {@code day}. */
  public LocalDate nextPeriodEnd(LocalDate day) {
    return periodEnd(periodEnd(day).plusDays(1));
  }

  private static LocalDate endOfMonthGroup(LocalDate day, int months) {
    int lastMonth = ((day.getMonthValue() - 1) / months + 1) * months;
    return YearMonth.of(day.getYear(), lastMonth).atEndOfMonth();
  }
}
