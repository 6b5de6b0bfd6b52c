package id.terbuka.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parts the three public Dasa Wisma pages share: which snapshot they show, its datasets and the
 * disclosure rule, indicators grouped for reading, and coverage lines. Every figure is a value of
 * the snapshot's published JSON, unchanged; a withheld cell stays withheld (never 0).
 */
public final class DasaWismaView {
  private DasaWismaView() {}

  /**
   * What every page says about the snapshot it shows.
   *
   * @param tahun the year of records
   * @param asOf when the counted households stood, as text ("1 Desember 2026, 00.00 WIB")
   * @param years the years with a snapshot, as links to their year pages
   * @param datasets the snapshot's four datasets
   * @param ruleShort the disclosure rule in plain words
   * @param ruleFull the published rule text, paragraph by paragraph
   */
  public record Snapshot(
      int tahun,
      String asOf,
      List<BudgetYearView.Link> years,
      List<Dataset> datasets,
      String ruleShort,
      List<String> ruleFull) {}

  /** A dataset of the snapshot: its page and its title on this page. */
  public record Dataset(String name, String href, String title) {}

  /**
   * Indicators that belong together ("Air bersih").
   *
   * @param key the message key suffix and the element id ({@code air})
   */
  public record Group(String key, List<Figure> figures) {}

  /**
   * One published indicator of one region.
   *
   * @param code the column of the published tables ({@code sumber_air_pdam})
   * @param value the published count; null when withheld (or, never expected, missing)
   * @param withheld true when the row lists the column as withheld
   */
  public record Figure(
      String code, String name, String unit, String definition, Long value, boolean withheld) {}

  /**
   * Coverage of one region: households entered against the target.
   *
   * @param rank the place in a ranking, 0 outside one
   * @param href the region's page, null for the regency
   * @param target null when no target is loaded
   * @param persen null without a target (or with a target of 0)
   */
  public record Coverage(
      int rank,
      String kode,
      String nama,
      String href,
      long rumahTangga,
      Long target,
      BigDecimal persen) {}

  /** The regency's coverage at the end of one month. */
  public record Trend(
      String bulan, String label, long rumahTangga, Long target, BigDecimal persen) {}
}
