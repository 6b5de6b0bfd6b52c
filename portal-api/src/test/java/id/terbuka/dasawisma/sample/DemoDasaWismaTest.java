package id.terbuka.dasawisma.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Regions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDasaWismaTest {
  private static final Regions REGIONS = ParsedFile.REGIONS;
  private static final int TAHUN = 2025;
  private static final YearMonth NOW = YearMonth.of(2025, 7);
  private static final DemoDasaWisma.Plan PLAN = DemoDasaWisma.plan(REGIONS, TAHUN, NOW);

  @TempDir Path dir;

  @Test
  void theDemoIsSmallEnoughToStartFastAndCoversEveryDesaOfItsKecamatan() {
    int households = PLAN.households().size();
    assertTrue(households >= 8_000 && households <= 15_000, "households: " + households);
    int desa = DemoDasaWisma.KECAMATAN.stream().mapToInt(k -> Villages.in(REGIONS, k).size()).sum();
    assertEquals(desa, PLAN.targets().size());
    assertTrue(PLAN.targets().values().stream().allMatch(t -> t >= 300 && t <= 1500));
    assertTrue(
        PLAN.households().stream()
            .allMatch(h -> PLAN.targets().containsKey(h.household().key().kodeDesa())));
  }

  @Test
  void someDesaHaveNoHouseholdsSomeAHandfulAndSomeAFewDozen() {
    Map<String, Integer> entered = PLAN.enteredByDesa();

    assertTrue(count(entered, 0, 0) >= 2, "desa with none: " + entered);
    assertTrue(count(entered, 1, 9) >= 2, "desa with 1-9: " + entered);
    assertTrue(count(entered, 10, 60) >= 3, "desa with 10-60: " + entered);
    entered.forEach((code, n) -> assertTrue(n <= PLAN.targets().get(code), code));
  }

  @Test
  void coverageRisesFromAFifthToTwoFifthsToTwoThirdsOverTheYearBeforeNow() {
    SortedMap<YearMonth, Double> coverage = PLAN.coverageByMonth();

    assertEquals(NOW.minusMonths(12), coverage.firstKey());
    assertEquals(NOW.minusMonths(1), coverage.lastKey());
    assertEquals(12, coverage.size());
    List<Double> values = List.copyOf(coverage.values());
    for (int m = 1; m < values.size(); m++) {
      assertTrue(values.get(m) > values.get(m - 1), "coverage must rise: " + coverage);
    }
    assertBetween(values.get(4), 0.15, 0.25, "after five months online: " + coverage);
    assertBetween(values.get(6), 0.33, 0.45, "after the Excel import: " + coverage);
    assertBetween(values.get(11), 0.66, 0.70, "latest month: " + coverage);
  }

  @Test
  void theKelurahanEnterOnlineFromTheStartTheOthersOnlyOnceTheExcelImportArrives() {
    YearMonth excel = NOW.minusMonths(12).plusMonths(5);
    Map<Boolean, Long> early =
        PLAN.households().stream()
            .filter(h -> h.entered().isBefore(excel))
            .collect(
                Collectors.partitioningBy(
                    h -> h.household().key().kodeDesa().startsWith("35.22.15.1"),
                    Collectors.counting()));

    assertTrue(early.get(true) > 1_000, "kelurahan before the Excel import: " + early);
    assertEquals(0L, early.get(false), "desa before the Excel import");
  }

  @Test
  void keysAreUniqueAndEveryHouseholdPassesTheImport() throws IOException {
    List<Household> households =
        PLAN.households().stream().map(SampleHousehold::household).toList();

    assertEquals(households.size(), households.stream().map(Household::key).distinct().count());
    assertTrue(households.stream().allMatch(h -> h.key().tahun() == TAHUN));
    ParsedFile file = ParsedFile.of(households, TAHUN, dir.resolve("demo.csv"));
    assertEquals(0, file.problems().errorCount(), file.firstErrors());
    assertEquals(households, file.households());
  }

  @Test
  void thePlanIsTheSameOnEveryStartAndListedInOrderOfEntry() {
    DemoDasaWisma.Plan again = DemoDasaWisma.plan(REGIONS, TAHUN, NOW);

    assertEquals(PLAN, again);
    List<YearMonth> months = PLAN.households().stream().map(SampleHousehold::entered).toList();
    assertEquals(months.stream().sorted().toList(), months);
  }

  @Test
  void anotherYearAndMonthMoveTheRecordsAndTheEntriesOnly() {
    DemoDasaWisma.Plan later = DemoDasaWisma.plan(REGIONS, 2026, NOW.plusMonths(12));

    assertEquals(PLAN.targets(), later.targets());
    assertEquals(PLAN.enteredByDesa(), later.enteredByDesa());
    assertTrue(later.households().stream().allMatch(h -> h.household().key().tahun() == 2026));
    assertEquals(
        PLAN.households().stream().map(h -> h.entered().plusMonths(12)).toList(),
        later.households().stream().map(SampleHousehold::entered).toList());
  }

  private static long count(Map<String, Integer> entered, int min, int max) {
    return entered.values().stream().filter(n -> n >= min && n <= max).count();
  }

  private static void assertBetween(double value, double min, double max, String what) {
    assertTrue(value >= min && value <= max, what);
  }
}
