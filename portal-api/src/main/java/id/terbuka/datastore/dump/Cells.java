package id.terbuka.datastore.dump;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Values as text in JSON and XML: ISO 8601 dates and times, plain decimal numbers. */
final class Cells {
  private Cells() {}

  /** Seconds always written (LocalDateTime#toString drops zero seconds). */
  static String timestamp(LocalDateTime t) {
    return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  /** A value for JSON: numbers, booleans and strings as they are, dates as ISO text. */
  static Object json(Object value) {
    if (value instanceof LocalDateTime t) {
      return timestamp(t);
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value;
  }

  /** A value as XML text (never null). */
  static String text(Object value) {
    if (value instanceof LocalDateTime t) {
      return timestamp(t);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }
}
