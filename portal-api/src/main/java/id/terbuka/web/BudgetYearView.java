package id.terbuka.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /anggaran/{tahun}}: the regency's totals, the units ranked by belanja realised, belanja
 * absorption over the periods, and the year's downloads. Amounts stay {@link BigDecimal}; the
 * template formats them.
 *
 * @param periods the period(s) the totals cover, as text ("Triwulan II")
 * @param mixedPeriods true when units are at different periods (the totals say so)
 * @param rankingSvg the ranking chart (escaped SVG from {@link SvgBars})
 * @param absorptionSvg the absorption chart (escaped SVG from {@link SvgBars})
 */
public record BudgetYearView(
    int tahun,
    List<Link> years,
    String periods,
    boolean mixedPeriods,
    List<Total> totals,
    List<UnitRow> ranking,
    String rankingSvg,
    List<PeriodRow> absorption,
    String absorptionSvg,
    Downloads downloads) {

  /** A link with its text; {@code current} marks the page's own. */
  public record Link(String text, String href, boolean current) {}

  /**
   * A regency total.
   *
   * @param key the message key suffix and the element id ({@code belanja})
   */
  public record Total(String key, BigDecimal anggaran, BigDecimal realisasi, BigDecimal persen) {}

  /** A unit in the ranking, at its latest period. */
  public record UnitRow(
      int rank,
      String kode,
      String nama,
      String href,
      String periode,
      BigDecimal anggaran,
      BigDecimal realisasi,
      BigDecimal persen) {}

  /** Belanja of the whole regency up to the end of a period. */
  public record PeriodRow(
      String periode, int units, BigDecimal anggaran, BigDecimal realisasi, BigDecimal persen) {}

  /**
   * Where the figures can be downloaded.
   *
   * @param dataset the dataset page, null when the dataset is not visible
   * @param files the dataset's resources (name, format, URL)
   * @param api the JSON API of the same figures
   */
  public record Downloads(String dataset, List<File> files, String api) {}

  /** A downloadable file. */
  public record File(String name, String format, String href) {}

  public String path() {
    return "/anggaran/" + tahun;
  }
}
