package id.terbuka.budget.domain;

import static id.terbuka.budget.domain.BudgetColumns.ANGGARAN;
import static id.terbuka.budget.domain.BudgetColumns.KODE_REKENING;
import static id.terbuka.budget.domain.BudgetColumns.KODE_SKPD;
import static id.terbuka.budget.domain.BudgetColumns.KODE_SUB_KEGIATAN;
import static id.terbuka.budget.domain.BudgetColumns.NAMA_SKPD;
import static id.terbuka.budget.domain.BudgetColumns.NAMA_SUB_KEGIATAN;
import static id.terbuka.budget.domain.BudgetColumns.PERIODE;
import static id.terbuka.budget.domain.BudgetColumns.REALISASI;
import static id.terbuka.budget.domain.BudgetColumns.TAHUN;
import static id.terbuka.budget.domain.BudgetColumns.URAIAN;

import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one row of a budget file into a {@link BudgetLine}, or reports every problem of the row
 * (not just the first), each at its column with the cell as written.
 *
 * <p>Decisions: {@code tahun} is a year from {@value #FIRST_YEAR} (a generous floor: older reports
 * are not expected, and a two-digit or mistyped year is caught) to the year after the current one
 * (a budget is adopted the year before it runs); {@code kode_skpd} is digits in dot-separated
 * groups, at most {@value #MAX_UNIT_CODE} characters (the stored column's width), its meaning
 * checked against the catalogue by {@link BudgetFileCheck}; {@code nama_sub_kegiatan} without
 * {@code kode_sub_kegiatan} is an error (the name cannot be placed); when {@code tahun} itself is
 * wrong, {@code kode_rekening} is still checked, accepting either width of its last segment.
 */
public final class BudgetLineParser {
  public static final int FIRST_YEAR = 2000;
  public static final int MAX_UNIT_CODE = 60;

  private static final Pattern UNIT_CODE = Pattern.compile("\\d+(\\.\\d+)*");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String PERIOD_CODES =
      Period.vocabulary().stream().map(Period::code).collect(Collectors.joining(", "));
  private static final List<String> REQUIRED =
      List.of(TAHUN, PERIODE, KODE_SKPD, NAMA_SKPD, KODE_REKENING, URAIAN, ANGGARAN, REALISASI);

  private final int lastYear;

  /** A parser for imports made in {@code currentYear}. */
  public BudgetLineParser(int currentYear) {
    this.lastYear = currentYear + 1;
  }

  /** The latest {@code tahun} accepted. */
  public int lastYear() {
    return lastYear;
  }

  /**
   * The row's line, or empty when the row has errors; those are added to {@code problems} in column
   * order.
   */
  public Optional<BudgetLine> parse(ImportRow row, Problems problems) {
    long errorsBefore = problems.errorCount();
    for (String column : REQUIRED) {
      if (row.get(column).isBlank()) {
        problems.error(row.problem(column, BudgetProblem.EMPTY_CELL.code()));
      }
    }
    Integer tahun = year(row, problems);
    Period periode = period(row, problems);
    String kodeSkpd = unitCode(row, problems);
    AccountCode kodeRekening = accountCode(row, tahun, problems);
    BigDecimal anggaran = amount(row, ANGGARAN, problems);
    BigDecimal realisasi = amount(row, REALISASI, problems);
    Optional<SubActivity> subKegiatan = subActivity(row, problems);
    if (problems.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new BudgetLine(
            row.number(),
            tahun,
            periode,
            kodeSkpd,
            row.get(NAMA_SKPD),
            kodeRekening,
            row.get(URAIAN),
            anggaran,
            realisasi,
            subKegiatan));
  }

  private Integer year(ImportRow row, Problems problems) {
    String text = row.get(TAHUN);
    if (text.isBlank()) {
      return null;
    }
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      if (year >= FIRST_YEAR && year <= lastYear) {
        return year;
      }
    }
    fail(row, TAHUN, Parsed.failed(BudgetProblem.BAD_YEAR, FIRST_YEAR, lastYear), problems);
    return null;
  }

  private static Period period(ImportRow row, Problems problems) {
    String text = row.get(PERIODE);
    if (text.isBlank()) {
      return null;
    }
    Optional<Period> period = Period.parse(text);
    if (period.isEmpty()) {
      fail(row, PERIODE, Parsed.failed(BudgetProblem.UNKNOWN_PERIOD, PERIOD_CODES), problems);
    }
    return period.orElse(null);
  }

  private static String unitCode(ImportRow row, Problems problems) {
    String text = row.get(KODE_SKPD);
    if (text.isBlank()) {
      return null;
    }
    if (text.length() > MAX_UNIT_CODE || !UNIT_CODE.matcher(text).matches()) {
      fail(
          row,
          KODE_SKPD,
          Parsed.failed(BudgetProblem.MALFORMED_UNIT_CODE, MAX_UNIT_CODE),
          problems);
      return null;
    }
    return text;
  }

  private static AccountCode accountCode(ImportRow row, Integer tahun, Problems problems) {
    String text = row.get(KODE_REKENING);
    if (text.isBlank()) {
      return null;
    }
    return value(
        row,
        KODE_REKENING,
        tahun == null ? AccountCode.parseAnyYear(text) : AccountCode.parse(text, tahun),
        problems);
  }

  private static BigDecimal amount(ImportRow row, String column, Problems problems) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    return value(row, column, Rupiah.parse(text, row.spreadsheetNumbers()), problems);
  }

  private static Optional<SubActivity> subActivity(ImportRow row, Problems problems) {
    String code = row.get(KODE_SUB_KEGIATAN);
    String name = row.get(NAMA_SUB_KEGIATAN);
    if (code.isBlank()) {
      if (!name.isBlank()) {
        problems.error(
            row.problem(NAMA_SUB_KEGIATAN, BudgetProblem.SUB_ACTIVITY_NAME_WITHOUT_CODE.code()));
      }
      return Optional.empty();
    }
    SubActivityCode parsed = value(row, KODE_SUB_KEGIATAN, SubActivityCode.parse(code), problems);
    return parsed == null ? Optional.empty() : Optional.of(new SubActivity(parsed, name));
  }

  private static <T> T value(ImportRow row, String column, Parsed<T> parsed, Problems problems) {
    if (parsed instanceof Parsed.Ok<T> ok) {
      return ok.value();
    }
    fail(row, column, parsed, problems);
    return null;
  }

  private static void fail(ImportRow row, String column, Parsed<?> parsed, Problems problems) {
    Parsed.Failed<?> failed = (Parsed.Failed<?>) parsed;
    problems.error(row.problem(column, failed.problem().code(), failed.args().toArray()));
  }
}
