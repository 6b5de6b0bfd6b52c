package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** {@code tender.numberOfTenderers} is 1 in a process open to competition. */
final class SingleBidderRule {
  private SingleBidderRule() {}

  static Optional<FlagFinding> check(ProcessView process) {
    JsonNode tenderers = process.tender().path("numberOfTenderers");
    if (!process.competitive()
        || !tenderers.isNumber()
        || tenderers.decimalValue().compareTo(BigDecimal.ONE) != 0) {
      return Optional.empty();
    }
    String method = process.methodDetails();
    String id =
        "Hanya satu peserta yang memasukkan penawaran pada proses yang terbuka untuk persaingan";
    String en = "Only one bidder submitted a tender in a process open to competition";
    if (!method.isEmpty()) {
      id += " (" + method + ")";
      en += " (" + method + ")";
    }
    return Optional.of(new FlagFinding(RedFlag.SINGLE_BIDDER, id + ".", en + "."));
  }
}
