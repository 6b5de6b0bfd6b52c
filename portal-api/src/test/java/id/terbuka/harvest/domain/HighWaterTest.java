package id.terbuka.harvest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HighWaterTest {
  @Test
  void filterIsInclusiveAndCutToMilliseconds() {
    assertEquals(
        Optional.of("metadata_modified:[2026-01-02T03:04:05.123Z TO *]"),
        HighWater.filter("2026-01-02T03:04:05.123999"));
    assertEquals(
        Optional.of("metadata_modified:[2026-01-02T03:04:00.000Z TO *]"),
        HighWater.filter("2026-01-02T03:04"));
    assertEquals(
        Optional.of("metadata_modified:[2026-01-02T03:04:05.000Z TO *]"),
        HighWater.filter("2026-01-02T03:04:05Z"));
    assertTrue(HighWater.filter(null).isEmpty());
    assertTrue(HighWater.filter("yesterday").isEmpty());
  }

  @Test
  void markMovesToTheLatestSeenOrStopsAtTheEarliestFailure() {
    String old = "2026-01-01T00:00:00.000001";
    assertEquals("2026-03-01T00:00:00", HighWater.next(old, "2026-03-01T00:00:00", null));
    assertEquals(old, HighWater.next(old, null, null), "nothing new: the mark stays");
    assertEquals(
        "2026-02-01T00:00:00",
        HighWater.next(old, "2026-03-01T00:00:00", "2026-02-01T00:00:00"),
        "a failed dataset is asked again next time");
    assertEquals("2026-03-01T00:00:00", HighWater.next(null, "2026-03-01T00:00:00", null));
    assertEquals(old, HighWater.next(old, "2025-01-01T00:00:00", null), "never moves back");
  }

  @Test
  void comparesTimestamps() {
    assertEquals(
        "2026-01-02T00:00:00", HighWater.later("2026-01-01T00:00:00", "2026-01-02T00:00:00"));
    assertEquals(
        "2026-01-01T00:00:00", HighWater.earlier("2026-01-01T00:00:00", "2026-01-02T00:00:00"));
    assertEquals("2026-01-01T00:00:00", HighWater.later(null, "2026-01-01T00:00:00"));
    assertEquals("2026-01-01T00:00:00", HighWater.later("2026-01-01T00:00:00", "garbage"));
  }
}
