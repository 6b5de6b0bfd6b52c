package id.terbuka.contracts.flags;

import static id.terbuka.contracts.flags.ProcessJson.pengadaanLangsung;
import static id.terbuka.contracts.flags.ProcessJson.tender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terbuka.contracts.domain.OcdsJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RedFlagsTest {
  private static final RedFlags FLAGS = RedFlags.withDefaults();

  private static List<RedFlag> flags(List<FlagFinding> findings) {
    return findings.stream().map(FlagFinding::flag).toList();
  }

  @Test
  void idsAreTheFacetValues() {
    assertEquals(
        List.of(
            "single_bidder",
            "short_tender_period",
            "award_near_estimate",
            "contract_splitting",
            "contract_amended_up"),
        List.of(RedFlag.values()).stream().map(RedFlag::id).toList());
    assertEquals(Optional.of(RedFlag.SHORT_TENDER), RedFlag.byId("short_tender_period"));
    assertEquals(Optional.empty(), RedFlag.byId("SHORT_TENDER"));
  }

  @Test
  void everyProcessIsAnsweredInOrderWithItsFlagsInRuleOrder() {
    JsonNode clean = tender("ocds-b0j0n9-1").tenderers(4).json();
    JsonNode many =
        tender("ocds-b0j0n9-2")
            .tenderers(1)
            .tenderPeriod("2024-03-01T00:00:00+07:00", "2024-03-03T23:59:59+07:00")
            .estimate("500000000")
            .award("499000000", "active")
            .contract("contract-1", "600000000", "2024-04-01T00:00:00+07:00")
            .json();
    Map<String, List<FlagFinding>> result =
        FLAGS.evaluateInputs(
            List.of(
                FlagInput.of(clean),
                new FlagInput(many, Map.of("contract-1", new BigDecimal("499000000")))));
    assertEquals(List.of("ocds-b0j0n9-1", "ocds-b0j0n9-2"), List.copyOf(result.keySet()));
    assertEquals(List.of(), result.get("ocds-b0j0n9-1"));
    assertEquals(
        List.of(
            RedFlag.SINGLE_BIDDER,
            RedFlag.SHORT_TENDER,
            RedFlag.AWARD_NEAR_ESTIMATE,
            RedFlag.AMENDED_UP),
        flags(result.get("ocds-b0j0n9-2")));
    assertEquals(
        List.of(RedFlag.SINGLE_BIDDER, RedFlag.SHORT_TENDER, RedFlag.AWARD_NEAR_ESTIMATE),
        flags(FLAGS.evaluate(List.of(many)).get("ocds-b0j0n9-2")),
        "compiled releases alone: no contract history, no amended_up");
  }

  @Test
  void splittingIsJudgedAcrossTheGivenProcesses() {
    List<JsonNode> processes = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      processes.add(
          pengadaanLangsung("ocds-b0j0n9-" + i)
              .supplier(
                  "ID-NPWP-012345678901000",
                  "CV Maju Jaya",
                  "90000000",
                  "2024-03-0" + i + "T00:00:00+07:00")
              .json());
    }
    Map<String, List<FlagFinding>> result = FLAGS.evaluate(processes);
    result.values().forEach(f -> assertEquals(List.of(RedFlag.CONTRACT_SPLITTING), flags(f)));
    assertEquals(
        List.of(),
        FLAGS.evaluate(processes.subList(0, 2)).get("ocds-b0j0n9-1"),
        "two of them are not a cluster");
    RedFlags higherThreshold = new RedFlags(7, new BigDecimal("300000000"));
    assertEquals(List.of(), higherThreshold.evaluate(processes).get("ocds-b0j0n9-1"));
  }

  @Test
  void theMinimumTenderPeriodIsConfigurable() {
    JsonNode fiveDays =
        tender("ocds-b0j0n9-1")
            .tenderPeriod("2024-03-01T00:00:00+07:00", "2024-03-05T23:59:59+07:00")
            .json();
    assertEquals(
        List.of(RedFlag.SHORT_TENDER),
        flags(FLAGS.evaluate(List.of(fiveDays)).get("ocds-b0j0n9-1")));
    assertEquals(
        List.of(),
        new RedFlags(5, RedFlags.DEFAULT_DIRECT_THRESHOLD)
            .evaluate(List.of(fiveDays))
            .get("ocds-b0j0n9-1"));
  }

  @Test
  void theFictionalExampleRaisesOnlyItsAwardAboveTheEstimate() {
    JsonNode record =
        OcdsJson.resource(
                "id/terbuka/contracts/examples/record-package-fictional-withversions.json")
            .get("records")
            .get(0);
    JsonNode compiled = record.get("compiledRelease");
    List<JsonNode> releases = new ArrayList<>();
    OcdsJson.resource("id/terbuka/contracts/examples/release-package-fictional-6-releases.json")
        .get("releases")
        .forEach(releases::add);
    List<FlagFinding> findings =
        FLAGS
            .evaluateInputs(List.of(FlagInput.withReleases(compiled, releases)))
            .get("ocds-213czf-000-00001");
    assertEquals(List.of(RedFlag.AWARD_NEAR_ESTIMATE), flags(findings));
    assertEquals(
        "The award value 11,000,000 GBP is 1,000 % of the owner's estimate (HPS) 1,100,000 GBP.",
        findings.get(0).explanationEn());
    assertEquals(
        Map.of("ocds-213czf-000-00001-contract-01", new BigDecimal("11000000")),
        SignedContractValues.of(releases));
  }

  @Test
  void badInputIsRefusedWithAPreciseMessage() {
    JsonNode one = tender("ocds-b0j0n9-1").json();
    assertEquals(
        "two compiled releases share the ocid ocds-b0j0n9-1",
        assertThrows(IllegalArgumentException.class, () -> FLAGS.evaluate(List.of(one, one)))
            .getMessage());
    JsonNode noOcid = OcdsJson.parse("{\"id\":\"x\"}");
    assertEquals(
        "a compiled release has no ocid",
        assertThrows(IllegalArgumentException.class, () -> FLAGS.evaluate(List.of(noOcid)))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RedFlags(0, BigDecimal.ONE));
    assertThrows(IllegalArgumentException.class, () -> new RedFlags(7, BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new RedFlags(7, null));
  }
}
