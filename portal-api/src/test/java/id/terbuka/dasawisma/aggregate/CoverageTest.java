package id.terbuka.dasawisma.aggregate;

import static id.terbuka.dasawisma.aggregate.Households.BANDUNGREJO;
import static id.terbuka.dasawisma.aggregate.Households.BOJONEGORO;
import static id.terbuka.dasawisma.aggregate.Households.KABUPATEN;
import static id.terbuka.dasawisma.aggregate.Households.KADIPATEN;
import static id.terbuka.dasawisma.aggregate.Households.KEPATIHAN;
import static id.terbuka.dasawisma.aggregate.Households.LUWIHAJI;
import static id.terbuka.dasawisma.aggregate.Households.NGRAHO;
import static id.terbuka.dasawisma.aggregate.Households.REGIONS;
import static id.terbuka.dasawisma.aggregate.Households.SUGIHWARAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoverageTest {

  /**
   * Luwihaji 40 of 50, Sugihwaras 0 of a target of 0, Bandungrejo 1 of 16 (a small desa: still
   * published), Kepatihan 3 with no target, Kadipaten nothing at all.
   */
  private static final Coverage COVERAGE =
      Coverage.compute(
          REGIONS,
          Map.of(LUWIHAJI, 40, BANDUNGREJO, 1, KEPATIHAN, 3),
          Map.of(LUWIHAJI, 50, SUGIHWARAS, 0, BANDUNGREJO, 16));

  @Test
  void everyRegionHasARowInCodeOrder() {
    assertEquals(
        List.of(
            KABUPATEN, NGRAHO, LUWIHAJI, SUGIHWARAS, BANDUNGREJO, BOJONEGORO, KEPATIHAN, KADIPATEN),
        COVERAGE.rows().stream().map(CoverageRow::kode).toList());
    CoverageRow kadipaten = COVERAGE.row(KADIPATEN).orElseThrow();
    assertEquals(
        new CoverageRow(KADIPATEN, "Kadipaten", "kelurahan", BOJONEGORO, 0, null, null), kadipaten);
  }

  @Test
  void desaPercentagesHaveOneDecimalRoundedHalfUp() {
    assertEquals(new BigDecimal("80.0"), percent(LUWIHAJI));
    assertEquals(new BigDecimal("6.3"), percent(BANDUNGREJO), "6.25 rounds up");
    assertEquals(1, COVERAGE.row(BANDUNGREJO).orElseThrow().rumahTangga(), "small desa published");
  }

  @Test
  void withoutATargetOrWithZeroThereIsNoPercentage() {
    CoverageRow sugihwaras = COVERAGE.row(SUGIHWARAS).orElseThrow();
    assertEquals(0, sugihwaras.target());
    assertNull(sugihwaras.cakupanPersen());
    CoverageRow kepatihan = COVERAGE.row(KEPATIHAN).orElseThrow();
    assertEquals(3, kepatihan.rumahTangga());
    assertNull(kepatihan.target());
    assertNull(kepatihan.cakupanPersen());
  }

  @Test
  void kecamatanAndKabupatenAddUpTheirDesa() {
    CoverageRow ngraho = COVERAGE.row(NGRAHO).orElseThrow();
    assertEquals(41, ngraho.rumahTangga());
    assertEquals(66, ngraho.target());
    assertEquals(new BigDecimal("62.1"), ngraho.cakupanPersen());
    assertEquals("kecamatan", ngraho.level());
    assertEquals(KABUPATEN, ngraho.kodeInduk());

    CoverageRow bojonegoro = COVERAGE.row(BOJONEGORO).orElseThrow();
    assertEquals(3, bojonegoro.rumahTangga());
    assertNull(bojonegoro.target(), "no desa of it has a target");
    assertNull(bojonegoro.cakupanPersen());

    CoverageRow regency = COVERAGE.row(KABUPATEN).orElseThrow();
    assertEquals(44, regency.rumahTangga());
    assertEquals(66, regency.target());
    assertEquals(new BigDecimal("66.7"), regency.cakupanPersen());
    assertEquals("35", regency.kodeInduk());
  }

  @Test
  void codesOutsideTheRegencyAndNegativeNumbersAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Coverage.compute(REGIONS, Map.of("35.21.01.2001", 4), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Coverage.compute(REGIONS, Map.of(), Map.of(NGRAHO, 4)));
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> Coverage.compute(REGIONS, Map.of(LUWIHAJI, -1), Map.of()));
    assertTrue(negative.getMessage().contains(LUWIHAJI), negative.getMessage());
  }

  @Test
  void theTrendHasOneRowPerMonthAgainstTheRegencyTarget() {
    TreeMap<YearMonth, Integer> months = new TreeMap<>();
    months.put(YearMonth.of(2026, 2), 250);
    months.put(YearMonth.of(2026, 1), 100);
    CoverageTrend trend = CoverageTrend.of(months, 400);

    assertEquals(
        List.of(
            new CoverageTrend.Row(YearMonth.of(2026, 1), 100, 400, new BigDecimal("25.0")),
            new CoverageTrend.Row(YearMonth.of(2026, 2), 250, 400, new BigDecimal("62.5"))),
        trend.rows());
    assertEquals("2026-01", trend.rows().get(0).toDict().get("bulan"));
    assertNull(CoverageTrend.of(months, null).rows().get(0).cakupanPersen());
  }

  @Test
  void everyDesaAndKelurahanOfTheRegencyHasARow() {
    Coverage coverage =
        Coverage.compute(
            Bojonegoro.REGIONS, Map.of("35.22.15.1001", 12), Map.of("35.22.15.1001", 24));
    Map<String, Long> byLevel =
        coverage.rows().stream()
            .collect(Collectors.groupingBy(CoverageRow::level, Collectors.counting()));
    assertEquals(
        Map.of("kabupaten", 1L, "kecamatan", 28L, "desa", 419L, "kelurahan", 11L), byLevel);
    assertEquals(new BigDecimal("50.0"), coverage.row("35.22").orElseThrow().cakupanPersen());
  }

  private static BigDecimal percent(String kode) {
    return COVERAGE.row(kode).orElseThrow().cakupanPersen();
  }
}
