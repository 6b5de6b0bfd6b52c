package id.terbuka.http.download;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** HTTP dates (RFC 9110's IMF-fixdate), which have whole seconds only. */
final class HttpDates {
  private HttpDates() {}

  static String format(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }

  /** The instant of a header value, or null when it is not a date (then the header is ignored). */
  static Instant parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
