package id.terbuka.contracts.sheet;

import id.terbuka.contracts.domain.OcdsJson;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tag of a stage's update release and, for a changed tender schedule or contract value, the
 * amendment it records: {@code id} the amendment's number, {@code date} the release's, a {@code
 * description} in Indonesian naming the old and new values, {@code amendsReleaseID} the release
 * amended and, once the new release has its id, {@code releaseID}.
 */
final class Amendments {
  private final String tag;
  private final ObjectNode added;

  private Amendments(String tag, ObjectNode added) {
    this.tag = tag;
    this.added = added;
  }

  /**
   * Decides the update of {@code stage} from its {@code previous} release to {@code release},
   * copying the amendments published before into {@code release} and adding the new one, if any.
   */
  static Amendments of(Stage stage, JsonNode previous, ObjectNode release, String date) {
    return switch (stage) {
      case PLANNING -> new Amendments("planningUpdate", null);
      case AWARD -> new Amendments("awardUpdate", null);
      case IMPLEMENTATION -> new Amendments("implementationUpdate", null);
      case TENDER -> tender(previous, (ObjectNode) release.get("tender"), date);
      case CONTRACT -> contract(previous, (ObjectNode) release.get("contracts").get(0), date);
    };
  }

  String tag() {
    return tag;
  }

  /** Names the new release in the amendment it added. */
  void recordIn(ObjectNode release) {
    if (added != null) {
      added.put("releaseID", release.get("id").asString());
    }
  }

  private static Amendments tender(JsonNode previous, ObjectNode tender, String date) {
    JsonNode before = previous.path("tender");
    carry(before, tender);
    if (tender.path("status").asString("").equals("cancelled")
        && !before.path("status").asString("").equals("cancelled")) {
      return new Amendments("tenderCancellation", null);
    }
    String start = day(tender.path("tenderPeriod").path("startDate"));
    String end = day(tender.path("tenderPeriod").path("endDate"));
    String startBefore = day(before.path("tenderPeriod").path("startDate"));
    String endBefore = day(before.path("tenderPeriod").path("endDate"));
    if (start.equals(startBefore) && end.equals(endBefore)) {
      return new Amendments("tenderUpdate", null);
    }
    String description =
        "Jadwal tender diubah: tanggal pengumuman "
            + startBefore
            + " menjadi "
            + start
            + ", tanggal penutupan "
            + endBefore
            + " menjadi "
            + end
            + ".";
    return new Amendments("tenderAmendment", add(tender, previous, date, description));
  }

  private static Amendments contract(JsonNode previous, ObjectNode contract, String date) {
    JsonNode before = previous.path("contracts").path(0);
    carry(before, contract);
    JsonNode valueBefore = before.path("value").path("amount");
    BigDecimal value = contract.path("value").path("amount").decimalValue();
    if (valueBefore.isNumber() && valueBefore.decimalValue().compareTo(value) != 0) {
      String description =
          "Nilai kontrak diubah dari "
              + RupiahText.of(valueBefore.decimalValue())
              + " menjadi "
              + RupiahText.of(value)
              + ".";
      return new Amendments("contractAmendment", add(contract, previous, date, description));
    }
    if (contract.path("status").asString("").equals("terminated")
        && !before.path("status").asString("").equals("terminated")) {
      return new Amendments("contractTermination", null);
    }
    return new Amendments("contractUpdate", null);
  }

  private static void carry(JsonNode before, ObjectNode section) {
    if (before.get("amendments") instanceof ArrayNode list && !list.isEmpty()) {
      section.set("amendments", list.deepCopy());
    }
  }

  private static ObjectNode add(
      ObjectNode section, JsonNode previous, String date, String description) {
    ArrayNode list =
        section.get("amendments") instanceof ArrayNode existing
            ? existing
            : section.putArray("amendments");
    ObjectNode amendment = OcdsJson.object();
    amendment.put("id", String.valueOf(list.size() + 1));
    amendment.put("date", date);
    amendment.put("description", description);
    amendment.put("amendsReleaseID", previous.path("id").asString());
    list.add(amendment);
    return amendment;
  }

  /** The day of a release date ({@code 2025-03-03}), or {@code (kosong)} when there is none. */
  private static String day(JsonNode date) {
    String text = date.asString("");
    return text.length() >= 10 ? text.substring(0, 10) : "(kosong)";
  }
}
