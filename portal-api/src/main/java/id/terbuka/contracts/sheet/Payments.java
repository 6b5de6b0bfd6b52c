package id.terbuka.contracts.sheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payment stage: {@code nilai_dibayar} is the cumulative amount paid, OCDS lists payments as
 * transactions, so each growth of the total becomes one transaction of the difference. The release
 * lists every payment published before too, so the latest release alone gives the total paid.
 */
final class Payments {
  private Payments() {}

  /** The sum of the transactions of a payment release (0 for none). */
  static BigDecimal total(JsonNode release) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode contract : release.path("contracts")) {
      for (JsonNode t : contract.path("implementation").path("transactions")) {
        JsonNode amount = t.path("value").path("amount");
        if (amount.isNumber()) {
          total = total.add(amount.decimalValue());
        }
      }
    }
    return total;
  }

  /**
   * The payment release for the row, or empty when the total paid did not grow (a fall is reported
   * by {@link ProcessReleases#check}).
   */
  static Optional<ObjectNode> release(
      ProcurementRow row, String ocid, JsonNode previous, Instant importTime) {
    BigDecimal before = previous == null ? BigDecimal.ZERO : total(previous);
    if (row.nilaiDibayar().compareTo(before) <= 0) {
      return Optional.empty();
    }
    ObjectNode release = ProcessReleases.skeleton(ocid, StageSections.implementation(row));
    ArrayNode transactions =
        (ArrayNode) release.get("contracts").get(0).get("implementation").get("transactions");
    if (previous != null) {
      previous
          .path("contracts")
          .path(0)
          .path("implementation")
          .path("transactions")
          .forEach(t -> transactions.add(t.deepCopy()));
    }
    String date =
        previous == null
            ? WibTime.of(importTime)
            : ProcessReleases.updateDate(previous, importTime);
    ObjectNode payment = transactions.addObject();
    payment.put("id", row.kodeRup() + "-bayar-" + transactions.size());
    payment.put("date", date);
    payment.set("value", StageSections.value(row.nilaiDibayar().subtract(before)));
    payment.set("payer", Parties.buyerRef(row));
    payment.set("payee", Parties.supplierRef(row));
    String tag = previous == null ? Stage.IMPLEMENTATION.id() : "implementationUpdate";
    String previousId = previous == null ? null : previous.path("id").asString();
    return Optional.of(
        ProcessReleases.identified(release, Stage.IMPLEMENTATION, tag, date, previousId));
  }
}
