package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegencyFiguresTest {
  private static SliceTotals totals(String pendapatan, String belanjaA, String belanjaR) {
    return new SliceTotals(
        Map.of(
            "4", new SliceTotals.Amounts(new BigDecimal(pendapatan), new BigDecimal(pendapatan)),
            "5", new SliceTotals.Amounts(new BigDecimal(belanjaA), new BigDecimal(belanjaR)),
            "6.1", new SliceTotals.Amounts(new BigDecimal("10"), new BigDecimal("10"))));
  }

  private static RegencyFigures.UnitSlice slice(String kode, Period p, SliceTotals t) {
    return new RegencyFigures.UnitSlice(kode, "Unit " + kode, p, t);
  }

  @Test
  void totalsAreTheSumOfEachUnitsLatestPeriod() {
    RegencyFigures f =
        RegencyFigures.of(
                List.of(
                    slice("2", Period.TW2, totals("0", "1000", "600")),
                    slice("1", Period.TW1, totals("50", "200", "20")),
                    slice("1", Period.TW2, totals("80", "200", "150")),
                    slice("3", Period.TW1, totals("0", "0", "0"))))
            .orElseThrow();
    assertEquals(List.of("1", "2", "3"), f.latest().stream().map(s -> s.kodeSkpd()).toList());
    assertEquals(0, new BigDecimal("1200").compareTo(f.totals().belanja().anggaran()));
    assertEquals(0, new BigDecimal("750").compareTo(f.totals().belanja().realisasi()));
    assertEquals(0, new BigDecimal("80").compareTo(f.totals().pendapatan().anggaran()));
    assertEquals(
        0, new BigDecimal("-1120").compareTo(f.headline().get("surplus_defisit").anggaran()));
    assertEquals(
        0, new BigDecimal("30").compareTo(f.headline().get("pembiayaan_netto").anggaran()));
    assertEquals(List.of(Period.TW1, Period.TW2), f.periods(), "units at different periods");
  }

  @Test
  void rankingIsByBelanjaPercentWithUnitsWithoutAnggaranLast() {
    RegencyFigures f =
        RegencyFigures.of(
                List.of(
                    slice("1", Period.TW2, totals("0", "200", "150")),
                    slice("2", Period.TW2, totals("0", "1000", "600")),
                    slice("3", Period.TW2, totals("0", "0", "0")),
                    slice("4", Period.TW2, totals("0", "100", "75"))))
            .orElseThrow();
    assertEquals(List.of("1", "4", "2", "3"), f.ranking().stream().map(s -> s.kodeSkpd()).toList());
    assertEquals(List.of(Period.TW2), f.periods());
  }

  @Test
  void absorptionAddsTheUnitsOfEachPeriod() {
    RegencyFigures f =
        RegencyFigures.of(
                List.of(
                    slice("1", Period.TW2, totals("0", "200", "150")),
                    slice("1", Period.TW1, totals("0", "200", "50")),
                    slice("2", Period.TW1, totals("0", "800", "100"))))
            .orElseThrow();
    List<RegencyFigures.PeriodBelanja> a = f.absorption();
    assertEquals(List.of(Period.TW1, Period.TW2), a.stream().map(p -> p.periode()).toList());
    assertEquals(2, a.get(0).units());
    assertEquals(0, new BigDecimal("1000").compareTo(a.get(0).belanja().anggaran()));
    assertEquals(0, new BigDecimal("150").compareTo(a.get(0).belanja().realisasi()));
    assertEquals("15.00", a.get(0).belanja().persen().orElseThrow().toPlainString());
    assertEquals(1, a.get(1).units());
  }

  @Test
  void noSlicesNoFigures() {
    assertTrue(RegencyFigures.of(List.of()).isEmpty());
  }
}
