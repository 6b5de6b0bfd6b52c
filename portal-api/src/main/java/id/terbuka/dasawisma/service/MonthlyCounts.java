package id.terbuka.dasawisma.service;

import id.terbuka.dasawisma.persistence.HouseholdStore;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The households entered at the end of each month, from the versions' spans: a version counts at
 * the end of month m when it began in or before m and had not ended by the end of m. Only months
 * that were over before {@code upTo} are counted.
 */
final class MonthlyCounts {
  private MonthlyCounts() {}

  static SortedMap<YearMonth, Integer> atEndOfMonths(
      List<HouseholdStore.VersionSpan> spans, YearMonth upTo) {
    SortedMap<YearMonth, Integer> counts = new TreeMap<>();
    YearMonth first = null;
    for (HouseholdStore.VersionSpan s : spans) {
      YearMonth from = YearMonth.parse(s.fromMonth());
      first = first == null || from.isBefore(first) ? from : first;
    }
    if (first == null) {
      return counts;
    }
    for (YearMonth month = first; month.isBefore(upTo); month = month.plusMonths(1)) {
      YearMonth m = month;
      long n = 0;
      for (HouseholdStore.VersionSpan s : spans) {
        boolean begun = !YearMonth.parse(s.fromMonth()).isAfter(m);
        boolean open = s.toMonth().map(to -> YearMonth.parse(to).isAfter(m)).orElse(true);
        if (begun && open) {
          n += s.count();
        }
      }
      counts.put(m, (int) n);
    }
    return counts;
  }
}
