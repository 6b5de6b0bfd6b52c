package id.terbuka.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /anggaran/{tahun}/unit/{kode}}: one unit's budget in one period as the three views of the
 * regency's banner (ringkasan, penjelasan, realisasi), one per {@link BudgetTab}. Each view has a
 * chart (escaped SVG from {@link SvgBars}) followed by a table with the same figures.
 *
 * @param organization the catalogue organisation with the unit's code, null if none
 * @param periods links to the unit's other periods of the year
 * @param tabs links to the views (this period)
 * @param totals pendapatan, belanja, surplus/defisit, pembiayaan netto of the period
 * @param ringkasan account rows down to jenis
 * @param programmes penjelasan by programme; empty when the file names no sub kegiatan
 * @param accounts account rows down to objek: realisasi, and penjelasan without sub kegiatan
 */
public record BudgetUnitView(
    int tahun,
    String kode,
    String nama,
    String organization,
    String periode,
    String periodeCode,
    int version,
    BudgetTab tab,
    List<BudgetYearView.Link> periods,
    List<BudgetYearView.Link> tabs,
    List<BudgetYearView.Total> totals,
    List<AccountRow> ringkasan,
    List<ProgrammeRow> programmes,
    List<AccountRow> accounts,
    String ringkasanSvg,
    String penjelasanSvg,
    String realisasiSvg,
    BudgetYearView.Downloads downloads) {

  /**
   * An account code's figures.
   *
   * @param depth 0 for akun .. 3 for objek (indentation)
   * @param total true for akun rows (shown bold)
   */
  public record AccountRow(
      String kode,
      String nama,
      int depth,
      boolean total,
      BigDecimal anggaran,
      BigDecimal realisasi,
      BigDecimal sisa,
      BigDecimal persen) {}

  /**
   * A programme, kegiatan or sub kegiatan row of penjelasan.
   *
   * @param kindKey the message key of its kind ({@code budget.kind.program})
   * @param depth 0 programme, 1 kegiatan, 2 sub kegiatan
   */
  public record ProgrammeRow(
      String kindKey,
      String kode,
      String nama,
      int depth,
      BigDecimal anggaran,
      BigDecimal realisasi,
      BigDecimal sisa,
      BigDecimal persen) {}

  public String yearPath() {
    return "/anggaran/" + tahun;
  }

  /** The page's own state (period and view), as its canonical path. */
  public String path() {
    return yearPath() + "/unit/" + kode + "?periode=" + periodeCode + "&tab=" + tab.param();
  }

  public boolean shows(BudgetTab view) {
    return tab.shows(view);
  }
}
