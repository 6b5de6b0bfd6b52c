package id.terbuka.contracts.flags;

import static id.terbuka.contracts.flags.ProcessJson.process;
import static id.terbuka.contracts.flags.ProcessJson.tender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingleBidderRuleTest {
  private static Optional<FlagFinding> check(ProcessJson process) {
    return SingleBidderRule.check(new ProcessView(process.json()));
  }

  @Test
  void oneBidderInAnOpenTenderIsFlagged() {
    FlagFinding finding = check(tender("ocds-b0j0n9-1").tenderers(1)).orElseThrow();
    assertEquals(RedFlag.SINGLE_BIDDER, finding.flag());
    assertEquals(
        "Hanya satu peserta yang memasukkan penawaran pada proses yang terbuka untuk persaingan"
            + " (Tender).",
        finding.explanationId());
    assertEquals(
        "Only one bidder submitted a tender in a process open to competition (Tender).",
        finding.explanationEn());
  }

  @Test
  void aSelectiveProcessCountsAsCompetition() {
    assertTrue(
        check(process("ocds-b0j0n9-1").method("selective", "Seleksi").tenderers(1)).isPresent());
  }

  @Test
  void twoBiddersOrNoCountIsNotFlagged() {
    assertTrue(check(tender("ocds-b0j0n9-1").tenderers(2)).isEmpty());
    assertTrue(check(tender("ocds-b0j0n9-1").tenderers(0)).isEmpty());
    assertTrue(check(tender("ocds-b0j0n9-1")).isEmpty());
  }

  @Test
  void processesWithoutCompetitionAreNotFlagged() {
    assertTrue(check(ProcessJson.pengadaanLangsung("ocds-b0j0n9-1").tenderers(1)).isEmpty());
    assertTrue(
        check(
                process("ocds-b0j0n9-1")
                    .method("selective", "E-Purchasing (katalog elektronik)")
                    .tenderers(1))
            .isEmpty());
    assertTrue(check(process("ocds-b0j0n9-1").tenderers(1)).isEmpty(), "no method given");
  }
}
