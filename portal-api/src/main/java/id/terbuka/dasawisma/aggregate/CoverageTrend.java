package id.terbuka.dasawisma.aggregate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The regency's coverage over time (issue 12, item 6): one row per month, households entered as
 * they stood at the month's end against the regency's target.
 */
public final class CoverageTrend {

  /** The column codes of the trend table, in order. */
  public static final List<String> COLUMNS =
      List.of("bulan", "rumah_tangga", "target", "cakupan_persen");

  private final List<Row> rows;

  private CoverageTrend(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * @param householdsAtEndOfMonth the regency's households entered at the end of each month
   * @param target the regency's target households, {@code null} when none is loaded
   * @throws IllegalArgumentException for a negative count
   */
  public static CoverageTrend of(
      SortedMap<YearMonth, Integer> householdsAtEndOfMonth, Integer target) {
    List<Row> rows = new ArrayList<>();
    householdsAtEndOfMonth.forEach(
        (month, households) -> {
          if (households == null || households < 0) {
            throw new IllegalArgumentException(
                "households at the end of " + month + ": " + households);
          }
          rows.add(new Row(month, households, target, Percent.of(households, target)));
        });
    return new CoverageTrend(rows);
  }

  /** The rows, month by month. */
  public List<Row> rows() {
    return rows;
  }

  /**
   * One month.
   *
   * @param bulan the month, written {@code 2026-01}
   * @param rumahTangga households entered at its end
   * @param target the regency's target
   * @param cakupanPersen as {@link CoverageRow#cakupanPersen()}
   */
  public record Row(YearMonth bulan, int rumahTangga, Integer target, BigDecimal cakupanPersen) {

    /** The row keyed by {@link #COLUMNS}. */
    public Map<String, Object> toDict() {
      Map<String, Object> dict = new LinkedHashMap<>();
      dict.put("bulan", bulan.toString());
      dict.put("rumah_tangga", rumahTangga);
      dict.put("target", target);
      dict.put("cakupan_persen", cakupanPersen);
      return dict;
    }
  }
}
