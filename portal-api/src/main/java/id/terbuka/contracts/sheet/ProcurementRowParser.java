package id.terbuka.contracts.sheet;

import static id.terbuka.contracts.sheet.ProcurementColumns.HPS;
import static id.terbuka.contracts.sheet.ProcurementColumns.JUDUL;
import static id.terbuka.contracts.sheet.ProcurementColumns.JUMLAH_PESERTA;
import static id.terbuka.contracts.sheet.ProcurementColumns.KATEGORI;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_REKENING;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_RUP;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_SKPD;
import static id.terbuka.contracts.sheet.ProcurementColumns.METODE;
import static id.terbuka.contracts.sheet.ProcurementColumns.MULAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.NAMA_SKPD;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_DIBAYAR;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_PENAWARAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.NOMOR_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.PAGU;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NAMA;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NPWP;
import static id.terbuka.contracts.sheet.ProcurementColumns.SELESAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_TENDER;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENETAPAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENGUMUMAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENUTUPAN;

import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the rows of one procurement file into {@link ProcurementRow}s, reporting every problem of a
 * row (not just the first), each at its row and column with the cell as written: required cells,
 * closed vocabularies, amounts (Indonesian {@code 1.234.567,89}, plain, or an XLSX number cell),
 * dates {@code YYYY-MM-DD}, the winner's NPWP, then the checks across cells ({@link RowChecks}) and
 * {@code kode_rup} repeated in the file (an error on the later row).
 *
 * <p>One parser per file: it remembers the {@code kode_rup}s it has seen.
 *
 * <p>Decisions: {@code kode_rup} is letters, digits and dashes (SiRUP's codes are digits; the ocid
 * ends with it, so nothing that needs escaping), at most {@value #MAX_KODE_RUP} characters; {@code
 * kode_skpd} is digits in dot-separated groups as in the budget import; {@code kode_rekening} is an
 * expenditure account code (akun 5) of either width of its last segment.
 */
public final class ProcurementRowParser {
  public static final int MAX_KODE_RUP = 40;
  public static final int MAX_UNIT_CODE = 60;
  public static final int MAX_TITLE = 1000;
  public static final int MAX_NAME = 300;
  public static final int MAX_CONTRACT_NUMBER = 200;

  private static final Pattern KODE_RUP_SHAPE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  private static final Pattern UNIT_CODE = Pattern.compile("\\d+(\\.\\d+)*");

  private final Map<String, Long> firstRowOf = new HashMap<>();

  /**
   * The row's process, or empty when the row has errors; every problem is added to {@code
   * problems}, warnings too (a personal NPWP, HPS above pagu...).
   */
  public Optional<ProcurementRow> parse(ImportRow row, Problems problems) {
    long errorsBefore = problems.errorCount();
    RowCells cells = new RowCells(row, problems);
    for (String column : ProcurementColumns.required()) {
      if (!cells.filled(column)) {
        cells.error(column, ProcurementProblem.EMPTY_CELL);
      }
    }
    ProcurementRow parsed = read(row.number(), cells);
    RowChecks.check(parsed, cells);
    checkDuplicate(row, parsed.kodeRup(), cells);
    if (problems.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(parsed);
  }

  private static ProcurementRow read(long number, RowCells c) {
    return new ProcurementRow(
        number,
        c.code(KODE_RUP, KODE_RUP_SHAPE, MAX_KODE_RUP, ProcurementProblem.MALFORMED_KODE_RUP),
        c.text(JUDUL, MAX_TITLE),
        c.code(KODE_SKPD, UNIT_CODE, MAX_UNIT_CODE, ProcurementProblem.MALFORMED_UNIT_CODE),
        c.text(NAMA_SKPD, MAX_NAME),
        c.vocabulary(KATEGORI, Kategori::parse, Kategori.codes()),
        c.vocabulary(METODE, Metode::parse, Metode.codes()),
        c.amount(PAGU),
        c.accountCode(KODE_REKENING),
        c.amount(HPS),
        c.date(TANGGAL_PENGUMUMAN),
        c.date(TANGGAL_PENUTUPAN),
        c.count(JUMLAH_PESERTA),
        c.vocabulary(STATUS_TENDER, TenderStatus::parse, TenderStatus.codes()),
        c.text(PEMENANG_NAMA, MAX_NAME),
        c.npwp(PEMENANG_NPWP),
        c.amount(NILAI_PENAWARAN),
        c.date(TANGGAL_PENETAPAN),
        c.text(NOMOR_KONTRAK, MAX_CONTRACT_NUMBER),
        c.amount(NILAI_KONTRAK),
        c.date(TANGGAL_KONTRAK),
        c.date(MULAI_KONTRAK),
        c.date(SELESAI_KONTRAK),
        c.vocabulary(STATUS_KONTRAK, ContractStatus::parse, ContractStatus.codes()),
        c.amount(NILAI_DIBAYAR));
  }

  private void checkDuplicate(ImportRow row, String kodeRup, RowCells cells) {
    if (kodeRup == null) {
      return;
    }
    Long first = firstRowOf.putIfAbsent(kodeRup, row.number());
    if (first != null) {
      cells.error(KODE_RUP, ProcurementProblem.DUPLICATE_KODE_RUP, first);
    }
  }
}
