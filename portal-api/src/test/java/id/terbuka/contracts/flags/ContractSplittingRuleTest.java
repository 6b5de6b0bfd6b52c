package id.terbuka.contracts.flags;

import static id.terbuka.contracts.flags.ProcessJson.pengadaanLangsung;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractSplittingRuleTest {
  private static final ContractSplittingRule RULE =
      new ContractSplittingRule(new BigDecimal("200000000"));
  private static final String SUPPLIER = "ID-NPWP-012345678901000";

  /** A Pengadaan Langsung with the supplier, signed on the given March 2024 day. */
  private static ProcessJson piece(String ocid, String amount, int marchDay) {
    return pengadaanLangsung(ocid).supplier(SUPPLIER, "CV Maju Jaya", amount, day(marchDay));
  }

  /** Days from 1 March 2024 (WIB); 31 is 31 March, 32 is 1 April. */
  private static String day(int marchDay) {
    return java.time.LocalDate.of(2024, 3, 1).plusDays(marchDay - 1L) + "T10:00:00+07:00";
  }

  private static Map<String, FlagFinding> check(ProcessJson... processes) {
    return RULE.check(Arrays.stream(processes).map(p -> new ProcessView(p.json())).toList());
  }

  @Test
  void threeSmallDirectProcurementsWithinThirtyDaysAreAllFlagged() {
    Map<String, FlagFinding> found =
        check(
            piece("ocds-b0j0n9-1", "80000000", 1),
            piece("ocds-b0j0n9-2", "80000000", 15),
            piece("ocds-b0j0n9-3", "80000000", 31));
    assertEquals(Set.of("ocds-b0j0n9-1", "ocds-b0j0n9-2", "ocds-b0j0n9-3"), found.keySet());
    FlagFinding finding = found.get("ocds-b0j0n9-2");
    assertEquals(RedFlag.CONTRACT_SPLITTING, finding.flag());
    assertEquals(
        "3 pengadaan langsung oleh Dinas Pekerjaan Umum kepada penyedia yang sama, CV Maju Jaya,"
            + " dalam 30 hari (1 Maret 2024 sampai 31 Maret 2024): masing-masing paling banyak"
            + " Rp 200.000.000, bersama-sama Rp 240.000.000, di atas batas Pengadaan Langsung"
            + " Rp 200.000.000.",
        finding.explanationId());
    assertEquals(
        "3 direct procurements (Pengadaan Langsung) by Dinas Pekerjaan Umum from the same"
            + " supplier, CV Maju Jaya, within 30 days (1 March 2024 to 31 March 2024): each at most"
            + " Rp 200,000,000, together Rp 240,000,000, above the Pengadaan Langsung threshold of"
            + " Rp 200,000,000.",
        finding.explanationEn());
  }

  @Test
  void thirtyDaysIsTheEdgeOfTheWindow() {
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "80000000", 1),
                piece("ocds-b0j0n9-2", "80000000", 15),
                piece("ocds-b0j0n9-3", "80000000", 32))
            .isEmpty(),
        "31 days from first to last");
  }

  @Test
  void twoProcessesAreNotEnough() {
    assertTrue(
        check(piece("ocds-b0j0n9-1", "150000000", 1), piece("ocds-b0j0n9-2", "150000000", 2))
            .isEmpty());
  }

  @Test
  void theTotalMustBeAboveTheThreshold() {
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "70000000", 1),
                piece("ocds-b0j0n9-2", "70000000", 2),
                piece("ocds-b0j0n9-3", "60000000", 3))
            .isEmpty(),
        "exactly Rp 200 juta together");
    assertEquals(
        3,
        check(
                piece("ocds-b0j0n9-1", "70000000", 1),
                piece("ocds-b0j0n9-2", "70000000", 2),
                piece("ocds-b0j0n9-3", "60000001", 3))
            .size());
  }

  @Test
  void eachMustBeAtMostTheThreshold() {
    assertEquals(
        3,
        check(
                piece("ocds-b0j0n9-1", "200000000", 1),
                piece("ocds-b0j0n9-2", "10000000", 2),
                piece("ocds-b0j0n9-3", "10000000", 3))
            .size(),
        "Rp 200 juta is still within Pengadaan Langsung");
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "200000001", 1),
                piece("ocds-b0j0n9-2", "10000000", 2),
                piece("ocds-b0j0n9-3", "10000000", 3))
            .isEmpty());
  }

  @Test
  void onlyTheProcessesOfAClusterAreFlagged() {
    Map<String, FlagFinding> found =
        check(
            piece("ocds-b0j0n9-1", "80000000", 1),
            piece("ocds-b0j0n9-2", "80000000", 10),
            piece("ocds-b0j0n9-3", "80000000", 20),
            piece("ocds-b0j0n9-4", "80000000", 60));
    assertEquals(Set.of("ocds-b0j0n9-1", "ocds-b0j0n9-2", "ocds-b0j0n9-3"), found.keySet());
  }

  @Test
  void otherBuyersSuppliersAndMethodsDoNotMix() {
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "80000000", 1),
                piece("ocds-b0j0n9-2", "80000000", 2).buyer("ID-SKPD-2.01", "Dinas Kesehatan"),
                piece("ocds-b0j0n9-3", "80000000", 3))
            .isEmpty());
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "80000000", 1),
                pengadaanLangsung("ocds-b0j0n9-2")
                    .supplier("ID-NPWP-999999999999000", "CV Lain", "80000000", day(2)),
                piece("ocds-b0j0n9-3", "80000000", 3))
            .isEmpty());
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "80000000", 1),
                piece("ocds-b0j0n9-2", "80000000", 2).method("direct", "Penunjukan Langsung"),
                piece("ocds-b0j0n9-3", "80000000", 3))
            .isEmpty());
  }

  @Test
  void withoutAContractTheAwardOrEstimateGivesValueAndDate() {
    ProcessJson awardOnly =
        pengadaanLangsung("ocds-b0j0n9-2")
            .award("80000000", "IDR", "active", SUPPLIER, "CV Maju Jaya", day(5));
    assertEquals(
        3,
        check(
                piece("ocds-b0j0n9-1", "80000000", 1),
                awardOnly,
                piece("ocds-b0j0n9-3", "80000000", 3))
            .size());
    ProcessJson cancelled =
        pengadaanLangsung("ocds-b0j0n9-2")
            .award("80000000", "IDR", "cancelled", SUPPLIER, "CV Maju Jaya", day(5));
    assertTrue(
        check(
                piece("ocds-b0j0n9-1", "80000000", 1),
                cancelled,
                piece("ocds-b0j0n9-3", "80000000", 3))
            .isEmpty(),
        "a cancelled award names no supplier");
  }
}
