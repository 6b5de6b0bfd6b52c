package id.terbuka.budget.domain;

import id.terbuka.imports.domain.ColumnSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the budget import format (issue 10), in the order templates write them, with an
 * example row and the closed vocabularies the XLSX template offers as drop-down lists.
 */
public final class BudgetColumns {
  public static final String TAHUN = "tahun";
  public static final String PERIODE = "periode";
  public static final String KODE_SKPD = "kode_skpd";
  public static final String NAMA_SKPD = "nama_skpd";
  public static final String KODE_REKENING = "kode_rekening";
  public static final String URAIAN = "uraian";
  public static final String ANGGARAN = "anggaran";
  public static final String REALISASI = "realisasi";
  public static final String KODE_SUB_KEGIATAN = "kode_sub_kegiatan";
  public static final String NAMA_SUB_KEGIATAN = "nama_sub_kegiatan";

  /** Every column, required ones first, in template order. */
  public static final List<ColumnSpec> ALL =
      List.of(
          ColumnSpec.required(TAHUN),
          ColumnSpec.required(PERIODE),
          ColumnSpec.required(KODE_SKPD),
          ColumnSpec.required(NAMA_SKPD),
          ColumnSpec.required(KODE_REKENING),
          ColumnSpec.required(URAIAN),
          ColumnSpec.required(ANGGARAN),
          ColumnSpec.required(REALISASI),
          ColumnSpec.optional(KODE_SUB_KEGIATAN),
          ColumnSpec.optional(NAMA_SUB_KEGIATAN));

  private BudgetColumns() {}

  /**
   * One realistic line (Dinas Kesehatan, first quarter 2024, office stationery under the brief's
   * example sub-activity), keyed by column name in {@link #ALL}'s order (a {@link LinkedHashMap},
   * iterated in that order). Amounts are plain, so the same row reads right in CSV and XLSX
   * whatever the locale.
   */
  public static Map<String, String> exampleRow() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(TAHUN, "2024");
    row.put(PERIODE, Period.TW1.code());
    row.put(KODE_SKPD, "1.02.0.00.0.00.01.0000");
    row.put(NAMA_SKPD, "Dinas Kesehatan");
    row.put(KODE_REKENING, "5.1.02.01.01.0024");
    row.put(URAIAN, "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor");
    row.put(ANGGARAN, "12500000.00");
    row.put(REALISASI, "3150000.00");
    row.put(KODE_SUB_KEGIATAN, "1.02.02.2.01.0002");
    row.put(NAMA_SUB_KEGIATAN, "Pembangunan Puskesmas");
    return row;
  }

  /** The closed vocabularies by column: {@code periode}'s codes in picking order. */
  public static Map<String, List<String>> vocabularies() {
    return Map.of(PERIODE, Period.vocabulary().stream().map(Period::code).toList());
  }
}
