package id.terbuka.web;

import java.util.List;

/** The models of the public Dasa Wisma pages, one record per template. */
public final class DasaWismaPageViews {
  private DasaWismaPageViews() {}

  /**
   * {@code /dasawisma/{tahun}}: the regency's indicators, coverage by kecamatan (ranked, chart and
   * table), the monthly coverage trend (chart and table).
   *
   * @param kecamatanSvg the ranking chart (escaped SVG from {@link SvgBars})
   * @param trendSvg the trend chart (escaped SVG from {@link SvgBars})
   */
  public record Year(
      DasaWismaView.Snapshot snapshot,
      List<DasaWismaView.Group> groups,
      DasaWismaView.Coverage regency,
      List<DasaWismaView.Coverage> kecamatan,
      String kecamatanSvg,
      List<DasaWismaView.Trend> trend,
      String trendSvg) {

    public String path() {
      return "/dasawisma/" + snapshot.tahun();
    }
  }

  /**
   * {@code /dasawisma/{tahun}/kecamatan/{kode}}: its indicators (none when the snapshot has no row
   * for it) and the coverage of each of its desa.
   */
  public record Kecamatan(
      DasaWismaView.Snapshot snapshot,
      String kode,
      String nama,
      DasaWismaView.Coverage coverage,
      List<DasaWismaView.Group> groups,
      List<DasaWismaView.Coverage> desa,
      String desaSvg) {

    public String path() {
      return "/dasawisma/" + snapshot.tahun() + "/kecamatan/" + kode;
    }
  }

  /**
   * {@code /dasawisma/{tahun}/desa/{kode}}: its coverage (public for every desa) and its general
   * indicators when the snapshot published a row for it.
   *
   * @param level {@code desa} or {@code kelurahan}
   * @param kecamatanHref the page of the kecamatan it lies in
   * @param groups empty when the desa has no public row
   * @param smallUnit the number of households below which a desa has no public row
   */
  public record Desa(
      DasaWismaView.Snapshot snapshot,
      String kode,
      String nama,
      String level,
      String kecamatanNama,
      String kecamatanHref,
      DasaWismaView.Coverage coverage,
      List<DasaWismaView.Group> groups,
      int smallUnit) {

    public String path() {
      return "/dasawisma/" + snapshot.tahun() + "/desa/" + kode;
    }
  }
}
