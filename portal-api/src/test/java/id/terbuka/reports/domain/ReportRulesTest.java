package id.terbuka.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.PeriodPublication;
import id.terbuka.catalog.domain.DatasetFacts;
import id.terbuka.contracts.domain.ProcessStages;
import id.terbuka.shared.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reports' rules with dates and counts worked out by hand in each comment. */
class ReportRulesTest {
  private static final GracePeriods GRACE = GracePeriods.defaults();

  @Test
  void periodEndsOfEachFrequency() {
    LocalDate d = LocalDate.of(2026, 5, 13); // a Wednesday
    assertEquals(LocalDate.of(2026, 5, 13), Frequency.HARIAN.periodEnd(d));
    assertEquals(LocalDate.of(2026, 5, 17), Frequency.MINGGUAN.periodEnd(d));
    assertEquals(LocalDate.of(2026, 5, 31), Frequency.BULANAN.periodEnd(d));
    assertEquals(LocalDate.of(2026, 6, 30), Frequency.TRIWULANAN.periodEnd(d));
    assertEquals(LocalDate.of(2026, 6, 30), Frequency.SEMESTERAN.periodEnd(d));
    assertEquals(LocalDate.of(2026, 12, 31), Frequency.TAHUNAN.periodEnd(d));
    // The next period: the day after, the next Sunday, June, Q3, S2, next year.
    assertEquals(LocalDate.of(2026, 5, 14), Frequency.HARIAN.nextPeriodEnd(d));
    assertEquals(LocalDate.of(2026, 5, 24), Frequency.MINGGUAN.nextPeriodEnd(d));
    assertEquals(LocalDate.of(2026, 6, 30), Frequency.BULANAN.nextPeriodEnd(d));
    assertEquals(LocalDate.of(2026, 9, 30), Frequency.TRIWULANAN.nextPeriodEnd(d));
    assertEquals(LocalDate.of(2026, 12, 31), Frequency.SEMESTERAN.nextPeriodEnd(d));
    assertEquals(LocalDate.of(2027, 12, 31), Frequency.TAHUNAN.nextPeriodEnd(d));
    // A Sunday is the end of its own week; 31 January's next month is February (28 days).
    assertEquals(
        LocalDate.of(2026, 5, 17), Frequency.MINGGUAN.periodEnd(LocalDate.of(2026, 5, 17)));
    assertEquals(
        LocalDate.of(2026, 2, 28), Frequency.BULANAN.nextPeriodEnd(LocalDate.of(2026, 1, 31)));
    assertTrue(Frequency.of("tidak_tetap").isEmpty());
    assertTrue(Frequency.of(null).isEmpty());
  }

  @Test
  void graceDaysOverriddenByConfiguration() {
    GracePeriods g = GracePeriods.parse("bulanan=10, tahunan=0");
    assertEquals(10, g.days(Frequency.BULANAN));
    assertEquals(0, g.days(Frequency.TAHUNAN));
    assertEquals(30, g.days(Frequency.TRIWULANAN));
    assertEquals(15, GracePeriods.parse("  ").days(Frequency.BULANAN));
    assertThrows(IllegalArgumentException.class, () -> GracePeriods.parse("jam=1"));
    assertThrows(IllegalArgumentException.class, () -> GracePeriods.parse("bulanan=-1"));
    assertThrows(IllegalArgumentException.class, () -> GracePeriods.parse("bulanan"));
    assertThrows(IllegalArgumentException.class, () -> GracePeriods.parse("bulanan=9999"));
  }

  private static DatasetFacts facts(
      String org, String frekuensi, LocalDateTime modifiedUtc, boolean resource) {
    return new DatasetFacts(
        "id-" + frekuensi,
        "ds-" + frekuensi,
        "T",
        org,
        org,
        frekuensi,
        "cc-by",
        modifiedUtc,
        resource,
        true,
        resource,
        resource ? List.of("r1") : List.of(),
        false);
  }

  @Test
  void monthlyDatasetOnTimeUntilTheDueDateThenLate() {
    // Changed 5 October 2026 (WIB): due 30 November + 15 days = 15 December.
    DatasetFacts d = facts("o", "bulanan", LocalDateTime.of(2026, 10, 5, 3, 0), true);
    DatasetTimeliness onDue = DatasetTimeliness.assess(d, LocalDate.of(2026, 12, 15), GRACE).get();
    assertEquals(LocalDate.of(2026, 12, 15), onDue.dueDate());
    assertEquals(TimelinessStatus.TEPAT_WAKTU, onDue.status());
    assertEquals(0, onDue.daysLate());
    DatasetTimeliness after = DatasetTimeliness.assess(d, LocalDate.of(2026, 12, 20), GRACE).get();
    assertEquals(TimelinessStatus.TERLAMBAT, after.status());
    assertEquals(5, after.daysLate());
  }

