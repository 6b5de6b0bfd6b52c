package id.terbuka.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Time as the catalogue stores it: UTC, microsecond precision (PostgreSQL's), formatted as CKAN
 * does ({@code 2024-03-01T07:15:02.123456}, no zone).
 */
public final class Timestamps {
  private static final DateTimeFormatter CKAN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private Timestamps() {}

  /** The current UTC time, truncated to microseconds so that it survives a database round trip. */
  public static LocalDateTime now() {
    return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
  }

  /** CKAN's timestamp format; null stays null. */
  public static String ckan(LocalDateTime utc) {
    return utc == null ? null : CKAN.format(utc);
  }

  /** The Solr form of a UTC time ({@code 2024-03-01T07:15:02.123456Z}). */
  public static java.time.Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }
}
