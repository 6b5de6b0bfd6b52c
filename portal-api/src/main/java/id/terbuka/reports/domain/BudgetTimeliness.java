package id.terbuka.reports.domain;

import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.PeriodPublication;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which unit published which period of a year's realisation, and how many days after the period
 * ended. A period is on time when its first version was stored at most {@code deadlineDays} after
 * the period's last day (WIB days). A unit is expected to report every period of the shortest span
 * it has reported that year (a unit that sent any monthly report owes every month): such a period
 * whose deadline has passed on {@code asOf} without a report is {@code tidak_ada}.
 */
public final class BudgetTimeliness {
  private BudgetTimeliness() {}

  /**
   * One unit's period.
   *
   * @param published the WIB day of the first version, null when missing
   * @param daysAfterEnd days from the period's end to {@code published} (negative when before),
   *     null when missing
   */
  public record Row(
      String kodeSkpd,
      String namaSkpd,
      Period periode,
      LocalDate periodEnd,
      LocalDate deadline,
      LocalDate published,
      Long daysAfterEnd,
      int versions,
      TimelinessStatus status) {}

  public static List<Row> rows(
      int tahun, List<PeriodPublication> published, LocalDate asOf, int deadlineDays) {
    Map<String, List<PeriodPublication>> byUnit = new TreeMap<>();
    for (PeriodPublication p : published) {
      byUnit.computeIfAbsent(p.kodeSkpd(), k -> new ArrayList<>()).add(p);
    }
    List<Row> rows = new ArrayList<>();
    byUnit.forEach((kode, list) -> rows.addAll(unit(tahun, list, asOf, deadlineDays)));
    return rows;
  }

  private static List<Row> unit(
      int tahun, List<PeriodPublication> list, LocalDate asOf, int deadlineDays) {
    String nama = list.get(0).namaSkpd();
    Period.Span span =
        list.stream().map(p -> p.periode().span()).min(Comparator.naturalOrder()).orElseThrow();
    List<Row> rows = new ArrayList<>();
    for (Period period : Period.values()) {
      LocalDate end = period.endDate(tahun);
      LocalDate deadline = end.plusDays(deadlineDays);
      PeriodPublication p =
          list.stream().filter(x -> x.periode() == period).findFirst().orElse(null);
      if (p != null) {
        LocalDate day = Wib.day(p.firstPublished());
        long after = end.until(day, ChronoUnit.DAYS);
        TimelinessStatus s =
            after <= deadlineDays ? TimelinessStatus.TEPAT_WAKTU : TimelinessStatus.TERLAMBAT;
        rows.add(new Row(p.kodeSkpd(), nama, period, end, deadline, day, after, p.versions(), s));
      } else if (period.span() == span && asOf.isAfter(deadline)) {
        rows.add(
            new Row(
                list.get(0).kodeSkpd(),
                nama,
                period,
                end,
                deadline,
                null,
                null,
                0,
                TimelinessStatus.TIDAK_ADA));
      }
    }
    return rows;
  }
}
