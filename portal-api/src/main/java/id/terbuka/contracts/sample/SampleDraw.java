package id.terbuka.contracts.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The random draws of the sample: weighted choices, amounts and days, all from one seed. */
final class SampleDraw {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final Random random;

  SampleDraw(Random random) {
    this.random = random;
  }

  Random random() {
    return random;
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  double between(double min, double max) {
    return min + random.nextDouble() * (max - min);
  }

  /** One of the items, each as likely as its weight. */
  <T> T weighted(List<T> items, List<Integer> weights) {
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    int r = random.nextInt(total);
    for (int i = 0; i < items.size(); i++) {
      r -= weights.get(i);
      if (r < 0) {
        return items.get(i);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * An amount in rupiah between {@code minJuta} and {@code maxJuta} million, log-uniform (many
   * small packages, few large ones), to the thousand.
   */
  BigDecimal juta(double minJuta, double maxJuta) {
    double juta = Math.exp(between(Math.log(minJuta), Math.log(maxJuta)));
    return thousands(BigDecimal.valueOf(juta * 1_000_000));
  }

  /** {@code amount} times a factor between {@code min} and {@code max}, to the thousand. */
  BigDecimal share(BigDecimal amount, double min, double max) {
    return thousands(amount.multiply(BigDecimal.valueOf(between(min, max))));
  }

  static BigDecimal thousands(BigDecimal amount) {
    return amount.divide(THOUSAND, 0, RoundingMode.DOWN).multiply(THOUSAND);
  }

  /** A day from {@code first} to {@code last}, both included. */
  LocalDate day(LocalDate first, LocalDate last) {
    return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
  }
}
