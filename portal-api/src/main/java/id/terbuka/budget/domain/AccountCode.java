package id.terbuka.budget.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A kode rekening, {@code A[.K[.JJ[.OO[.RR[.SSSS]]]]]}: akun (1 digit), kelompok (1), jenis (2),
 * objek (2), rincian objek (2) and sub rincian objek (4 digits from 2021, 3 before, when the
 * Kepmendagri 050-5889/2021 classification widened it). The realisation report (LRA) uses akun 4
 * (pendapatan), 5 (belanja) and 6 (pembiayaan) only.
 *
 * <p>Codes compare segment by segment as numbers, a parent before its children ("code order", the
 * order of an LRA). No segment is all zeros: the classification numbers from 1.
 */
public final class AccountCode implements Comparable<AccountCode> {
  /** The year the last segment became four digits wide. */
  public static final int FOUR_DIGIT_SINCE = 2021;

  private static final int[] WIDTHS = {1, 1, 2, 2, 2, 4};

  private final String code;
  private final int[] segments;

  private AccountCode(String code, int[] segments) {
    this.code = code;
    this.segments = segments;
  }

  /**
   * Reads a cell for a report of a year: the last segment must be 4 digits from {@value
   * #FOUR_DIGIT_SINCE}, 3 before. Fails with {@link BudgetProblem#MALFORMED_ACCOUNT_CODE} for any
   * other shape and {@link BudgetProblem#ACCOUNT_NOT_IN_LRA} for a well-formed code of akun other
   * than 4, 5 or 6.
   */
  public static Parsed<AccountCode> parse(String text, int tahun) {
    int lastWidth = tahun >= FOUR_DIGIT_SINCE ? 4 : 3;
    return parse(text, lastWidth, lastWidth, expectedShape(tahun));
  }

  /**
   * Reads a cell when the year is not known (its own cell was wrong): either width of the last
   * segment is accepted, so the code's own mistakes are still reported.
   */
  public static Parsed<AccountCode> parseAnyYear(String text) {
    return parse(text, 3, 4, "A.K.JJ.OO.RR.SSSS");
  }

  /** A code known to be valid (from storage or a test); throws if it is not. */
  public static AccountCode of(String text) {
    Parsed<AccountCode> parsed = parseAnyYear(text);
    if (parsed instanceof Parsed.Failed<AccountCode> f) {
      throw new IllegalArgumentException("Not an LRA account code: " + text + " " + f);
    }
    return parsed.value();
  }

  /** The shape a year's codes have, as messages show it. */
  public static String expectedShape(int tahun) {
    return tahun >= FOUR_DIGIT_SINCE ? "A.K.JJ.OO.RR.SSSS" : "A.K.JJ.OO.RR.SSS";
  }

  private static Parsed<AccountCode> parse(String text, int lastMin, int lastMax, String expected) {
    String code = text == null ? "" : text.strip();
    String[] parts = code.split("\\.", -1);
    if (code.isEmpty() || parts.length > WIDTHS.length) {
      return Parsed.failed(BudgetProblem.MALFORMED_ACCOUNT_CODE, expected);
    }
    int[] segments = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == WIDTHS.length - 1;
      int min = last ? lastMin : WIDTHS[i];
      int max = last ? lastMax : WIDTHS[i];
      if (part.length() < min || part.length() > max || !allDigits(part)) {
        return Parsed.failed(BudgetProblem.MALFORMED_ACCOUNT_CODE, expected);
      }
      segments[i] = Integer.parseInt(part);
      if (segments[i] == 0) {
        return Parsed.failed(BudgetProblem.MALFORMED_ACCOUNT_CODE, expected);
      }
    }
    if (segments[0] < 4 || segments[0] > 6) {
      return Parsed.failed(BudgetProblem.ACCOUNT_NOT_IN_LRA, segments[0]);
    }
    return Parsed.ok(new AccountCode(code, segments));
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The code as written ({@code 5.1.02}). */
  public String code() {
    return code;
  }

  public AccountLevel level() {
    return AccountLevel.ofSegments(segments.length);
  }

  /** The first digit: 4 pendapatan, 5 belanja, 6 pembiayaan. */
  public int akun() {
    return segments[0];
  }

  /** The code one level up, or empty for an akun. */
  public Optional<AccountCode> parent() {
    return segments.length == 1 ? Optional.empty() : Optional.of(cut(segments.length - 1));
  }

  /**
   * This code cut to at most the given level ({@code 5.1.02.01} at jenis is {@code 5.1.02}); a code
   * already at that level or above it is returned as it is.
   */
  public AccountCode truncate(AccountLevel level) {
    return level.segments() >= segments.length ? this : cut(level.segments());
  }

  /** True when the other code lies below this one (a child, grandchild, ...), not equal to it. */
  public boolean isAncestorOf(AccountCode other) {
    return other.segments.length > segments.length
        && Arrays.equals(segments, 0, segments.length, other.segments, 0, segments.length);
  }

  private AccountCode cut(int count) {
    int end = -1;
    for (int i = 0; i < count; i++) {
      end = code.indexOf('.', end + 1);
      if (end < 0) {
        end = code.length();
      }
    }
    return new AccountCode(code.substring(0, end), Arrays.copyOf(segments, count));
  }

  @Override
  public int compareTo(AccountCode other) {
    int bySegments = Arrays.compare(segments, other.segments);
    // 024 (before 2021) and 0024 are the same number but not the same code: keep equals' view.
    return bySegments != 0 ? bySegments : code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountCode other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
