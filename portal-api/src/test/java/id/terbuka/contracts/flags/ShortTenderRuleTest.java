package id.terbuka.contracts.flags;

import static id.terbuka.contracts.flags.ProcessJson.tender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortTenderRuleTest {
  private static final ShortTenderRule RULE = new ShortTenderRule(7);

  private static Optional<FlagFinding> period(String start, String end) {
    return RULE.check(new ProcessView(tender("ocds-b0j0n9-1").tenderPeriod(start, end).json()));
  }

  @Test
  void aPeriodShorterThanTheMinimumIsFlaggedWithItsDates() {
    FlagFinding finding =
        period("2024-03-01T00:00:00+07:00", "2024-03-04T23:59:59+07:00").orElseThrow();
    assertEquals(RedFlag.SHORT_TENDER, finding.flag());
    assertEquals(
        "Masa penawaran 4 hari (1 Maret 2024 sampai 4 Maret 2024), lebih pendek dari batas 7 hari"
            + " yang dipakai portal ini.",
        finding.explanationId());
    assertEquals(
        "The tender period lasted 4 days (1 March 2024 to 4 March 2024), shorter than the minimum"
            + " of 7 days this portal uses.",
        finding.explanationEn());
  }

  @Test
  void exactlyTheMinimumIsNotFlagged() {
    // Seven whole days, in the end-of-day form and as midnight to midnight.
    assertTrue(period("2024-03-01T00:00:00+07:00", "2024-03-07T23:59:59+07:00").isEmpty());
    assertTrue(period("2024-03-01T00:00:00+07:00", "2024-03-08T00:00:00+07:00").isEmpty());
    assertTrue(period("2024-03-01T00:00:00+07:00", "2024-03-06T23:59:59+07:00").isPresent());
    assertTrue(period("2024-03-01T00:00:00+07:00", "2024-03-07T00:00:00+07:00").isPresent());
  }

  @Test
  void offsetsAreComparedAsInstants() {
    // 2024-03-01 00:00 WIB is 2024-02-29 17:00 UTC: seven days to 2024-03-07 17:00 UTC.
    assertTrue(period("2024-03-01T00:00:00+07:00", "2024-03-07T17:00:00Z").isEmpty());
    assertTrue(period("2024-03-01T00:00:00+07:00", "2024-03-06T17:00:00Z").isPresent());
  }

  @Test
  void durationInDaysIsUsedWithoutBothDates() {
    ProcessJson six = tender("ocds-b0j0n9-1").durationInDays(6);
    FlagFinding finding = RULE.check(new ProcessView(six.json())).orElseThrow();
    assertEquals(
        "Masa penawaran 6 hari, lebih pendek dari batas 7 hari yang dipakai portal ini.",
        finding.explanationId());
    assertTrue(
        RULE.check(new ProcessView(tender("ocds-b0j0n9-1").durationInDays(7).json())).isEmpty());
  }

  @Test
  void missingOrBackwardPeriodsAndDirectProcurementAreNotFlagged() {
    assertTrue(period("2024-03-01T00:00:00+07:00", null).isEmpty());
    assertTrue(period("2024-03-05T00:00:00+07:00", "2024-03-01T00:00:00+07:00").isEmpty());
    assertTrue(period("2024-03-01", "2024-03-02").isEmpty(), "not date-times");
    ProcessJson direct =
        ProcessJson.pengadaanLangsung("ocds-b0j0n9-1")
            .tenderPeriod("2024-03-01T00:00:00+07:00", "2024-03-02T00:00:00+07:00");
    assertTrue(RULE.check(new ProcessView(direct.json())).isEmpty());
  }
}
