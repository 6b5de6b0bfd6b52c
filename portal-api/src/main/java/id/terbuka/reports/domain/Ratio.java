package id.terbuka.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage: 100 × part / whole, one decimal, half up; null for a whole of 0. */
public final class Ratio {
  private Ratio() {}

  public static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
