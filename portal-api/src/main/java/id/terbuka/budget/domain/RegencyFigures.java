package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A year's figures for the whole regency from the current slices of every unit, as {@code
 * /anggaran/{tahun}} shows them.
 *
 * <ul>
 *   <li><b>Totals</b>: the sum of each unit's latest period, exactly the rows of {@code GET
 *       /api/v1/budget/{tahun}/units}; when units are at different periods the sum says so ({@link
 *       #periods()} has more than one).
 *   <li><b>Ranking</b>: units by belanja realised (percent, highest first; a unit without belanja
 *       anggaran last), ties by code.
 *   <li><b>Absorption</b>: per period, belanja of the units that reported that period (realisasi is
 *       cumulative, so each period's figure is "up to the end of that period").
 * </ul>
 */
public final class RegencyFigures {
  /** One unit's totals in one period (a current slice). */
  public record UnitSlice(String kodeSkpd, String namaSkpd, Period periode, SliceTotals totals) {}

  /** Belanja of one period, over the {@code units} that reported it. */
  public record PeriodBelanja(Period periode, int units, SliceTotals.Amounts belanja) {}

  private final List<UnitSlice> latest;
  private final SliceTotals totals;
  private final List<PeriodBelanja> absorption;

  private RegencyFigures(
      List<UnitSlice> latest, SliceTotals totals, List<PeriodBelanja> absorption) {
    this.latest = latest;
    this.totals = totals;
    this.absorption = absorption;
  }

  /** The figures of a year's current slices (any order); empty when there are none. */
  public static Optional<RegencyFigures> of(Collection<UnitSlice> slices) {
    if (slices.isEmpty()) {
      return Optional.empty();
    }
    Map<String, UnitSlice> byUnit = new TreeMap<>();
    Map<Period, List<UnitSlice>> byPeriod = new TreeMap<>();
    for (UnitSlice s : slices) {
      byUnit.merge(s.kodeSkpd(), s, (a, b) -> a.periode().compareTo(b.periode()) >= 0 ? a : b);
      byPeriod.computeIfAbsent(s.periode(), p -> new ArrayList<>()).add(s);
    }
    SliceTotals sum = new SliceTotals(Map.of());
    for (UnitSlice s : byUnit.values()) {
      sum = sum.plus(s.totals());
    }
    List<PeriodBelanja> absorption = new ArrayList<>();
    byPeriod.forEach(
        (p, list) -> {
          SliceTotals.Amounts belanja = SliceTotals.Amounts.ZERO;
          for (UnitSlice s : list) {
            belanja = belanja.plus(s.totals().belanja());
          }
          absorption.add(new PeriodBelanja(p, list.size(), belanja));
        });
    return Optional.of(
        new RegencyFigures(List.copyOf(byUnit.values()), sum, List.copyOf(absorption)));
  }

  /** Each unit's latest period, in code order. */
  public List<UnitSlice> latest() {
    return latest;
  }

  /** The sum of {@link #latest()}. */
  public SliceTotals totals() {
    return totals;
  }

  /** The periods the totals cover, in order: one unless units are at different periods. */
  public List<Period> periods() {
    return List.copyOf(new TreeSet<>(latest.stream().map(UnitSlice::periode).toList()));
  }

  /** {@link #latest()} by belanja percent realised, highest first. */
  public List<UnitSlice> ranking() {
    Comparator<UnitSlice> byPercent =
        Comparator.comparing(
            (UnitSlice s) -> s.totals().belanja().persen().orElse(null),
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
    return latest.stream().sorted(byPercent.thenComparing(UnitSlice::kodeSkpd)).toList();
  }

  /** Belanja per period, in period order. */
  public List<PeriodBelanja> absorption() {
    return absorption;
  }

  /** The totals as the page lists them, keyed pendapatan, belanja, pembiayaan_netto, surplus. */
  public Map<String, SliceTotals.Amounts> headline() {
    Map<String, SliceTotals.Amounts> m = new LinkedHashMap<>();
    m.put("pendapatan", totals.pendapatan());
    m.put("belanja", totals.belanja());
    m.put("surplus_defisit", totals.surplusDefisit());
    m.put("pembiayaan_netto", totals.pembiayaanNetto());
    return m;
  }
}
