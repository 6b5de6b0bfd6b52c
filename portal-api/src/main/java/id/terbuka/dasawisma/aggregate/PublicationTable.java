package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.domain.Indicators;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the publication, by the name the files and the data dictionary give them, with
 * their columns in order.
 */
public enum PublicationTable {
  INDIKATOR_DESA("indikator_desa", PublicLevel.DESA),
  INDIKATOR_KECAMATAN("indikator_kecamatan", PublicLevel.KECAMATAN),
  INDIKATOR_KABUPATEN("indikator_kabupaten", PublicLevel.KABUPATEN),
  /** Households entered against the target per desa, kecamatan and kabupaten. */
  CAKUPAN("cakupan", null),
  /** The regency's coverage month by month. */
  CAKUPAN_BULANAN("cakupan_bulanan", null);

  /** The columns every indicator table starts with. */
  static final List<String> REGION_COLUMNS =
      List.of("kode", "nama", "level", "kode_induk", Indicators.RUMAH_TANGGA);

  /** The JSON-only field listing a row's withheld columns. */
  static final String WITHHELD = "withheld";

  private final String code;
  private final PublicLevel level;

  PublicationTable(String code, PublicLevel level) {
    this.code = code;
    this.level = level;
  }

  /** The indicator table of a public level. */
  public static PublicationTable indicators(PublicLevel level) {
    return switch (level) {
      case DESA -> INDIKATOR_DESA;
      case KECAMATAN -> INDIKATOR_KECAMATAN;
      case KABUPATEN -> INDIKATOR_KABUPATEN;
    };
  }

  /** The name in the JSON's {@code tabel} and the data dictionary. */
  public String code() {
    return code;
  }

  /** The public level of an indicator table; {@code null} for the coverage tables. */
  public PublicLevel level() {
    return level;
  }

  /**
   * The columns of the CSV file (and the keys of a JSON row, which adds {@code withheld} in the
   * indicator tables), in order.
   */
  public List<String> columns() {
    if (this == CAKUPAN) {
      return CoverageRow.COLUMNS;
    }
    if (this == CAKUPAN_BULANAN) {
      return CoverageTrend.COLUMNS;
    }
    List<String> columns = new ArrayList<>(REGION_COLUMNS);
    columns.addAll(PublicTables.columns(level));
    return List.copyOf(columns);
  }

  /** The levels its rows are at. */
  List<String> rowLevels() {
    if (level != null) {
      return List.of(level.code());
    }
    return this == CAKUPAN ? List.of("desa", "kecamatan", "kabupaten") : List.of("kabupaten");
  }
}