  @Test
  void theDayIsTheRegencysNotUtc() {
    // 31 March 2026 18:00 UTC is 1 April 01:00 WIB: the period is April (quarter 2), so a
    // quarterly dataset is due 30 September + 30 days = 30 October, not 30 July.
    DatasetFacts d = facts("o", "triwulanan", LocalDateTime.of(2026, 3, 31, 18, 0), true);
    DatasetTimeliness t = DatasetTimeliness.assess(d, LocalDate.of(2026, 8, 1), GRACE).get();
    assertEquals(LocalDate.of(2026, 4, 1), t.lastUpdate());
    assertEquals(LocalDate.of(2026, 10, 30), t.dueDate());
    assertEquals(TimelinessStatus.TEPAT_WAKTU, t.status());
  }

  @Test
  void noResourceIsMissingAndIrregularIsNotAssessed() {
    DatasetFacts empty = facts("o", "tahunan", LocalDateTime.of(2026, 1, 1, 0, 0), false);
    DatasetTimeliness t = DatasetTimeliness.assess(empty, LocalDate.of(2026, 1, 2), GRACE).get();
    assertEquals(TimelinessStatus.TIDAK_ADA, t.status());
    assertNull(t.dueDate());
    assertTrue(
        DatasetTimeliness.assess(
                facts("o", "tidak_tetap", LocalDateTime.of(2020, 1, 1, 0, 0), true),
                LocalDate.of(2026, 1, 2),
                GRACE)
            .isEmpty());
  }

  @Test
  void scorecardSharesPerOrganisation() {
    LocalDate asOf = LocalDate.of(2026, 12, 4);
    List<DatasetFacts> ds =
        List.of(
            // a: on time (harian changed the day before: due 4 Dec + 1), late (bulanan in
            // January), irregular (not assessed), and one without a resource (missing).
            facts("a", "harian", LocalDateTime.of(2026, 12, 3, 1, 0), true),
            facts("a", "bulanan", LocalDateTime.of(2026, 1, 10, 1, 0), true),
            facts("a", "tidak_tetap", LocalDateTime.of(2026, 1, 10, 1, 0), true),
            facts("a", "tahunan", LocalDateTime.of(2026, 1, 10, 1, 0), false),
            facts("b", null, LocalDateTime.of(2026, 1, 10, 1, 0), true).withDictionary(true));
    Scorecard.Card card = Scorecard.of(ds, asOf, GRACE);
    Scorecard.Row a = card.rows().get(0);
    assertEquals("a", a.organization());
    assertEquals(4, a.datasets());
    assertEquals(3, a.assessed());
    assertEquals(1, a.onTime());
    assertEquals(new BigDecimal("33.3"), a.onTimePercent()); // 1/3
    assertEquals(new BigDecimal("100.0"), a.openLicensePercent());
    assertEquals(new BigDecimal("75.0"), a.machineReadablePercent()); // 3/4
    assertEquals(new BigDecimal("0.0"), a.dictionaryPercent());
    Scorecard.Row b = card.rows().get(1);
    assertEquals(0, b.assessed());
    assertNull(b.onTimePercent());
    assertEquals(new BigDecimal("100.0"), b.dictionaryPercent());
    assertEquals(5, card.total().datasets());
    assertEquals(new BigDecimal("20.0"), card.total().dictionaryPercent());
    assertEquals(new BigDecimal("66.7"), Ratio.percent(2, 3)); // half up
  }

  @Test
  void budgetPeriodsAgainstTheDeadlineAndTheMissingOnes() {
    // Unit 1 reports monthly: January stored 8 Feb (8 days after 31 Jan: on time with 10),
    // February stored 20 March (20 days after 28 Feb: late). As of 20 April, March's deadline
    // (10 April) has passed without a report: missing; April is not yet due.
    List<PeriodPublication> p =
        List.of(
            new PeriodPublication(
                2026, "1", "Satu", Period.B01, LocalDateTime.of(2026, 2, 8, 2, 0), 1),
            new PeriodPublication(
                2026, "1", "Satu", Period.B02, LocalDateTime.of(2026, 3, 20, 2, 0), 2),
            // Unit 2 reports quarterly: TW1 on 10 April (10 days: on time, the deadline day).
            new PeriodPublication(
                2026, "2", "Dua", Period.TW1, LocalDateTime.of(2026, 4, 10, 2, 0), 1));
    List<BudgetTimeliness.Row> rows = BudgetTimeliness.rows(2026, p, LocalDate.of(2026, 4, 20), 10);
    assertEquals(4, rows.size());
    assertEquals(Period.B01, rows.get(0).periode());
    assertEquals(8L, rows.get(0).daysAfterEnd());
    assertEquals(TimelinessStatus.TEPAT_WAKTU, rows.get(0).status());
    assertEquals(20L, rows.get(1).daysAfterEnd());
    assertEquals(2, rows.get(1).versions());
    assertEquals(TimelinessStatus.TERLAMBAT, rows.get(1).status());
    assertEquals(Period.B03, rows.get(2).periode());
    assertEquals(TimelinessStatus.TIDAK_ADA, rows.get(2).status());
    assertEquals(LocalDate.of(2026, 4, 10), rows.get(2).deadline());
    assertEquals("2", rows.get(3).kodeSkpd());
    assertEquals(10L, rows.get(3).daysAfterEnd());
    assertEquals(TimelinessStatus.TEPAT_WAKTU, rows.get(3).status());
  }

