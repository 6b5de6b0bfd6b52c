package id.terbuka.contracts.sheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times as OCDS releases write them: RFC 3339 with the Western Indonesia offset ({@code
 * 2025-03-03T00:00:00+07:00}). Bojonegoro keeps WIB all year, so a fixed offset is exact.
 */
final class WibTime {
  static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private WibTime() {}

  /** The day's start. */
  static String startOf(LocalDate day) {
    return format(day.atTime(LocalTime.MIDNIGHT).atOffset(WIB));
  }

  /** The day's last second, for the end of a period that includes the day. */
  static String endOf(LocalDate day) {
    return format(day.atTime(23, 59, 59).atOffset(WIB));
  }

  /** An instant in WIB, to the second. */
  static String of(Instant instant) {
    return format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(WIB));
  }

  /** The instant a release date names (any offset). */
  static Instant parse(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static String format(OffsetDateTime time) {
    return FORMAT.format(time);
  }
}
