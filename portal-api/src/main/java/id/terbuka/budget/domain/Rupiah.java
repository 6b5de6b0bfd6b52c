package id.terbuka.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rupiah amounts as cells write them. Always {@link BigDecimal} with two decimals: sums of a
 * regency's budget run into trillions and must add up to the rupiah.
 *
 * <p>Accepted forms of a text cell (CSV, or an XLSX cell holding text):
 *
 * <ul>
 *   <li>plain: {@code 1234567}, {@code 1234567.89}, {@code 1234567,89} (one or two decimals after
 *       either mark);
 *   <li>Indonesian grouping: {@code 1.234.567} and {@code 1.234.567,89}. A dot followed by exactly
 *       three digits is a group separator, because a rupiah amount never has three decimals: so
 *       {@code 1.234} is 1234 and {@code 1.23} is 1.23. Groups must be complete ({@code 12.34.567}
 *       is not a number);
 *   <li>at most two decimals as written: {@code 1234,567} and {@code 5,500} are refused (the latter
 *       is not read as 5.5, since it may be an English 5500);
 *   <li>an optional {@code Rp} or {@code Rp.} prefix, any case, with or without a space after it,
 *       as accounting formats show it; spaces around the whole are ignored, spaces inside are not.
 * </ul>
 *
 * English grouping ({@code 1,234,567.89}) is not accepted: the finance office's exports are
 * Indonesian, and {@code 1,234} would otherwise mean two different amounts. A minus sign or
 * accounting parentheses ({@code (1.234)}) make a {@link BudgetProblem#NEGATIVE_AMOUNT}.
 *
 * <p>A number cell of an XLSX sheet arrives in plain form with a dot ({@code 1234567.89}, or with
 * an exponent); binary floating point may add noise beyond the cents ({@code 0.30000000000000004}),
 * so such a cell is rounded to cents when the difference is below a millionth of a rupiah.
 */
public final class Rupiah {
  /** The largest amount that fits {@code numeric(20,2)}. */
  public static final BigDecimal MAX = new BigDecimal("999999999999999999.99");

  private static final Pattern PREFIX = Pattern.compile("^[Rr][Pp]\\.?\\s*");
  private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern SPREADSHEET =
      Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,2})?");
  private static final BigDecimal NOISE = new BigDecimal("0.000001");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rupiah() {}

  /** Reads a text cell (CSV, or XLSX text). */
  public static Parsed<BigDecimal> parse(String text) {
    return parse(text, false);
  }

  /**
   * Reads a cell; {@code spreadsheetNumbers} as {@link
   * id.terbuka.imports.domain.ImportRow#spreadsheetNumbers()} says: a cell in plain spreadsheet
   * form is then read as a number cell, anything else as text.
   */
  public static Parsed<BigDecimal> parse(String text, boolean spreadsheetNumbers) {
    String s = text == null ? "" : text.strip();
    if (spreadsheetNumbers && SPREADSHEET.matcher(s).matches()) {
      return spreadsheetNumber(new BigDecimal(s));
    }
    boolean negative = false;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.startsWith("-")) {
      negative = true;
      s = s.substring(1).strip();
    }
    s = PREFIX.matcher(s).replaceFirst("");
    if (s.startsWith("-")) {
      negative = true;
      s = s.substring(1);
    }
    String plain;
    if (GROUPED.matcher(s).matches()) {
      plain = s.replace(".", "").replace(',', '.');
    } else if (PLAIN.matcher(s).matches()) {
      plain = s.replace(',', '.');
    } else {
      return Parsed.failed(BudgetProblem.NOT_A_NUMBER);
    }
    return checked(new BigDecimal(plain), negative);
  }

  private static Parsed<BigDecimal> spreadsheetNumber(BigDecimal n) {
    if (n.abs().compareTo(MAX) > 0) {
      return Parsed.failed(BudgetProblem.AMOUNT_TOO_LARGE, MAX.toPlainString());
    }
    BigDecimal cents = n.setScale(2, RoundingMode.HALF_UP);
    if (cents.subtract(n).abs().compareTo(NOISE) >= 0) {
      return Parsed.failed(BudgetProblem.TOO_MANY_DECIMALS);
    }
    return checked(cents.abs(), n.signum() < 0);
  }

  private static Parsed<BigDecimal> checked(BigDecimal amount, boolean negative) {
    if (negative && amount.signum() != 0) {
      return Parsed.failed(BudgetProblem.NEGATIVE_AMOUNT);
    }
    // The decimals as written: 5,500 is refused rather than read as 5.5 (it may mean 5500).
    if (amount.scale() > 2) {
      return Parsed.failed(BudgetProblem.TOO_MANY_DECIMALS);
    }
    if (amount.compareTo(MAX) > 0) {
      return Parsed.failed(BudgetProblem.AMOUNT_TOO_LARGE, MAX.toPlainString());
    }
    return Parsed.ok(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * Realisasi as a percentage of anggaran, two decimals rounded half up; empty when anggaran is
   * zero (no budget, no percentage).
   */
  public static Optional<BigDecimal> percent(BigDecimal realisasi, BigDecimal anggaran) {
    if (anggaran.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(realisasi.multiply(HUNDRED).divide(anggaran, 2, RoundingMode.HALF_UP));
  }
}
