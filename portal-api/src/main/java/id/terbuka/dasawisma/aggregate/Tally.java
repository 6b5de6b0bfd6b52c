package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Adds households up into one counter per indicator, in {@link Indicators#ALL}'s order: the one
 * place where recaps and public tables count, so both always agree.
 */
final class Tally {

  static final List<Indicator> INDICATORS = Indicators.ALL;

  @SuppressWarnings("unchecked")
  private static final ToIntFunction<Household>[] CONTRIBUTIONS =
      INDICATORS.stream().map(Indicator::perHousehold).toArray(ToIntFunction[]::new);

  private Tally() {}

  /** Fresh counters, all zero. */
  static long[] counters() {
    return new long[CONTRIBUTIONS.length];
  }

  /** Adds one household's contributions to {@code counters}. */
  static void add(long[] counters, Household household) {
    for (int i = 0; i < CONTRIBUTIONS.length; i++) {
      counters[i] += CONTRIBUTIONS[i].applyAsInt(household);
    }
  }

  /** The position of an indicator in the counters. */
  static int position(String code) {
    for (int i = 0; i < INDICATORS.size(); i++) {
      if (INDICATORS.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown indicator " + code);
  }
}
