package id.terbuka.budget.domain;

import static id.terbuka.budget.domain.Lines.DINKES;
import static id.terbuka.budget.domain.Lines.PUSKESMAS;
import static id.terbuka.budget.domain.Lines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetFileCheckTest {
  private static final String DPU = "1.03.0.00.0.00.02.0000";
  private static final Map<String, String> HEADERS =
      Map.of("anggaran", "Anggaran", "realisasi", "Realisasi", "kode_rekening", "Kode Rekening");

  private final Problems problems = new Problems();

  private void check(List<BudgetLine> lines) {
    check(lines, PreviousRealisation.NONE);
  }

  private void check(List<BudgetLine> lines, PreviousRealisation previous) {
    new BudgetFileCheck(u -> !u.startsWith("9"), previous, HEADERS).check(lines, problems);
  }

  private static ImportProblem problem(
      long row, String column, String value, BudgetProblem code, Object... args) {
    return ImportProblem.of(row, column, value, code.code(), args);
  }

  @Test
  void aConsistentFileHasNoProblems() {
    check(
        List.of(
            line(2, "5", "300.00", "150.00"),
            line(3, "5.1", "300.00", "150.00"),
            line(4, "5.1.01", "100.00", "50.00"),
            line(5, "5.1.02", "200.00", "100.00"),
            line(6, "4", "500.00", "100.00"),
            line(7, "4.1", "500.00", "100.00")));
    assertEquals(List.of(), problems.errors());
    assertEquals(List.of(), problems.warnings());
  }

  @Test
  void aDuplicateKeyIsReportedAtTheLaterRowNamingTheFirst() {
    check(
        List.of(
            line(2, "5.1.02", "10.00", "5.00"),
            line(3, Period.TW1, DINKES, PUSKESMAS, "5.1.02", "10.00", "5.00"),
            line(4, "5.1.02", "20.00", "5.00"),
            line(5, Period.TW2, DINKES, "", "5.1.02", "10.00", "5.00"),
            line(6, "5.1.02", "30.00", "5.00")));
    assertEquals(
        List.of(
            problem(4, "Kode Rekening", "5.1.02", BudgetProblem.DUPLICATE_LINE, 2),
            problem(6, "Kode Rekening", "5.1.02", BudgetProblem.DUPLICATE_LINE, 2)),
        problems.errors());
  }

  @Test
  void aParentMustMatchTheSumOfItsDirectChildrenWithinOneRupiah() {
    check(
        List.of(
            line(2, "5.1", "301.00", "149.00"),
            line(3, "5.1.01", "100.00", "50.00"),
            line(4, "5.1.02", "200.00", "100.00"),
            line(5, "5.2", "1000.00", "500.00"),
            line(6, "5.2.02", "600.00", "300.00"),
            line(7, "5.2.03", "398.99", "200.00")));
    assertEquals(
        List.of(problem(5, "Anggaran", "1000.00", BudgetProblem.PARENT_SUM_MISMATCH, "998.99", 2)),
        problems.errors());
  }

  @Test
  void bothAmountsAreCheckedAndReportedAtTheParentRow() {
    check(
        List.of(
            line(2, "5.1.02", "50.00", "20.00"),
            line(3, "5.1.02.01", "30.00", "10.00"),
            line(4, "5", "999.00", "999.00"),
            line(5, "5.1.02.02", "10.00", "5.00")));
    assertEquals(
        List.of(
            problem(2, "Anggaran", "50.00", BudgetProblem.PARENT_SUM_MISMATCH, "40.00", 2),
            problem(2, "Realisasi", "20.00", BudgetProblem.PARENT_SUM_MISMATCH, "15.00", 2)),
        problems.errors(),
        "5 has no direct child (5.1 is absent): the grandchildren do not count for it");
  }

  @Test
  void grandchildrenCountOnlyThroughTheirParent() {
    check(
        List.of(
            line(2, "5.1", "100.00", "0.00"),
            line(3, "5.1.02", "100.00", "0.00"),
            line(4, "5.1.02.01", "70.00", "0.00"),
            line(5, "5.1.02.02", "30.00", "0.00"),
            line(6, "5.1.02.02.01", "10.00", "0.00"),
            line(7, "5.1.02.02.01.0001", "10.00", "0.00")));
    assertEquals(
        List.of(problem(5, "Anggaran", "30.00", BudgetProblem.PARENT_SUM_MISMATCH, "10.00", 1)),
        problems.errors());
  }

  @Test
  void sumsStayWithinYearPeriodUnitAndSubActivity() {
    check(
        List.of(
            line(2, Period.TW1, DINKES, "", "5.1", "100.00", "0.00"),
            line(3, Period.TW1, DINKES, "", "5.1.02", "100.00", "0.00"),
            // Same accounts, other sub kegiatan, other unit, other period: their own groups.
            line(4, Period.TW1, DINKES, PUSKESMAS, "5.1.02", "55.00", "0.00"),
            line(5, Period.TW1, DPU, "", "5.1.01", "66.00", "0.00"),
            line(6, Period.TW2, DINKES, "", "5.1.01", "77.00", "0.00"),
            line(7, Period.TW1, DINKES, PUSKESMAS, "5.1", "55.00", "0.00")));
    assertEquals(List.of(), problems.errors());
  }

  @Test
  void aDuplicateChildIsNotSummedTwice() {
    check(
        List.of(
            line(2, "5.1", "100.00", "0.00"),
            line(3, "5.1.02", "100.00", "0.00"),
            line(4, "5.1.02", "100.00", "0.00")));
    assertEquals(
        List.of(problem(4, "Kode Rekening", "5.1.02", BudgetProblem.DUPLICATE_LINE, 3)),
        problems.errors());
  }

  @Test
  void anUnknownUnitIsReportedOnceAtItsFirstRowWithItsRowCount() {
    String unknown = "9.99.0.00.0.00.01.0000";
    check(
        List.of(
            line(2, "5.1", "1.00", "0.00"),
            line(3, Period.TW1, unknown, "", "5.1", "1.00", "0.00"),
            line(4, Period.TW1, unknown, "", "5.2", "1.00", "0.00"),
            line(5, Period.TW1, "9.1", "", "5.2", "1.00", "0.00"),
            line(6, Period.TW1, unknown, "", "5.3", "1.00", "0.00")));
    assertEquals(
        List.of(
            problem(3, "kode_skpd", unknown, BudgetProblem.UNKNOWN_UNIT, 3),
            problem(5, "kode_skpd", "9.1", BudgetProblem.UNKNOWN_UNIT, 1)),
        problems.errors());
  }

  @Test
  void realisationAboveBudgetIsAWarning() {
    check(List.of(line(2, "5.1.02", "100.00", "100.01"), line(3, "4.1", "0.00", "5.00")));
    assertEquals(List.of(), problems.errors());
    assertEquals(
        List.of(
            problem(2, "Realisasi", "100.01", BudgetProblem.REALISATION_ABOVE_BUDGET, "100.00"),
            problem(3, "Realisasi", "5.00", BudgetProblem.REALISATION_ABOVE_BUDGET, "0.00")),
        problems.warnings());
  }

  @Test
  void aFallingRealisationWithinTheFileIsAWarning() {
    check(
        List.of(
            line(2, Period.B01, DINKES, "", "5.1.02", "100.00", "10.00"),
            line(3, Period.B02, DINKES, "", "5.1.02", "100.00", "30.00"),
            line(4, Period.B03, DINKES, "", "5.1.02", "100.00", "25.00"),
            line(5, Period.TW1, DINKES, "", "5.1.02", "100.00", "20.00"),
            line(6, Period.B04, DINKES, "", "5.1.02", "100.00", "22.00"),
            // Another line's series is not compared with this one.
            line(7, Period.B04, DINKES, PUSKESMAS, "5.1.02", "100.00", "1.00")));
    assertEquals(
        List.of(
            // B03 falls below B02; TW1 ends with B03, so its previous is B02 too.
            problem(4, "Realisasi", "25.00", BudgetProblem.REALISATION_DECREASED, "B02", "30.00"),
            problem(5, "Realisasi", "20.00", BudgetProblem.REALISATION_DECREASED, "B02", "30.00")),
        problems.warnings(),
        "B04 (22.00) compares with the last of the tie at 31 March, TW1 (20.00), not B03 (25.00)");
  }

  @Test
  void storedEarlierPeriodsAreComparedWhenLaterThanTheFilesOwn() {
    List<Object[]> asked = new ArrayList<>();
    PreviousRealisation stored =
        (tahun, skpd, sub, code, periode) -> {
          asked.add(new Object[] {tahun, skpd, sub, code, periode});
          return Period.TW1.endsBefore(periode)
              ? Optional.of(new PeriodRealisation(Period.TW1, new BigDecimal("50.00")))
              : Optional.empty();
        };
    check(
        List.of(
            line(2, Period.TW2, DINKES, PUSKESMAS, "5.1.02", "100.00", "40.00"),
            line(3, Period.B01, DPU, "", "5.1.02", "100.00", "1.00"),
            line(4, Period.TW2, DPU, "", "5.1.02", "100.00", "45.00")),
        stored);
    assertEquals(
        List.of(
            problem(2, "Realisasi", "40.00", BudgetProblem.REALISATION_DECREASED, "TW1", "50.00"),
            problem(4, "Realisasi", "45.00", BudgetProblem.REALISATION_DECREASED, "TW1", "50.00")),
        problems.warnings());
    Object[] first =
        asked.stream().filter(a -> a[4] == Period.TW2 && a[1].equals(DINKES)).findFirst().get();
    assertEquals(
        List.of(2024, DINKES, PUSKESMAS, AccountCode.of("5.1.02"), Period.TW2),
        Arrays.asList(first));
    assertEquals(3, asked.size());
  }

  @Test
  void theFilesOwnPeriodWinsOverAnEarlierStoredOne() {
    PreviousRealisation stored =
        (tahun, skpd, sub, code, periode) ->
            Optional.of(new PeriodRealisation(Period.B01, new BigDecimal("90.00")));
    check(
        List.of(
            line(2, Period.TW1, DINKES, "", "5.1.02", "100.00", "40.00"),
            line(3, Period.TW2, DINKES, "", "5.1.02", "100.00", "45.00")),
        stored);
    assertEquals(
        List.of(
            // TW1 has nothing earlier in the file: the stored B01 applies.
            problem(2, "Realisasi", "40.00", BudgetProblem.REALISATION_DECREASED, "B01", "90.00")),
        problems.warnings(),
        "TW2 compares with the file's TW1 (45 >= 40), which is later than the stored B01");
  }

  @Test
  void aStoredPeriodTheFileReplacesIsIgnored() {
    PreviousRealisation stored =
        (tahun, skpd, sub, code, periode) ->
            Optional.of(new PeriodRealisation(Period.TW1, new BigDecimal("90.00")));
    check(
        List.of(
            // The file carries DINKES's TW1 slice (without 5.1.02): the stored TW1 is replaced.
            line(2, Period.TW1, DINKES, "", "5.1.01", "100.00", "10.00"),
            line(3, Period.TW2, DINKES, "", "5.1.02", "100.00", "45.00")),
        stored);
    assertEquals(List.of(), problems.warnings());
  }

  @Test
  void problemsAreListedInRowOrder() {
    check(
        List.of(
            line(2, "5.1.02", "10.00", "20.00"),
            line(3, "5.1", "99.00", "0.00"),
            line(4, "5.1.02", "10.00", "0.00")));
    assertEquals(
        List.of(
            problem(3, "Anggaran", "99.00", BudgetProblem.PARENT_SUM_MISMATCH, "10.00", 1),
            problem(3, "Realisasi", "0.00", BudgetProblem.PARENT_SUM_MISMATCH, "20.00", 1),
            problem(4, "Kode Rekening", "5.1.02", BudgetProblem.DUPLICATE_LINE, 2)),
        problems.errors());
    assertEquals(
        List.of(problem(2, "Realisasi", "20.00", BudgetProblem.REALISATION_ABOVE_BUDGET, "10.00")),
        problems.warnings());
  }

  /**
   * A regency's year in one file: 74 units, each with an account tree down to sub rincian objek
   * under 41 sub kegiatan, over 500,000 lines; one broken parent and one duplicate, and no unit
   * known.
   */
  @Test
  void halfAMillionLinesAreCheckedInSeconds() {
    List<BudgetLine> lines = new ArrayList<>(501_000);
    long row = 2;
    for (int unit = 1; unit <= 74; unit++) {
      String skpd = String.format("1.02.0.00.0.00.%02d.0000", unit);
      for (int sub = 1; sub <= 41; sub++) {
        String kode = String.format("1.02.02.2.01.%04d", sub);
        // 5 -> 5.1 -> 5.1.02 -> 5.1.02.01 -> 5.1.02.01.01 -> 160 sub rincian objek of 1,000.00
        for (String parent : List.of("5", "5.1", "5.1.02", "5.1.02.01", "5.1.02.01.01")) {
          lines.add(line(row++, Period.TW1, skpd, kode, parent, "160000.00", "80000.00"));
        }
        for (int s = 1; s <= 160; s++) {
          String code = String.format("5.1.02.01.01.%04d", s);
          lines.add(line(row++, Period.TW1, skpd, kode, code, "1000.00", "500.00"));
        }
      }
    }
    BudgetLine broken = lines.get(3);
    lines.set(
        3,
        line(
            broken.row(),
            Period.TW1,
            broken.kodeSkpd(),
            broken.kodeSubKegiatan(),
            "5.1.02.01",
            "1.00",
            "80000.00"));
    BudgetLine twin = lines.get(10);
    lines.add(
        line(
            row,
            Period.TW1,
            twin.kodeSkpd(),
            twin.kodeSubKegiatan(),
            twin.kodeRekening().code(),
            "1000.00",
            "500.00"));
    assertEquals(500_611, lines.size());
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            new BudgetFileCheck(Set.<String>of()::contains, PreviousRealisation.NONE, Map.of())
                .check(lines, problems));
    assertEquals(
        List.of(
            problem(2, "kode_skpd", "1.02.0.00.0.00.01.0000", BudgetProblem.UNKNOWN_UNIT, 6766),
            problem(4, "anggaran", "160000.00", BudgetProblem.PARENT_SUM_MISMATCH, "1.00", 1),
            problem(5, "anggaran", "1.00", BudgetProblem.PARENT_SUM_MISMATCH, "160000.00", 1)),
        problems.errors().subList(0, 3));
    assertEquals(
        problem(row, "kode_rekening", "5.1.02.01.01.0006", BudgetProblem.DUPLICATE_LINE, 12),
        problems.errors().get(problems.errors().size() - 1));
    assertEquals(74 + 2 + 1, problems.errorCount());
    assertEquals(1, problems.warningCount(), "the broken line's realisasi is above its anggaran");
  }
}
