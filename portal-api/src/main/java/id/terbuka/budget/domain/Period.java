package id.terbuka.budget.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The period a realisation report covers: a month ({@code B01}..{@code B12}), a quarter ({@code
 * TW1}..{@code TW4}), a semester ({@code S1}, {@code S2}) or the year ({@code TAHUNAN}). Realisasi
 * is cumulative from 1 January to the period's end, so periods compare by their end date.
 *
 * <p>The constants are declared in that order, so {@link #compareTo} is chronological. Periods that
 * end on the same day (B03 and TW1; B06, TW2 and S1; B12, TW4, S2 and TAHUNAN) tie on {@link
 * #endMonth()}; among them the shorter period comes first (month, quarter, semester, year), a fixed
 * order that keeps sorting deterministic. Neither of two tied periods is "earlier" than the other
 * ({@link #endsBefore}).
 */
public enum Period {
  B01(1, Span.MONTH),
  B02(2, Span.MONTH),
  B03(3, Span.MONTH),
  TW1(3, Span.QUARTER),
  B04(4, Span.MONTH),
  B05(5, Span.MONTH),
  B06(6, Span.MONTH),
  TW2(6, Span.QUARTER),
  S1(6, Span.SEMESTER),
  B07(7, Span.MONTH),
  B08(8, Span.MONTH),
  B09(9, Span.MONTH),
  TW3(9, Span.QUARTER),
  B10(10, Span.MONTH),
  B11(11, Span.MONTH),
  B12(12, Span.MONTH),
  TW4(12, Span.QUARTER),
  S2(12, Span.SEMESTER),
  TAHUNAN(12, Span.YEAR);

  /** How long a period is; the tie order among periods ending on the same day. */
  public enum Span {
    MONTH,
    QUARTER,
    SEMESTER,
    YEAR
  }

  private static final String[] MONTHS_ID = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final int endMonth;
  private final Span span;

  Period(int endMonth, Span span) {
    this.endMonth = endMonth;
    this.span = span;
  }

  /** The code as written in files and URLs ({@code TW1}). */
  public String code() {
    return name();
  }

  public Span span() {
    return span;
  }

  /** The month (1..12) whose last day ends the period; equal for periods ending together. */
  public int endMonth() {
    return endMonth;
  }

  /** The last day of the period in a year. */
  public LocalDate endDate(int year) {
    return YearMonth.of(year, endMonth).atEndOfMonth();
  }

  /** True when this period ends on an earlier day than the other (false for a tie). */
  public boolean endsBefore(Period other) {
    return endMonth < other.endMonth;
  }

  /** The period's name in Indonesian ({@code id}) or, for any other language, English. */
  public String label(Locale locale) {
    boolean id = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
    return switch (span) {
      case MONTH ->
          id
              ? MONTHS_ID[endMonth - 1]
              : Month.of(endMonth).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case QUARTER -> (id ? "Triwulan " : "Quarter ") + ROMAN[endMonth / 3 - 1];
      case SEMESTER -> (id ? "Semester " : "Half-year ") + ROMAN[endMonth / 6 - 1];
      case YEAR -> id ? "Tahunan" : "Full year";
    };
  }

  /** A cell's period code, case-insensitive and trimmed ({@code tw1} is TW1); empty if unknown. */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    return Stream.of(values()).filter(p -> p.name().equals(code)).findFirst();
  }

  /**
   * The codes in the order a person picks from (months, quarters, semesters, year), for templates'
   * drop-down lists and problem messages.
   */
  public static List<Period> vocabulary() {
    return Stream.of(values())
        .sorted(Comparator.comparing(Period::span).thenComparing(Period::endMonth))
        .toList();
  }
}
