package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A standing contract's current value is more than 10 % above its value at signature (exactly 10 %
 * is not flagged). The value at signature comes from the process's history ({@link
 * SignedContractValues}); a contract without one is not judged. With several contracts, the largest
 * rise is explained.
 */
final class AmendedUpRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal LIMIT_PERCENT = BigDecimal.valueOf(110);

  private AmendedUpRule() {}

  static Optional<FlagFinding> check(ProcessView process, Map<String, BigDecimal> signedValues) {
    BigDecimal bestPercent = null;
    BigDecimal bestSigned = null;
    Money bestNow = null;
    for (JsonNode contract : process.contracts()) {
      BigDecimal signed = signedValues.get(ProcessView.text(contract.get("id")));
      Optional<Money> now = Money.of(contract.get("value"));
      if (signed == null || signed.signum() <= 0 || now.isEmpty()) {
        continue;
      }
      BigDecimal current = now.get().amount();
      if (current.multiply(HUNDRED).compareTo(signed.multiply(LIMIT_PERCENT)) <= 0) {
        continue;
      }
      BigDecimal rise =
          current.subtract(signed).multiply(HUNDRED).divide(signed, MathContext.DECIMAL64);
      if (bestPercent == null || rise.compareTo(bestPercent) > 0) {
        bestPercent = rise;
        bestSigned = signed;
        bestNow = now.get();
      }
    }
    if (bestPercent == null) {
      return Optional.empty();
    }
    Money before = new Money(bestSigned, bestNow.currency());
    return Optional.of(
        new FlagFinding(
            RedFlag.AMENDED_UP,
            "Nilai kontrak naik "
                + Texts.ID.percent(bestPercent, RoundingMode.UP)
                + " lewat amandemen: dari "
                + Texts.ID.money(before)
                + " menjadi "
                + Texts.ID.money(bestNow)
                + ".",
            "The contract value rose "
                + Texts.EN.percent(bestPercent, RoundingMode.UP)
                + " through amendments: from "
                + Texts.EN.money(before)
                + " to "
                + Texts.EN.money(bestNow)
                + "."));
  }
}
