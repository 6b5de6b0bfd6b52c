package id.terbuka.contracts.sheet;

import id.terbuka.imports.domain.ColumnSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the procurement spreadsheet (issue 11, item 4), one row per contracting process,
 * in the order templates write them, with an example row and the closed vocabularies the XLSX
 * template offers as drop-down lists.
 *
 * <p>Required: what a procurement plan (RUP) always has, {@code kode_rup} to {@code pagu}. The
 * other columns fill the later stages (tender, award, contract, payment) as the process advances;
 * which of them go together is checked row by row ({@link ProcurementRowParser}).
 */
public final class ProcurementColumns {
  public static final String KODE_RUP = "kode_rup";
  public static final String JUDUL = "judul";
  public static final String KODE_SKPD = "kode_skpd";
  public static final String NAMA_SKPD = "nama_skpd";
  public static final String KATEGORI = "kategori";
  public static final String METODE = "metode";
  public static final String PAGU = "pagu";
  public static final String KODE_REKENING = "kode_rekening";
  public static final String HPS = "hps";
  public static final String TANGGAL_PENGUMUMAN = "tanggal_pengumuman";
  public static final String TANGGAL_PENUTUPAN = "tanggal_penutupan";
  public static final String JUMLAH_PESERTA = "jumlah_peserta";
  public static final String STATUS_TENDER = "status_tender";
  public static final String PEMENANG_NAMA = "pemenang_nama";
  public static final String PEMENANG_NPWP = "pemenang_npwp";
  public static final String NILAI_PENAWARAN = "nilai_penawaran";
  public static final String TANGGAL_PENETAPAN = "tanggal_penetapan";
  public static final String NOMOR_KONTRAK = "nomor_kontrak";
  public static final String NILAI_KONTRAK = "nilai_kontrak";
  public static final String TANGGAL_KONTRAK = "tanggal_kontrak";
  public static final String MULAI_KONTRAK = "mulai_kontrak";
  public static final String SELESAI_KONTRAK = "selesai_kontrak";
  public static final String STATUS_KONTRAK = "status_kontrak";
  public static final String NILAI_DIBAYAR = "nilai_dibayar";

  /** The columns of each stage after planning, in template order. */
  public static final List<String> TENDER_COLUMNS =
      List.of(HPS, TANGGAL_PENGUMUMAN, TANGGAL_PENUTUPAN, JUMLAH_PESERTA, STATUS_TENDER);

  public static final List<String> AWARD_COLUMNS =
      List.of(PEMENANG_NAMA, PEMENANG_NPWP, NILAI_PENAWARAN, TANGGAL_PENETAPAN);

  public static final List<String> CONTRACT_COLUMNS =
      List.of(
          NOMOR_KONTRAK,
          NILAI_KONTRAK,
          TANGGAL_KONTRAK,
          MULAI_KONTRAK,
          SELESAI_KONTRAK,
          STATUS_KONTRAK);

  public static final List<String> IMPLEMENTATION_COLUMNS = List.of(NILAI_DIBAYAR);

  /** Every column, required ones first, in template order. */
  public static final List<ColumnSpec> ALL =
      List.of(
          ColumnSpec.required(KODE_RUP),
          ColumnSpec.required(JUDUL),
          ColumnSpec.required(KODE_SKPD),
          ColumnSpec.required(NAMA_SKPD),
          ColumnSpec.required(KATEGORI),
          ColumnSpec.required(METODE),
          ColumnSpec.required(PAGU),
          ColumnSpec.optional(KODE_REKENING),
          ColumnSpec.optional(HPS),
          ColumnSpec.optional(TANGGAL_PENGUMUMAN),
          ColumnSpec.optional(TANGGAL_PENUTUPAN),
          ColumnSpec.optional(JUMLAH_PESERTA),
          ColumnSpec.optional(STATUS_TENDER),
          ColumnSpec.optional(PEMENANG_NAMA),
          ColumnSpec.optional(PEMENANG_NPWP),
          ColumnSpec.optional(NILAI_PENAWARAN),
          ColumnSpec.optional(TANGGAL_PENETAPAN),
          ColumnSpec.optional(NOMOR_KONTRAK),
          ColumnSpec.optional(NILAI_KONTRAK),
          ColumnSpec.optional(TANGGAL_KONTRAK),
          ColumnSpec.optional(MULAI_KONTRAK),
          ColumnSpec.optional(SELESAI_KONTRAK),
          ColumnSpec.optional(STATUS_KONTRAK),
          ColumnSpec.optional(NILAI_DIBAYAR));

  private ProcurementColumns() {}

  /** {@link #ALL}, as the shared design names it. */
  public static List<ColumnSpec> all() {
    return ALL;
  }

  /**
   * The names of the required columns, in template order (the cells a row must fill whatever its
   * stage).
   */
  public static List<String> required() {
    return ALL.stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList();
  }

  /**
   * One realistic row (a road rehabilitation tendered by the public works office, with its contract
   * and a first payment), keyed by column name in {@link #ALL}'s order. Amounts are plain and the
   * NPWP is a company's, so the row reads the same in CSV and XLSX and publishes it.
   */
  public static Map<String, String> exampleRow() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(KODE_RUP, "51234567");
    row.put(JUDUL, "Rehabilitasi Jalan Kalitidu - Ngasem");
    row.put(KODE_SKPD, "1.03.0.00.0.00.01.0000");
    row.put(NAMA_SKPD, "Dinas Pekerjaan Umum Bina Marga dan Penataan Ruang");
    row.put(KATEGORI, Kategori.PEKERJAAN_KONSTRUKSI.code());
    row.put(METODE, Metode.TENDER.code());
    row.put(PAGU, "2500000000");
    row.put(KODE_REKENING, "5.2.04.01.01.0001");
    row.put(HPS, "2450000000");
    row.put(TANGGAL_PENGUMUMAN, "2025-03-03");
    row.put(TANGGAL_PENUTUPAN, "2025-03-17");
    row.put(JUMLAH_PESERTA, "5");
    row.put(STATUS_TENDER, TenderStatus.SELESAI.code());
    row.put(PEMENANG_NAMA, "PT Jaya Makmur Konstruksi");
    row.put(PEMENANG_NPWP, "01.234.567.8-601.000");
    row.put(NILAI_PENAWARAN, "2210500000");
    row.put(TANGGAL_PENETAPAN, "2025-03-28");
    row.put(NOMOR_KONTRAK, "027/015/SP/412.204/2025");
    row.put(NILAI_KONTRAK, "2210500000");
    row.put(TANGGAL_KONTRAK, "2025-04-07");
    row.put(MULAI_KONTRAK, "2025-04-08");
    row.put(SELESAI_KONTRAK, "2025-09-30");
    row.put(STATUS_KONTRAK, ContractStatus.BERJALAN.code());
    row.put(NILAI_DIBAYAR, "663150000");
    return row;
  }

  /** The closed vocabularies by column, each in picking order. */
  public static Map<String, List<String>> vocabularies() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put(KATEGORI, Kategori.codes());
    v.put(METODE, Metode.codes());
    v.put(STATUS_TENDER, TenderStatus.codes());
    v.put(STATUS_KONTRAK, ContractStatus.codes());
    return v;
  }
}
