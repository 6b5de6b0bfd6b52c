package id.terbuka.dasawisma.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.persistence.HouseholdStore.VersionSpan;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MonthlyCountsTest {
  private static VersionSpan span(String from, String to, long count) {
    return new VersionSpan(from, Optional.ofNullable(to), count);
  }

  @Test
  void countsTheVersionsOpenAtTheEndOfEachCompleteMonth() {
    List<VersionSpan> spans =
        List.of(
            // 10 entered in January, still current
            span("2026-01", null, 10),
            // 4 entered in January, corrected in March (closed), their new versions current
            span("2026-01", "2026-03", 4),
            span("2026-03", null, 4),
            // 2 entered in February, removed in February
            span("2026-02", "2026-02", 2),
            // 3 entered in April
            span("2026-04", null, 3));
    Map<YearMonth, Integer> expected = new TreeMap<>();
    expected.put(YearMonth.of(2026, 1), 14);
    expected.put(YearMonth.of(2026, 2), 14);
    expected.put(YearMonth.of(2026, 3), 14);
    expected.put(YearMonth.of(2026, 4), 17);
    assertEquals(expected, MonthlyCounts.atEndOfMonths(spans, YearMonth.of(2026, 5)));
    assertEquals(
        3,
        MonthlyCounts.atEndOfMonths(spans, YearMonth.of(2026, 4)).size(),
        "the month of the snapshot is not complete and not counted");
  }

  @Test
  void noVersionsNoMonths() {
    assertTrue(MonthlyCounts.atEndOfMonths(List.of(), YearMonth.of(2026, 5)).isEmpty());
  }
}
