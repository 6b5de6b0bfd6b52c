package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.template.TemplateColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the household import format (issue 12, item 2), one row per household, in the
 * order templates write them, with an example row and the closed vocabularies the XLSX template
 * offers as drop-down lists.
 *
 * <p>Every column is required in the header, so that a workbook that lost a column is refused
 * rather than read as zeros. Every cell is required too, except {@code dusun}: a kelurahan has no
 * dusun ({@link HouseholdRowParser}).
 */
public final class HouseholdColumns {
  public static final String TAHUN = "tahun";
  public static final String KODE_DESA = "kode_desa";
  public static final String DUSUN = "dusun";
  public static final String RW = "rw";
  public static final String RT = "rt";
  public static final String KELOMPOK_DASAWISMA = "kelompok_dasawisma";
  public static final String ID_KELUARGA = "id_keluarga";
  public static final String JUMLAH_KK = "jumlah_kk";
  public static final String ANGGOTA_L = "anggota_l";
  public static final String ANGGOTA_P = "anggota_p";
  public static final String BALITA_L = "balita_l";
  public static final String BALITA_P = "balita_p";
  public static final String PUS = "pus";
  public static final String WUS = "wus";
  public static final String IBU_HAMIL = "ibu_hamil";
  public static final String IBU_MENYUSUI = "ibu_menyusui";
  public static final String LANSIA = "lansia";
  public static final String BUTA_HURUF_L = "buta_huruf_l";
  public static final String BUTA_HURUF_P = "buta_huruf_p";
  public static final String BERKEBUTUHAN_KHUSUS = "berkebutuhan_khusus";
  public static final String KRITERIA_RUMAH = "kriteria_rumah";
  public static final String TEMPAT_SAMPAH = "tempat_sampah";
  public static final String SPAL = "spal";
  public static final String JAMBAN = "jamban";
  public static final String SUMBER_AIR = "sumber_air";
  public static final String STIKER_P4K = "stiker_p4k";
  public static final String MAKANAN_POKOK = "makanan_pokok";
  public static final String UP2K = "up2k";
  public static final String PEMANFAATAN_PEKARANGAN = "pemanfaatan_pekarangan";
  public static final String INDUSTRI_RUMAH_TANGGA = "industri_rumah_tangga";
  public static final String KESEHATAN_LINGKUNGAN = "kesehatan_lingkungan";

  /** The columns that are whole numbers from 0 (people, families, toilets), in template order. */
  public static final List<String> COUNTS =
      List.of(
          JUMLAH_KK,
          ANGGOTA_L,
          ANGGOTA_P,
          BALITA_L,
          BALITA_P,
          PUS,
          WUS,
          IBU_HAMIL,
          IBU_MENYUSUI,
          LANSIA,
          BUTA_HURUF_L,
          BUTA_HURUF_P,
          BERKEBUTUHAN_KHUSUS,
          JAMBAN);

  /** The yes/no columns, in template order. */
  public static final List<String> YES_NO =
      List.of(
          TEMPAT_SAMPAH,
          SPAL,
          STIKER_P4K,
          UP2K,
          PEMANFAATAN_PEKARANGAN,
          INDUSTRI_RUMAH_TANGGA,
          KESEHATAN_LINGKUNGAN);

  /** Every column, in template order (the order). */
  public static final List<ColumnSpec> ALL =
      List.of(
              TAHUN,
              KODE_DESA,
              DUSUN,
              RW,
              RT,
              KELOMPOK_DASAWISMA,
              ID_KELUARGA,
              JUMLAH_KK,
              ANGGOTA_L,
              ANGGOTA_P,
              BALITA_L,
              BALITA_P,
              PUS,
              WUS,
              IBU_HAMIL,
              IBU_MENYUSUI,
              LANSIA,
              BUTA_HURUF_L,
              BUTA_HURUF_P,
              BERKEBUTUHAN_KHUSUS,
              KRITERIA_RUMAH,
              TEMPAT_SAMPAH,
              SPAL,
              JAMBAN,
              SUMBER_AIR,
              STIKER_P4K,
              MAKANAN_POKOK,
              UP2K,
              PEMANFAATAN_PEKARANGAN,
              INDUSTRI_RUMAH_TANGGA,
              KESEHATAN_LINGKUNGAN)
          .stream()
          .map(ColumnSpec::required)
          .toList();