  @Test
  void contractsLackingStagesAndValues() {
    LocalDate asOf = LocalDate.of(2026, 6, 30); // 30 days of patience: before 31 May
    List<ProcessStages> p =
        List.of(
            // tender ended 1 May, no award: lacking a winner
            new ProcessStages(
                "o-1",
                "A",
                "B",
                true,
                LocalDate.of(2026, 5, 1),
                "complete",
                0,
                null,
                0,
                false,
                0,
                0),
            // tender ended 15 June: not yet
            new ProcessStages(
                "o-2",
                "A",
                "B",
                true,
                LocalDate.of(2026, 6, 15),
                "active",
                0,
                null,
                0,
                false,
                0,
                0),
            // cancelled tender: never expected to award
            new ProcessStages(
                "o-3",
                "A",
                "B",
                true,
                LocalDate.of(2026, 1, 1),
                "cancelled",
                0,
                null,
                0,
                false,
                0,
                0),
            // award 2 April, no contract, award without value and tender without value
            new ProcessStages(
                "o-4",
                "A",
                "B",
                true,
                LocalDate.of(2026, 3, 1),
                "complete",
                1,
                LocalDate.of(2026, 4, 2),
                0,
                true,
                1,
                0),
            // complete with a contract without value
            new ProcessStages(
                "o-5",
                "A",
                "B",
                true,
                LocalDate.of(2026, 3, 1),
                "complete",
                1,
                LocalDate.of(2026, 4, 2),
                1,
                false,
                0,
                1));
    List<ContractGaps.Row> rows = ContractGaps.rows(p, asOf, 30);
    assertEquals(3, rows.size());
    assertEquals(List.of("tanpa_pemenang"), rows.get(0).problems());
    assertEquals(
        List.of("tanpa_kontrak", "nilai_tender_kosong", "nilai_pemenang_kosong"),
        rows.get(1).problems());
    assertEquals("o-5", rows.get(2).process().ocid());
    assertEquals(List.of("nilai_kontrak_kosong"), rows.get(2).problems());
  }

  @Test
  void csvHasBomHeaderQuotingAndFormulaGuard() {
    ReportTable t =
        new ReportTable(
            List.of("a", "b", "c"),
            List.of(
                Arrays.asList("x,y", "=SUM(A1)", new BigDecimal("12.50")),
                Arrays.asList(null, List.of("p", "q"), 3)));
    String csv = new String(t.toCsv(), StandardCharsets.UTF_8);
    assertEquals("\uFEFFa,b,c\r\n\"x,y\",'=SUM(A1),12.50\r\n,p;q,3\r\n", csv);
    assertEquals("x,y", t.toJson().get(0).get("a"));
  }

  @Test
  void queryParametersAreCheckedPrecisely() {
    LocalDate today = LocalDate.of(2026, 12, 4);
    ReportQuery q = ReportQuery.parse(null, null, null, null, null, today);
    assertEquals(2026, q.tahun());
    assertEquals(today, q.asOf());
    ReportQuery csv = ReportQuery.parse("2025-03-01", "2024", "dinkes", "budget", "csv", today);
    assertEquals(2024, csv.tahun());
    assertTrue(csv.csv());
    assertThrows(
        InvalidInputException.class,
        () -> ReportQuery.parse("2025-13-01", null, null, null, null, today));
    assertThrows(
        InvalidInputException.class, () -> ReportQuery.parse(null, "24", null, null, null, today));
    assertThrows(
        InvalidInputException.class, () -> ReportQuery.parse(null, null, "A B", null, null, today));
    assertThrows(
        InvalidInputException.class, () -> ReportQuery.parse(null, null, null, "x", null, today));
    assertThrows(
        InvalidInputException.class, () -> ReportQuery.parse(null, null, null, null, "xml", today));
  }
}
