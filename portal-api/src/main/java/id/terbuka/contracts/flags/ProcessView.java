package id.terbuka.contracts.flags;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The facts of one compiled release that the rules read, leniently: a missing field is no fact. */
final class ProcessView {
  private final JsonNode release;

  ProcessView(JsonNode release) {
    this.release = release;
  }

  String ocid() {
    return text(release.get("ocid"));
  }

  JsonNode tender() {
    return release.path("tender");
  }

  String buyerId() {
    return text(release.path("buyer").get("id"));
  }

  String buyerName() {
    return nameOr(release.path("buyer"), buyerId());
  }

  /**
   * Open to competition: OCDS method {@code open} or {@code selective}, except e-purchasing from
   * the electronic catalogue (mapped to {@code selective}), which is a call-off without bidding.
   */
  boolean competitive() {
    String method = text(tender().get("procurementMethod"));
    return ("open".equals(method) || "selective".equals(method))
        && !details().startsWith("e-purchasing");
  }

  /** A direct procurement under the Pengadaan Langsung rules (not Penunjukan Langsung). */
  boolean pengadaanLangsung() {
    return "direct".equals(text(tender().get("procurementMethod")))
        && details().startsWith("pengadaan langsung");
  }

  /** The Indonesian method name as published, for explanations; empty if none. */
  String methodDetails() {
    String details = text(tender().get("procurementMethodDetails"));
    return details == null ? "" : details.trim();
  }

  private String details() {
    return methodDetails().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Awards that stand (not cancelled, not unsuccessful). */
  List<JsonNode> awards() {
    return standing(release.path("awards"), "unsuccessful");
  }

  /** Contracts that stand (not cancelled). */
  List<JsonNode> contracts() {
    return standing(release.path("contracts"), "cancelled");
  }

  /** The release's own date (for a compiled release, its latest release's). */
  Optional<OffsetDateTime> date() {
    return dateTime(release.get("date"));
  }

  private static List<JsonNode> standing(JsonNode array, String alsoGone) {
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode item : array) {
      String status = text(item.get("status"));
      if (item.isObject() && !"cancelled".equals(status) && !alsoGone.equals(status)) {
        items.add(item);
      }
    }
    return items;
  }

  /** A string or number as text (ids may be either); null for anything else. */
  static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    return node.isNumber() ? node.decimalValue().toPlainString() : null;
  }

  /** An organisation reference's name, else the fallback. */
  static String nameOr(JsonNode reference, String fallback) {
    String name = text(reference.get("name"));
    return name == null || name.isBlank() ? fallback : name;
  }

  static Optional<OffsetDateTime> dateTime(JsonNode node) {
    if (node == null || !node.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(node.stringValue()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
