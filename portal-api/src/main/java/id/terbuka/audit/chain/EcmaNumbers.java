package id.terbuka.audit.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A double written as ECMAScript's {@code Number.prototype.toString} writes it, the number form RFC
 * 8785 prescribes: the fewest significant digits that read back as the same double (the closest
 * such decimal when several have that many digits), then plain notation for decimal exponents from
 * -6 to 21 and {@code e+N}/{@code e-N} notation outside.
 *
 * <p>Java 17's {@link Double#toString} does not always give the fewest digits, so the digits are
 * found here with {@link BigDecimal}: at each precision from 1 to 17 the two decimals that bracket
 * the double's exact value are tried, and the first precision at which one of them reads back as
 * the same double wins. Integers of the safe range take a shortcut.
 */
final class EcmaNumbers {

  /** 2^53 - 1, ECMAScript's {@code Number.MAX_SAFE_INTEGER}. */
  static final BigInteger MAX_SAFE_INTEGER = BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE);

  private static final double TWO_TO_53 = 9007199254740992.0;

  private EcmaNumbers() {}

  static String toText(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(value + " is not a JSON number");
    }
    if (value == 0) {
      return "0"; // -0 too: ECMAScript writes both zeros as "0"
    }
    if (value == Math.rint(value) && Math.abs(value) < TWO_TO_53) {
      return Long.toString((long) value);
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal shortest = shortest(Math.abs(value));
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // value = digits x 10^(n - k)
    return sign + layout(digits, k, n);
  }

  /** The decimal with the fewest digits that reads back as {@code value} (positive, finite). */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean belowFits = below.doubleValue() == value;
      boolean aboveFits = above.doubleValue() == value;
      if (belowFits || aboveFits) {
        BigDecimal chosen;
        if (belowFits && aboveFits) {
          chosen = closer(exact, below, above);
        } else {
          chosen = belowFits ? below : above;
        }
        return chosen.stripTrailingZeros();
      }
    }
    throw new IllegalStateException("17 significant digits always identify a double");
  }

  /** The candidate nearer to {@code exact}; on a tie, the one whose last digit is even. */
  private static BigDecimal closer(BigDecimal exact, BigDecimal below, BigDecimal above) {
    int order = exact.subtract(below).compareTo(above.subtract(exact));
    if (order != 0) {
      return order < 0 ? below : above;
    }
    return below.unscaledValue().testBit(0) ? above : below;
  }

  /**
   * ECMAScript's layout of {@code digits} (k of them, no trailing zero) for the value digits x
   * 10^(n - k).
   */
  private static String layout(String digits, int k, int n) {
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    int exponent = n - 1;
    String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
  }
}
