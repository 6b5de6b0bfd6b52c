package id.terbuka.contracts.sample;

import id.terbuka.budget.sample.DemoBudget;
import id.terbuka.budget.sample.SampleUnit;
import id.terbuka.contracts.sheet.ProcurementColumns;
import id.terbuka.imports.domain.ColumnSpec;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's procurement spreadsheet (issue 11, item 10): {@value #PROCESSES} contracting processes
 * of {@value #YEAR} by the given units, as CSV in the import's columns, the same text for the same
 * seed and version.
 *
 * <ul>
 *   <li>version 1: the year as of {@value ProcessGenerator#AS_OF_TEXT}. Every method (about a third
 *       direct purchases, a fifth catalogue orders, a tenth swakelola), every stage (plans only,
 *       tenders announced, evaluated, cancelled or failed, awards pending or decided, contracts
 *       running, completed or terminated, payments in part or in full), and red flags: single
 *       bidders, tender periods of 3 to 6 days, winning offers at 99 % of the HPS or above, {@value
 *       ProcessGenerator#SPLIT_CLUSTERS} clusters of 3 or 4 direct purchases by one unit from one
 *       supplier within 30 days, each under Rp 200 juta and together above it;
 *   <li>version 2: the same processes at the year's end ({@link YearEnd}): some contract values
 *       amended (some up by more than 10 %), every running contract completed and paid. Imported
 *       after version 1, it publishes contract amendments, terminations and payments.
 * </ul>
 *
 * <p>Some suppliers are sole traders with a personal NPWP or NIK: the import warns and publishes no
 * number for them. About a fifth of the rows write amounts with Indonesian grouping ({@code
 * 2.450.000.000}), the rest plain.
 */
public final class ProcurementSample {
  public static final long SEED = 11;
  public static final int YEAR = 2025;
  public static final int PROCESSES = 300;

  private final List<SampleUnit> units;

  /** A sample over these units (their codes and names are written as kode_skpd and nama_skpd). */
  public ProcurementSample(List<SampleUnit> units) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("No units to generate procurement for");
    }
    this.units = List.copyOf(units);
  }

  /**
   * A sample over the units of the demo catalogue's organisations (maps with {@code kode_unit} and
   * {@code title}, as {@code demo/catalogue.json} holds them; see {@link DemoBudget#units}).
   */
  public static ProcurementSample forOrganisations(List<Map<String, Object>> organisations) {
    return new ProcurementSample(DemoBudget.units(organisations));
  }

  /**
   * The CSV text (UTF-8 when encoded, comma-separated, header first, LF line ends).
   *
   * @param version 1 (as of October) or 2 (at the year's end)
   * @throws IllegalArgumentException for another version
   */
  public String generate(long seed, int version) {
    StringBuilder csv = new StringBuilder();
    List<String> header = ProcurementColumns.all().stream().map(ColumnSpec::name).toList();
    line(csv, header);
    for (Map<String, String> row : rows(seed, version)) {
      line(csv, new ArrayList<>(row.values()));
    }
    return csv.toString();
  }

  /** The rows of {@link #generate}, each keyed by column in template order. */
  public List<Map<String, String>> rows(long seed, int version) {
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("The sample has versions 1 and 2, not " + version);
    }
    List<SampleProcess> processes = new ProcessGenerator(units, seed).generate(PROCESSES);
    if (version == 2) {
      YearEnd.apply(processes, seed);
    }
    return processes.stream().map(ProcurementSample::cells).toList();
  }

  private static Map<String, String> cells(SampleProcess p) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put(ProcurementColumns.KODE_RUP, p.kodeRup);
    row.put(ProcurementColumns.JUDUL, p.judul);
    row.put(ProcurementColumns.KODE_SKPD, p.unit.kodeSkpd());
    row.put(ProcurementColumns.NAMA_SKPD, p.unit.namaSkpd());
    row.put(ProcurementColumns.KATEGORI, p.kategori.code());
    row.put(ProcurementColumns.METODE, p.metode.code());
    row.put(ProcurementColumns.PAGU, amount(p.pagu, p.grouped));
    row.put(ProcurementColumns.KODE_REKENING, p.kodeRekening);
    row.put(ProcurementColumns.HPS, amount(p.hps, p.grouped));
    row.put(ProcurementColumns.TANGGAL_PENGUMUMAN, day(p.pengumuman));
    row.put(ProcurementColumns.TANGGAL_PENUTUPAN, day(p.penutupan));
    row.put(ProcurementColumns.JUMLAH_PESERTA, p.peserta == null ? "" : p.peserta.toString());
    row.put(ProcurementColumns.STATUS_TENDER, p.statusTender == null ? "" : p.statusTender.code());
    row.put(ProcurementColumns.PEMENANG_NAMA, p.pemenang == null ? "" : p.pemenang.name());
    row.put(ProcurementColumns.PEMENANG_NPWP, p.pemenang == null ? "" : p.pemenang.npwp());
    row.put(ProcurementColumns.NILAI_PENAWARAN, amount(p.penawaran, p.grouped));
    row.put(ProcurementColumns.TANGGAL_PENETAPAN, day(p.penetapan));
    row.put(ProcurementColumns.NOMOR_KONTRAK, p.nomorKontrak == null ? "" : p.nomorKontrak);
    row.put(ProcurementColumns.NILAI_KONTRAK, amount(p.nilaiKontrak, p.grouped));
    row.put(ProcurementColumns.TANGGAL_KONTRAK, day(p.tanggalKontrak));
    row.put(ProcurementColumns.MULAI_KONTRAK, day(p.mulai));
    row.put(ProcurementColumns.SELESAI_KONTRAK, day(p.selesai));
    row.put(
        ProcurementColumns.STATUS_KONTRAK, p.statusKontrak == null ? "" : p.statusKontrak.code());
    row.put(ProcurementColumns.NILAI_DIBAYAR, amount(p.dibayar, p.grouped));
    return row;
  }

  private static String amount(BigDecimal amount, boolean grouped) {
    if (amount == null) {
      return "";
    }
    if (!grouped) {
      return amount.toPlainString();
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0", symbols).format(amount);
  }

  private static String day(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
      csv.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    csv.append('\n');
  }
}
