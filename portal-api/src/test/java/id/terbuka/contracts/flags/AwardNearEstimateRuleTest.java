package id.terbuka.contracts.flags;

import static id.terbuka.contracts.flags.ProcessJson.tender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwardNearEstimateRuleTest {
  private static Optional<FlagFinding> check(ProcessJson process) {
    return AwardNearEstimateRule.check(new ProcessView(process.json()));
  }

  @Test
  void exactlyNinetyNinePercentIsFlagged() {
    FlagFinding finding =
        check(tender("ocds-b0j0n9-1").estimate("1000000000").award("990000000", "active"))
            .orElseThrow();
    assertEquals(RedFlag.AWARD_NEAR_ESTIMATE, finding.flag());
    assertEquals(
        "Nilai yang dimenangkan Rp 990.000.000 adalah 99 % dari HPS Rp 1.000.000.000.",
        finding.explanationId());
    assertEquals(
        "The award value Rp 990,000,000 is 99 % of the owner's estimate (HPS) Rp 1,000,000,000.",
        finding.explanationEn());
  }

  @Test
  void justBelowNinetyNinePercentIsNot() {
    assertTrue(
        check(tender("ocds-b0j0n9-1").estimate("1000000000").award("989999999", "active"))
            .isEmpty());
    assertTrue(
        check(tender("ocds-b0j0n9-1").estimate("1000000000").award("500000000", null)).isEmpty());
  }

  @Test
  void theShownPercentageNeverRoundsUpToAnotherReading() {
    FlagFinding finding =
        check(tender("ocds-b0j0n9-1").estimate("1000000000").award("999650000.50", "active"))
            .orElseThrow();
    assertEquals(
        "Nilai yang dimenangkan Rp 999.650.000,50 adalah 99,9 % dari HPS Rp 1.000.000.000.",
        finding.explanationId());
  }

  @Test
  void theHighestStandingAwardInTheSameCurrencyCounts() {
    ProcessJson process =
        tender("ocds-b0j0n9-1")
            .estimate("100000000")
            .award("100000000", "cancelled")
            .award("100000000", "unsuccessful")
            .award("120000000", "USD", "active", "X", "X", null)
            .award("80000000", "active");
    assertTrue(check(process).isEmpty());
    FlagFinding above = check(process.award("101000000", "pending")).orElseThrow();
    assertTrue(
        above.explanationId().contains("Rp 101.000.000 adalah 101 % dari HPS"),
        above.explanationId());
  }

  @Test
  void noEstimateNoFlag() {
    assertTrue(check(tender("ocds-b0j0n9-1").award("990000000", "active")).isEmpty());
    assertTrue(check(tender("ocds-b0j0n9-1").estimate("0").award("1", "active")).isEmpty());
  }
}
