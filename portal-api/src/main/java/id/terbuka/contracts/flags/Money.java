package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** An OCDS {@code Value}: an amount and its currency (null when the publisher left it out). */
record Money(BigDecimal amount, String currency) {

  /** The value object's amount and currency, when the amount is a number. */
  static Optional<Money> of(JsonNode value) {
    if (value == null || !value.isObject() || !value.path("amount").isNumber()) {
      return Optional.empty();
    }
    JsonNode currency = value.path("currency");
    return Optional.of(
        new Money(
            value.path("amount").decimalValue(),
            currency.isString() ? currency.stringValue() : null));
  }

  /** Rupiah, or no currency given (the portal publishes IDR). */
  boolean rupiah() {
    return currency == null || "IDR".equals(currency);
  }

  /** Whether the two amounts can be compared: same currency, or one of them unstated. */
  boolean comparableTo(Money other) {
    return currency == null || other.currency == null || currency.equals(other.currency);
  }
}