  /** The columns whose cell may be left empty. */
  public static final List<String> OPTIONAL_CELLS = List.of(DUSUN);

  private HouseholdColumns() {}

  /** {@link #ALL}, as the shared design names it. */
  public static List<ColumnSpec> all() {
    return ALL;
  }

  /** The canonical names of every column, in template order. */
  public static List<String> names() {
    return ALL.stream().map(ColumnSpec::name).toList();
  }

  /** Whether {@code canonicalName} is one of the format's columns. */
  public static boolean isColumn(String canonicalName) {
    return names().contains(canonicalName);
  }

  /**
   * One realistic household (a family of four in Desa Luwihaji, Kecamatan Ngraho), keyed by column
   * name in {@link #ALL}'s order. Invented: it describes no real family.
   */
  public static Map<String, String> exampleRow() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(TAHUN, "2025");
    row.put(KODE_DESA, "35.22.01.2001");
    row.put(DUSUN, "Krajan");
    row.put(RW, "2");
    row.put(RT, "5");
    row.put(KELOMPOK_DASAWISMA, "Melati 3");
    row.put(ID_KELUARGA, "017");
    counts(row);
    row.put(KRITERIA_RUMAH, KriteriaRumah.SEHAT.code());
    row.put(TEMPAT_SAMPAH, YesNo.YES);
    row.put(SPAL, YesNo.YES);
    row.put(JAMBAN, "1");
    row.put(SUMBER_AIR, SumberAir.SUMUR.code());
    row.put(STIKER_P4K, YesNo.NO);
    row.put(MAKANAN_POKOK, MakananPokok.BERAS.code());
    row.put(UP2K, YesNo.NO);
    row.put(PEMANFAATAN_PEKARANGAN, YesNo.YES);
    row.put(INDUSTRI_RUMAH_TANGGA, YesNo.NO);
    row.put(KESEHATAN_LINGKUNGAN, YesNo.YES);
    return row;
  }

  private static void counts(Map<String, String> row) {
    row.put(JUMLAH_KK, "1");
    row.put(ANGGOTA_L, "2");
    row.put(ANGGOTA_P, "2");
    row.put(BALITA_L, "1");
    row.put(BALITA_P, "0");
    row.put(PUS, "1");
    row.put(WUS, "2");
    row.put(IBU_HAMIL, "0");
    row.put(IBU_MENYUSUI, "0");
    row.put(LANSIA, "0");
    row.put(BUTA_HURUF_L, "0");
    row.put(BUTA_HURUF_P, "0");
    row.put(BERKEBUTUHAN_KHUSUS, "0");
  }

  /**
   * The closed vocabularies by column, each in picking order: the three categories and, for every
   * yes/no column, {@code ya} and {@code tidak} (the other accepted spellings are not offered).
   */
  public static Map<String, List<String>> vocabularies() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put(KRITERIA_RUMAH, KriteriaRumah.codes());
    v.put(TEMPAT_SAMPAH, YesNo.CHOICES);
    v.put(SPAL, YesNo.CHOICES);
    v.put(SUMBER_AIR, SumberAir.codes());
    v.put(STIKER_P4K, YesNo.CHOICES);
    v.put(MAKANAN_POKOK, MakananPokok.codes());
    v.put(UP2K, YesNo.CHOICES);
    v.put(PEMANFAATAN_PEKARANGAN, YesNo.CHOICES);
    v.put(INDUSTRI_RUMAH_TANGGA, YesNo.CHOICES);
    v.put(KESEHATAN_LINGKUNGAN, YesNo.CHOICES);
    return v;
  }

  /**
   * The template's columns: the example row, drop-down lists for the vocabularies, and input checks
   * on the whole numbers with the ranges {@link HouseholdRowParser} accepts.
   */
  public static List<TemplateColumn> template() {
    return TemplateColumn.of(ALL, exampleRow(), vocabularies()).stream()
        .map(HouseholdColumns::withNumberCheck)
        .toList();
  }

  private static TemplateColumn withNumberCheck(TemplateColumn column) {
    String name = column.spec().name();
    if (COUNTS.contains(name)) {
      return column.wholeNumbers(0, HouseholdRowParser.MAX_COUNT);
    }
    if (name.equals(RW) || name.equals(RT)) {
      return column.wholeNumbers(1, HouseholdRowParser.MAX_RT_RW);
    }
    return column;
  }
}
