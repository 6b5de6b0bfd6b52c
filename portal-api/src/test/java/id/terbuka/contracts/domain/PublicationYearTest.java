package id.terbuka.contracts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationYearTest {

  private static StoredRelease release(String date, String tag) {
    return StoredRelease.of(
        OcdsJson.parse(
            "{\"ocid\":\"ocds-abc123-1\",\"id\":\"r-"
                + tag
                + "\",\"date\":\""
                + date
                + "\",\"tag\":[\""
                + tag
                + "\"]}"),
        "https://example.org/p",
        null);
  }

  @Test
  void theTenderAnnouncementDecidesInWib() {
    // 31 December 2024 18:00 UTC is already 1 January 2025 in Bojonegoro.
    String compiled = "{\"tender\":{\"tenderPeriod\":{\"startDate\":\"2024-12-31T18:00:00Z\"}}}";
    List<StoredRelease> rs = List.of(release("2023-06-01T00:00:00+07:00", "planning"));
    assertEquals(2025, PublicationYear.of(OcdsJson.parse(compiled), rs));
  }

  @Test
  void withoutATenderTheEarliestAwardOrContractDecides() {
    String compiled =
        "{\"awards\":[{\"id\":\"a\",\"date\":\"2024-05-02T00:00:00+07:00\"}],"
            + "\"contracts\":[{\"id\":\"c\",\"dateSigned\":\"2024-04-30T00:00:00+07:00\"}]}";
    List<StoredRelease> rs = List.of(release("2026-12-03T10:00:00+07:00", "planning"));
    assertEquals(2024, PublicationYear.of(OcdsJson.parse(compiled), rs));
  }

  @Test
  void elseThePlanThenTheFirstRelease() {
    List<StoredRelease> rs =
        List.of(
            release("2021-01-05T00:00:00+07:00", "tender"),
            release("2022-01-05T00:00:00+07:00", "planning"));
    assertEquals(2022, PublicationYear.of(OcdsJson.parse("{}"), rs));
    assertEquals(
        2021,
        PublicationYear.of(
            OcdsJson.parse("{}"), List.of(release("2021-01-05T00:00:00+07:00", "tender"))));
    assertThrows(
        IllegalArgumentException.class, () -> PublicationYear.of(OcdsJson.parse("{}"), List.of()));
  }
}
