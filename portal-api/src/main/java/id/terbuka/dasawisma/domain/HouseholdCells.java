package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.HouseholdProblem.LOOKS_LIKE_NIK;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one row's cells into values, reporting each cell's own problem (at the row, the column as
 * written and the cell's text) into {@link Problems}. A blank or wrong cell reads as null.
 */
final class HouseholdCells {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
  private static final Pattern NIK_SEPARATORS = Pattern.compile("[\\s.\\-/]");
  private static final Pattern ONLY_DIGITS_AND_SEPARATORS = Pattern.compile("[\\d\\s.\\-/]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final ImportRow row;
  private final Problems problems;

  HouseholdCells(ImportRow row, Problems problems) {
    this.row = row;
    this.problems = problems;
  }

  String header(String column) {
    return row.header(column);
  }

  boolean filled(String column) {
    return !row.get(column).isBlank();
  }

  void error(String column, HouseholdProblem problem, Object... args) {
    problems.error(row.problem(column, problem.code(), args));
  }

  /**
   * A whole number from {@code min} to {@code max}, leading zeros accepted ({@code 005}); anything
   * else is reported as {@code problem} with {@code max} as its argument.
   */
  Integer number(String column, int min, int max, HouseholdProblem problem) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    if (DIGITS.matcher(text).matches()) {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    }
    error(column, problem, max);
    return null;
  }

  /**
   * A text of at most {@code max} characters with its whitespace collapsed, that holds no NIK or KK
   * number; "" when blank.
   */
  String text(String column, int max) {
    String text = WHITESPACE.matcher(row.get(column)).replaceAll(" ");
    if (holdsNik(column, text)) {
      return null;
    }
    if (text.length() > max) {
      error(column, HouseholdProblem.TOO_LONG, max);
      return null;
    }
    return text;
  }

  /**
   * A text matching {@code shape}, at most {@code max} characters, that holds no NIK or KK number.
   */
  String code(String column, Pattern shape, int max, HouseholdProblem problem) {
    String text = row.get(column);
    if (text.isBlank() || holdsNik(column, text)) {
      return null;
    }
    if (text.length() > max || !shape.matcher(text).matches()) {
      error(column, problem, max);
      return null;
    }
    return text;
  }

  /** A value of a closed vocabulary. */
  <E> E vocabulary(String column, Function<String, Optional<E>> parse, List<String> codes) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    Optional<E> value = parse.apply(text);
    if (value.isEmpty()) {
      error(column, HouseholdProblem.UNKNOWN_VALUE, String.join(", ", codes));
    }
    return value.orElse(null);
  }

  /** A yes/no cell in any accepted spelling ({@link YesNo}). */
  Boolean yesNo(String column) {
    String text = row.get(column);
    if (text.isBlank()) {
      return null;
    }
    Optional<Boolean> value = YesNo.parse(text);
    if (value.isEmpty()) {
      error(column, HouseholdProblem.NOT_YES_NO, YesNo.SPELLINGS);
    }
    return value.orElse(null);
  }

  /**
   * Whether the cell holds a NIK or KK number: sixteen digits in a row, or a cell of only digits
   * and separators ({@code 3522 0112 3456 0001}) with sixteen digits. If so, reports it without
   * repeating the cell, so the number stays out of the import report.
   */
  private boolean holdsNik(String column, String text) {
    boolean onlyDigits = ONLY_DIGITS_AND_SEPARATORS.matcher(text).matches();
    String digits = onlyDigits ? NIK_SEPARATORS.matcher(text).replaceAll("") : text;
    if (SIXTEEN_DIGITS.matcher(digits).find()) {
      problems.error(
          ImportProblem.of(row.number(), row.header(column), null, LOOKS_LIKE_NIK.code()));
      return true;
    }
    return false;
  }
}
