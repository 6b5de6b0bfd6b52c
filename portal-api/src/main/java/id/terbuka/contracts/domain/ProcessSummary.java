package id.terbuka.contracts.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a list, a search result or a facet says about one contracting process, read from its
 * compiled release: who buys, who supplies, how, what, at which stage and for how much.
 *
 * @param method the Indonesian method code ({@code tender}, {@code pengadaan_langsung}, ...) when
 *     the process came from the portal's spreadsheet, else the OCDS {@code procurementMethod}
 * @param category the Indonesian category code ({@code barang}, ...) or the OCDS category
 * @param status the OCDS status of the furthest stage: the contract's, else the award's, else the
 *     tender's, else {@code planning}
 * @param value the headline value: contract, else award, else the owner's estimate (HPS), else the
 *     budget (pagu); empty when none is given
 * @param valueSource which of those {@code value} is: contract, award, tender, planning
 */
public record ProcessSummary(
    String ocid,
    String title,
    String description,
    String buyerId,
    String buyerName,
    List<Party> suppliers,
    String method,
    String methodDetails,
    String category,
    String status,
    Optional<BigDecimal> value,
    String valueSource,
    Optional<BigDecimal> budget,
    Optional<BigDecimal> estimate,
    Optional<BigDecimal> awardValue,
    Optional<BigDecimal> contractValue) {

  /** A party by id and name. */
  public record Party(String id, String name) {}

  /** procurementMethodDetails as the portal writes them, to the spreadsheet's metode code. */
  private static final Map<String, String> METHODS = new LinkedHashMap<>();

  static {
    METHODS.put("tender", "tender");
    METHODS.put("tender cepat", "tender_cepat");
    METHODS.put("seleksi", "seleksi");
    METHODS.put("pengadaan langsung", "pengadaan_langsung");
    METHODS.put("penunjukan langsung", "penunjukan_langsung");
    METHODS.put("e-purchasing (katalog elektronik)", "e_purchasing");
    METHODS.put("e-purchasing", "e_purchasing");
    METHODS.put("swakelola", "swakelola");
  }

  public static ProcessSummary of(JsonNode compiled) {
    JsonNode tender = compiled.path("tender");
    JsonNode planning = compiled.path("planning");
    Optional<JsonNode> award = last(compiled.path("awards"));
    Optional<JsonNode> contract = last(compiled.path("contracts"));
    Optional<BigDecimal> budget = amount(planning.path("budget").path("amount"));
    Optional<BigDecimal> estimate = amount(tender.path("value"));
    Optional<BigDecimal> awardValue = award.flatMap(a -> amount(a.path("value")));
    Optional<BigDecimal> contractValue = contract.flatMap(c -> amount(c.path("value")));
    String source;
    Optional<BigDecimal> value;
    if (contractValue.isPresent()) {
      source = "contract";
      value = contractValue;
    } else if (awardValue.isPresent()) {
      source = "award";
      value = awardValue;
    } else if (estimate.isPresent()) {
      source = "tender";
      value = estimate;
    } else {
      source = "planning";
      value = budget;
    }
    String details = tender.path("procurementMethodDetails").asString("");
    return new ProcessSummary(
        compiled.path("ocid").asString(""),
        firstText(tender.path("title"), planning.path("project"), compiled.path("ocid")),
        firstText(tender.path("description"), planning.path("rationale")),
        compiled.path("buyer").path("id").asString(""),
        compiled.path("buyer").path("name").asString(""),
        suppliers(compiled.path("awards")),
        method(details, tender.path("procurementMethod").asString("")),
        details,
        category(tender),
        status(tender, award, contract),
        value,
        value.isPresent() ? source : "",
        budget,
        estimate,
        awardValue,
        contractValue);
  }

  private static String method(String details, String procurementMethod) {
    String code = METHODS.get(details.strip().toLowerCase(Locale.ROOT));
    return code != null ? code : procurementMethod;
  }

  private static String category(JsonNode tender) {
    String main = tender.path("mainProcurementCategory").asString("");
    boolean consulting = false;
    for (JsonNode c : tender.path("additionalProcurementCategories")) {
      consulting |= "consultingServices".equals(c.asString());
    }
    return switch (main) {
      case "goods" -> "barang";
      case "works" -> "pekerjaan_konstruksi";
      case "services" -> consulting ? "jasa_konsultansi" : "jasa_lainnya";
      default -> main;
    };
  }

  private static String status(
      JsonNode tender, Optional<JsonNode> award, Optional<JsonNode> contract) {
    Optional<String> s =
        contract
            .map(c -> c.path("status").asString(""))
            .filter(v -> !v.isEmpty())
            .or(() -> award.map(a -> a.path("status").asString("")).filter(v -> !v.isEmpty()))
            .or(() -> Optional.of(tender.path("status").asString("")).filter(v -> !v.isEmpty()));
    return s.orElse("planning");
  }

  private static List<Party> suppliers(JsonNode awards) {
    Map<String, Party> byId = new LinkedHashMap<>();
    for (JsonNode award : awards) {
      for (JsonNode s : award.path("suppliers")) {
        String name = s.path("name").asString("");
        String id = s.path("id").asString(name);
        byId.putIfAbsent(id, new Party(id, name));
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static Optional<JsonNode> last(JsonNode array) {
    return array.isArray() && !array.isEmpty()
        ? Optional.of(array.get(array.size() - 1))
        : Optional.empty();
  }

  /** The {@code amount} of a Value object, or of an amount node itself. */
  static Optional<BigDecimal> amount(JsonNode valueOrAmount) {
    JsonNode n = valueOrAmount.isObject() ? valueOrAmount.path("amount") : valueOrAmount;
    return n.isNumber() ? Optional.of(n.decimalValue()) : Optional.empty();
  }

  private static String firstText(JsonNode... candidates) {
    for (JsonNode c : candidates) {
      if (c.isString() && !c.asString().isBlank()) {
        return c.asString();
      }
    }
    return "";
  }
}
