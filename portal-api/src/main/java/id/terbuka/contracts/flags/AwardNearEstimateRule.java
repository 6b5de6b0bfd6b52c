package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A standing award's value is at least 99 % of the owner's estimate ({@code tender.value}, the
 * HPS). Compared exactly ({@code award * 100 >= estimate * 99}); with several awards, the one
 * closest to (or furthest above) the estimate is explained.
 */
final class AwardNearEstimateRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal LIMIT_PERCENT = BigDecimal.valueOf(99);

  private AwardNearEstimateRule() {}

  static Optional<FlagFinding> check(ProcessView process) {
    Optional<Money> estimate =
        Money.of(process.tender().get("value")).filter(m -> m.amount().signum() > 0);
    if (estimate.isEmpty()) {
      return Optional.empty();
    }
    Money hps = estimate.get();
    Money highest = null;
    for (var award : process.awards()) {
      Optional<Money> value = Money.of(award.get("value")).filter(hps::comparableTo);
      if (value.isPresent()
          && (highest == null || value.get().amount().compareTo(highest.amount()) > 0)) {
        highest = value.get();
      }
    }
    if (highest == null
        || highest.amount().multiply(HUNDRED).compareTo(hps.amount().multiply(LIMIT_PERCENT)) < 0) {
      return Optional.empty();
    }
    BigDecimal percent =
        highest.amount().multiply(HUNDRED).divide(hps.amount(), MathContext.DECIMAL64);
    return Optional.of(
        new FlagFinding(
            RedFlag.AWARD_NEAR_ESTIMATE,
            "Nilai yang dimenangkan "
                + Texts.ID.money(highest)
                + " adalah "
                + Texts.ID.percent(percent, RoundingMode.DOWN)
                + " dari HPS "
                + Texts.ID.money(hps)
                + ".",
            "The award value "
                + Texts.EN.money(highest)
                + " is "
                + Texts.EN.percent(percent, RoundingMode.DOWN)
                + " of the owner's estimate (HPS) "
                + Texts.EN.money(hps)
                + "."));
  }
}
