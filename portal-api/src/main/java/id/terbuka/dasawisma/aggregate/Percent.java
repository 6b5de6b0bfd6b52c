package id.terbuka.dasawisma.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coverage as a percentage: one decimal, half up; none without a target. */
final class Percent {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** 100 × entered / target, or {@code null} when the target is missing or zero. */
  static BigDecimal of(long entered, Integer target) {
    if (target == null || target == 0) {
      return null;
    }
    return BigDecimal.valueOf(entered)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
  }
}
