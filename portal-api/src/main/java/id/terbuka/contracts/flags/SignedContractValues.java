package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Each contract's value at signature, read from the releases of one process: the yardstick of
 * {@link RedFlag#AMENDED_UP}, which a compiled release has lost (it keeps only the latest value).
 *
 * <p>The releases are replayed in date order (the merge order; same date keeps the given order),
 * following each contract by id: its value (a {@code null} removes it, as in merging) and whether a
 * {@code dateSigned} has been published. The value at signature is the contract's value once both
 * are known, so a price negotiated before signing is not a rise. A contract never published with a
 * {@code dateSigned} takes its first published value.
 *
 * <p>Why releases and not {@code contracts[].amendments}: OCDS 1.1 amendments carry the old and new
 * value only in free text (the structured {@code changes} field is deprecated), whereas the
 * releases are exactly what the portal stores and compiles.
 */
public final class SignedContractValues {
  private SignedContractValues() {}

  /**
   * Contract id (as text) -> amount at signature.
   *
   * @throws IllegalArgumentException when a release has no valid {@code date} (it cannot be
   *     ordered)
   */
  public static Map<String, BigDecimal> of(List<? extends JsonNode> releases) {
    List<Dated> ordered = new ArrayList<>();
    for (JsonNode release : releases) {
      ordered.add(new Dated(date(release), release));
    }
    ordered.sort(Comparator.comparing(Dated::date));
    Map<String, Contract> contracts = new LinkedHashMap<>();
    Map<String, BigDecimal> atSignature = new HashMap<>();
    for (Dated dated : ordered) {
      for (JsonNode contract : dated.release().path("contracts")) {
        String id = ProcessView.text(contract.get("id"));
        if (id == null) {
          continue;
        }
        Contract state = contracts.computeIfAbsent(id, i -> new Contract());
        state.follow(contract);
        if (state.signed && state.value != null) {
          atSignature.putIfAbsent(id, state.value);
        }
      }
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    contracts.forEach(
        (id, state) -> {
          BigDecimal value = atSignature.getOrDefault(id, state.firstValue);
          if (value != null) {
            values.put(id, value);
          }
        });
    return values;
  }

  private static Instant date(JsonNode release) {
    return ProcessView.dateTime(release.get("date"))
        .map(OffsetDateTime::toInstant)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "release " + ProcessView.text(release.get("id")) + " has no valid date"));
  }

  private record Dated(Instant date, JsonNode release) {}

  /** One contract as the releases so far describe it. */
  private static final class Contract {
    BigDecimal value;
    BigDecimal firstValue;
    boolean signed;

    void follow(JsonNode contract) {
      JsonNode value = contract.get("value");
      if (value != null) {
        JsonNode amount = value.path("amount");
        if (value.isNull() || amount.isNull()) {
          this.value = null;
        } else if (amount.isNumber()) {
          this.value = amount.decimalValue();
          if (firstValue == null) {
            firstValue = this.value;
          }
        }
      }
      JsonNode dateSigned = contract.get("dateSigned");
      if (dateSigned != null && dateSigned.isString()) {
        signed = true;
      }
    }
  }
}
