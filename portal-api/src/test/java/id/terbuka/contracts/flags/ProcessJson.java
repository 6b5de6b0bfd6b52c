package id.terbuka.contracts.flags;

import id.terbuka.contracts.domain.OcdsJson;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds compiled releases for the rule tests, as the spreadsheet import would publish them. */
final class ProcessJson {
  static final String BUYER = "ID-SKPD-1.03.01";
  private final ObjectNode node = OcdsJson.object();

  private ProcessJson(String ocid) {
    node.put("ocid", ocid);
    node.put("id", ocid + "-2024-06-01T00:00:00+07:00");
    node.put("date", "2024-06-01T00:00:00+07:00");
    node.putArray("tag").add("compiled");
    buyer(BUYER, "Dinas Pekerjaan Umum");
    node.putObject("tender").put("id", ocid + "-tender");
  }

  static ProcessJson process(String ocid) {
    return new ProcessJson(ocid);
  }

  /** A tender (Tender, open). */
  static ProcessJson tender(String ocid) {
    return process(ocid).method("open", "Tender");
  }

  /** A Pengadaan Langsung (direct). */
  static ProcessJson pengadaanLangsung(String ocid) {
    return process(ocid).method("direct", "Pengadaan Langsung");
  }

  ProcessJson buyer(String id, String name) {
    node.putObject("buyer").put("id", id).put("name", name);
    return this;
  }

  ProcessJson method(String method, String details) {
    tenderNode().put("procurementMethod", method).put("procurementMethodDetails", details);
    return this;
  }

  ProcessJson tenderers(int count) {
    tenderNode().put("numberOfTenderers", count);
    return this;
  }

  ProcessJson tenderPeriod(String start, String end) {
    ObjectNode period = tenderNode().putObject("tenderPeriod");
    if (start != null) {
      period.put("startDate", start);
    }
    if (end != null) {
      period.put("endDate", end);
    }
    return this;
  }

  ProcessJson durationInDays(int days) {
    tenderNode().putObject("tenderPeriod").put("durationInDays", days);
    return this;
  }

  ProcessJson estimate(String amount) {
    value(tenderNode(), amount, "IDR");
    return this;
  }

  ProcessJson award(String amount, String status) {
    return award(amount, "IDR", status, "ID-NPWP-012345678901000", "CV Maju Jaya", null);
  }

  ProcessJson award(
      String amount,
      String currency,
      String status,
      String supplierId,
      String supplierName,
      String date) {
    ArrayNode awards =
        node.has("awards") ? (ArrayNode) node.get("awards") : node.putArray("awards");
    ObjectNode award = awards.addObject().put("id", "award-" + awards.size());
    if (status != null) {
      award.put("status", status);
    }
    if (date != null) {
      award.put("date", date);
    }
    if (amount != null) {
      value(award, amount, currency);
    }
    award.putArray("suppliers").addObject().put("id", supplierId).put("name", supplierName);
    return this;
  }

  ProcessJson supplier(String id, String name, String amount, String dateSigned) {
    award(amount, "IDR", "active", id, name, null);
    return contract("contract-1", amount, dateSigned);
  }

  ProcessJson contract(String id, String amount, String dateSigned) {
    ArrayNode contracts =
        node.has("contracts") ? (ArrayNode) node.get("contracts") : node.putArray("contracts");
    ObjectNode contract = contracts.addObject().put("id", id).put("status", "active");
    value(contract, amount, "IDR");
    if (dateSigned != null) {
      contract.put("dateSigned", dateSigned);
    }
    return this;
  }

  ObjectNode json() {
    return node;
  }

  private ObjectNode tenderNode() {
    return (ObjectNode) node.get("tender");
  }

  private static void value(ObjectNode owner, String amount, String currency) {
    owner.putObject("value").put("amount", new BigDecimal(amount)).put("currency", currency);
  }
}
