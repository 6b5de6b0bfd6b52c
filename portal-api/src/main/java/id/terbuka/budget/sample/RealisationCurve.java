package id.terbuka.budget.sample;

import java.util.SplittableRandom;

/**
 * How a leaf account is realised over a year: {@code target} of its anggaran by December, reached
 * along {@code (month / 12) ^ shape} (1 is even spending such as salaries; larger is back-loaded
 * such as construction; 0 is all at once such as the previous year's surplus). Only pendapatan may
 * end above its anggaran, by a few percent, as revenue often does: the one source of the "realisasi
 * above anggaran" warnings in a generated file, kept rare.
 */
record RealisationCurve(double target, double shape) {

  /** The curve of a leaf with this account code. */
  static RealisationCurve forCode(String code, SplittableRandom random) {
    if (code.startsWith("4")) {
      // About one pendapatan leaf in five ends up to 3 % above its anggaran.
      double target =
          random.nextInt(5) == 0 ? between(random, 1.0, 1.03) : between(random, 0.93, 1);
      return new RealisationCurve(target, 1.0);
    }
    if (code.startsWith("6.1")) {
      return new RealisationCurve(1.0, 0.0);
    }
    if (code.startsWith("6.2")) {
      return new RealisationCurve(1.0, 3.0);
    }
    if (code.startsWith("5.1.01")) {
      return new RealisationCurve(between(random, 0.92, 0.99), 1.0);
    }
    if (code.startsWith("5.1.02")) {
      return new RealisationCurve(between(random, 0.78, 0.96), 1.35);
    }
    if (code.startsWith("5.2")) {
      return new RealisationCurve(between(random, 0.55, 0.92), 2.2);
    }
    if (code.startsWith("5.3")) {
      return new RealisationCurve(between(random, 0.05, 0.35), 1.0);
    }
    // Grants, social assistance and transfers.
    return new RealisationCurve(between(random, 0.84, 0.98), 1.5);
  }

  /**
   * Cumulative realisasi in sen at the end of each month (ascending, 1..12), never falling, never
   * above the anggaran unless the target is.
   */
  long[] realise(long anggaran, int[] endMonths, SplittableRandom random) {
    long[] out = new long[endMonths.length];
    double cap = Math.max(1.0, target);
    long previous = 0;
    for (int i = 0; i < endMonths.length; i++) {
      int month = endMonths[i];
      double fraction =
          month == 12
              ? target
              : target * Math.pow(month / 12.0, shape) * between(random, 0.92, 1.08);
      // Exact in a double: anggaran stays far below 2^53 sen (90 trillion rupiah).
      long amount = (long) Math.floor(anggaran * Math.min(cap, fraction));
      previous = Math.max(previous, amount);
      out[i] = previous;
    }
    return out;
  }

  private static double between(SplittableRandom random, double low, double high) {
    return low + (high - low) * random.nextDouble();
  }
}
