package id.terbuka.contracts.flags;

import static id.terbuka.contracts.flags.ProcessJson.tender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.domain.OcdsJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AmendedUpRuleTest {
  private static final String OCID = "ocds-b0j0n9-21334455";

  /** A contract release of the process: contract-1 with the amount, signed or not. */
  private static JsonNode release(String date, String amount, boolean signed) {
    return OcdsJson.parse(
        """
        {"ocid":"%s","id":"%s-contract-%s","date":"%s","tag":["contract"],
         "contracts":[{"id":"contract-1","value":{"amount":%s,"currency":"IDR"}%s}]}"""
            .formatted(
                OCID,
                OCID,
                date.substring(0, 10),
                date,
                amount,
                signed ? ",\"dateSigned\":\"2024-04-01T00:00:00+07:00\"" : ""));
  }

  private static Optional<FlagFinding> check(String current, Map<String, BigDecimal> signed) {
    JsonNode compiled = tender(OCID).contract("contract-1", current, null).json();
    return AmendedUpRule.check(new ProcessView(compiled), signed);
  }

  @Test
  void aRiseOfMoreThanTenPercentIsFlaggedWithBothValues() {
    FlagFinding finding =
        check("125000000", Map.of("contract-1", new BigDecimal("100000000"))).orElseThrow();
    assertEquals(RedFlag.AMENDED_UP, finding.flag());
    assertEquals(
        "Nilai kontrak naik 25 % lewat amandemen: dari Rp 100.000.000 menjadi Rp 125.000.000.",
        finding.explanationId());
    assertEquals(
        "The contract value rose 25 % through amendments: from Rp 100,000,000 to Rp 125,000,000.",
        finding.explanationEn());
  }

  @Test
  void exactlyTenPercentIsNotFlagged() {
    Map<String, BigDecimal> signed = Map.of("contract-1", new BigDecimal("100000000"));
    assertTrue(check("110000000", signed).isEmpty());
    FlagFinding justAbove = check("110000001", signed).orElseThrow();
    assertTrue(
        justAbove.explanationId().startsWith("Nilai kontrak naik 10,1 %"),
        justAbove.explanationId());
    assertTrue(check("90000000", signed).isEmpty(), "a fall is no rise");
  }

  @Test
  void withoutAValueAtSignatureNothingIsJudged() {
    assertTrue(check("500000000", Map.of()).isEmpty());
    assertTrue(check("500000000", Map.of("other", new BigDecimal("1"))).isEmpty());
  }

  @Test
  void theValueAtSignatureIsReadFromTheReleasesInDateOrder() {
    List<JsonNode> releases =
        List.of(
            release("2024-06-01T00:00:00+07:00", "125000000", false),
            release("2024-03-01T00:00:00+07:00", "90000000", false),
            release("2024-04-01T00:00:00+07:00", "100000000", true));
    assertEquals(
        Map.of("contract-1", new BigDecimal("100000000")), SignedContractValues.of(releases));
  }

  @Test
  void aPriceChangedBeforeSigningIsNoRise() {
    List<JsonNode> releases =
        List.of(
            release("2024-03-01T00:00:00+07:00", "80000000", false),
            release("2024-04-01T00:00:00+07:00", "100000000", true));
    Map<String, BigDecimal> signed = SignedContractValues.of(releases);
    assertTrue(check("100000000", signed).isEmpty());
  }

  @Test
  void aContractNeverSignedTakesItsFirstValue() {
    List<JsonNode> releases =
        List.of(
            release("2024-03-01T00:00:00+07:00", "80000000", false),
            release("2024-04-01T00:00:00+07:00", "100000000", false));
    assertEquals(
        Map.of("contract-1", new BigDecimal("80000000")), SignedContractValues.of(releases));
  }

  @Test
  void aReleaseWithoutDateCannotBeOrdered() {
    JsonNode undated = OcdsJson.parse("{\"ocid\":\"%s\",\"id\":\"x\"}".formatted(OCID));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SignedContractValues.of(List.of(undated)));
    assertEquals("release x has no valid date", e.getMessage());
  }
}
