package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A slice (one unit, one period) added up to akun and kelompok level: pendapatan (4), belanja (5)
 * and pembiayaan (6; netto = penerimaan 6.1 minus pengeluaran 6.2). Computed once when the slice is
 * stored, so that lists of units and the regency totals need no pass over the lines.
 */
public record SliceTotals(Map<String, Amounts> byCode) {
  /** Anggaran and realisasi of one code. */
  public record Amounts(BigDecimal anggaran, BigDecimal realisasi) {
    public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

    public Amounts plus(Amounts other) {
      return new Amounts(anggaran.add(other.anggaran), realisasi.add(other.realisasi));
    }

    public Amounts minus(Amounts other) {
      return new Amounts(anggaran.subtract(other.anggaran), realisasi.subtract(other.realisasi));
    }

    public Optional<BigDecimal> persen() {
      return Rupiah.percent(realisasi, anggaran);
    }
  }

  public SliceTotals {
    byCode = Map.copyOf(byCode);
  }

  /** The totals of one slice's lines (one tahun and periode). */
  public static SliceTotals of(Collection<BudgetLine> lines, AccountRollup rollup) {
    Map<String, Amounts> byCode = new LinkedHashMap<>();
    for (AccountRollup.Row row : rollup.rollup(lines, AccountLevel.KELOMPOK)) {
      byCode.put(row.kodeRekening().code(), new Amounts(row.anggaran(), row.realisasi()));
    }
    return new SliceTotals(byCode);
  }

  public Amounts of(String code) {
    return byCode.getOrDefault(code, Amounts.ZERO);
  }

  public Amounts pendapatan() {
    return of("4");
  }

  public Amounts belanja() {
    return of("5");
  }

  /** Penerimaan (6.1) minus pengeluaran (6.2). */
  public Amounts pembiayaanNetto() {
    return of("6.1").minus(of("6.2"));
  }

  /** Pendapatan minus belanja. */
  public Amounts surplusDefisit() {
    return pendapatan().minus(belanja());
  }

  public SliceTotals plus(SliceTotals other) {
    Map<String, Amounts> sum = new LinkedHashMap<>(byCode);
    other.byCode.forEach((code, a) -> sum.merge(code, a, Amounts::plus));
    return new SliceTotals(sum);
  }

  /** As stored: {@code {"5": ["123.00", "45.50"], ...}}. */
  public Map<String, Object> toStored() {
    Map<String, Object> m = new LinkedHashMap<>();
    byCode.forEach(
        (code, a) -> m.put(code, List.of(a.anggaran.toPlainString(), a.realisasi.toPlainString())));
    return m;
  }

  public static SliceTotals fromStored(Map<String, Object> stored) {
    Map<String, Amounts> byCode = new LinkedHashMap<>();
    stored.forEach(
        (code, v) -> {
          List<?> pair = (List<?>) v;
          byCode.put(
              code,
              new Amounts(
                  new BigDecimal(String.valueOf(pair.get(0))),
                  new BigDecimal(String.valueOf(pair.get(1)))));
        });
    return new SliceTotals(byCode);
  }
}
