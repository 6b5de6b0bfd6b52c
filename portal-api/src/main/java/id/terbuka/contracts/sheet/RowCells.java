package id.terbuka.contracts.sheet;

import id.terbuka.budget.domain.AccountCode;
import id.terbuka.budget.domain.Parsed;
import id.terbuka.budget.domain.Rupiah;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one row's cells into values, reporting each cell's own problem (at the row, the column as
 * written and the cell's text) into {@link Problems}. A blank or wrong cell reads as null.
 */
final class RowCells {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int MAX_COUNT = 100_000;

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
  private static final Pattern SPREADSHEET_COUNT = Pattern.compile("(\\d{1,9})\\.0+");

  private final ImportRow row;
  private final Problems problems;

  RowCells(ImportRow row, Problems problems) {
    this.row = row;
    this.problems = problems;
  }

  /** The header as the file writes it. */
  String header(String column) {
    return row.header(column);
  }

  boolean filled(String column) {
    return !row.get(column).isBlank();
  }

  void error(String column, ProcurementProblem problem, Object... args) {
    problems.error(row.problem(column, problem.code(), args));
  }

  void warning(String column, ProcurementProblem problem, Object... args) {
    problems.warning(row.problem(column, problem.code(), args));
  }

  /** A text of at most {@code max} characters. */
  String text(String column, int max) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    if (text.length() > max) {
      error(column, ProcurementProblem.TOO_LONG, max);
      return null;
    }
    return text;
  }

  /** A text matching {@code shape}, at most {@code max} characters. */
  String code(String column, Pattern shape, int max, ProcurementProblem problem) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    if (text.length() > max || !shape.matcher(text).matches()) {
      error(column, problem, max);
      return null;
    }
    return text;
  }

  /** An expenditure account code (akun 5) of any year's width. */
  String accountCode(String column) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    Parsed<AccountCode> parsed = AccountCode.parseAnyYear(text);
    if (parsed instanceof Parsed.Ok<AccountCode> ok && ok.value().akun() == 5) {
      return ok.value().code();
    }
    error(column, ProcurementProblem.MALFORMED_ACCOUNT_CODE);
    return null;
  }

  /** A rupiah amount, in every form the budget import reads ({@link Rupiah}). */
  BigDecimal amount(String column) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    Parsed<BigDecimal> parsed = Rupiah.parse(text, row.spreadsheetNumbers());
    if (parsed instanceof Parsed.Failed<BigDecimal> failed) {
      ProcurementProblem problem =
          ProcurementProblem.ofCode(failed.problem().code())
              .orElse(ProcurementProblem.NOT_A_NUMBER);
      error(column, problem, failed.args().subList(0, problem.arity()).toArray());
      return null;
    }
    return parsed.value();
  }

  /** A whole number from 0 ({@code 3}, or {@code 3.0} as a spreadsheet's number cell). */
  Integer count(String column) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    String digits = text;
    if (row.spreadsheetNumbers() && SPREADSHEET_COUNT.matcher(text).matches()) {
      digits = text.substring(0, text.indexOf('.'));
    }
    if (COUNT.matcher(digits).matches() && Integer.parseInt(digits) <= MAX_COUNT) {
      return Integer.parseInt(digits);
    }
    error(column, ProcurementProblem.NOT_A_COUNT, MAX_COUNT);
    return null;
  }

  /** A day written {@code YYYY-MM-DD} (an XLSX date cell arrives in that form). */
  LocalDate date(String column) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
          return date;
        }
      } catch (DateTimeException e) {
        // Not a day of the calendar (2025-02-30): reported below.
      }
    }
    error(column, ProcurementProblem.BAD_DATE, FIRST_YEAR, LAST_YEAR);
    return null;
  }

  /** A value of a closed vocabulary. */
  <E> E vocabulary(String column, Function<String, Optional<E>> parse, List<String> codes) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    Optional<E> value = parse.apply(text);
    if (value.isEmpty()) {
      error(column, ProcurementProblem.UNKNOWN_VALUE, String.join(", ", codes));
    }
    return value.orElse(null);
  }

  /**
   * The winner's NPWP to publish: a company's 15 digits, or null. A person's number gets a warning
   * that names no value, so the number is not repeated in the (public) import report.
   */
  String npwp(String column) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    Npwp npwp = Npwp.parse(text);
    if (npwp instanceof Npwp.Malformed) {
      error(column, ProcurementProblem.MALFORMED_NPWP);
    } else if (npwp instanceof Npwp.Person) {
      problems.warning(
          id.terbuka.imports.domain.ImportProblem.of(
              row.number(),
              row.header(column),
              null,
              ProcurementProblem.NPWP_PERSONAL_OMITTED.code()));
    }
    return npwp.publishable().orElse(null);
  }
}
