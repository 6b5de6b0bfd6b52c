package id.terbuka.datastore.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and timestamps as Indonesian files write them: ISO {@code 2024-03-01}, or day first {@code
 * 01/03/2024} and {@code 01-03-2024} (never month first: that is the American order, which local
 * offices do not use). A time may follow after {@code T} or a space.
 */
final class Temporals {
  private static final String TIME =
      "(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(\\.[0-9]{1,9})?)?)?";
  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})" + TIME);
  private static final Pattern DAY_FIRST =
      Pattern.compile("([0-9]{1,2})([/-])([0-9]{1,2})\\2([0-9]{4})" + TIME);

  private Temporals() {}

  /** A date-only value as {@code yyyy-MM-dd}, or null. */
  static String toDate(String text) {
    Parsed p = parse(text);
    return p != null && p.time == null ? p.date : null;
  }

  /**
   * A timestamp as {@code yyyy-MM-dd HH:mm:ss[.f]}, or null. A date alone counts as midnight, so
   * that a column mixing both is a timestamp column.
   */
  static String toTimestamp(String text) {
    Parsed p = parse(text);
    if (p == null) {
      return null;
    }
    return p.date + " " + (p.time == null ? "00:00:00" : p.time);
  }

  private record Parsed(String date, String time) {}

  private static Parsed parse(String text) {
    Matcher m = ISO.matcher(text);
    int timeGroup;
    int year;
    int month;
    int day;
    if (m.matches()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
      timeGroup = 4;
    } else {
      m = DAY_FIRST.matcher(text);
      if (!m.matches()) {
        return null;
      }
      day = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(3));
      year = Integer.parseInt(m.group(4));
      timeGroup = 5;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    String time = null;
    if (m.group(timeGroup) != null) {
      int hour = Integer.parseInt(m.group(timeGroup));
      int minute = Integer.parseInt(m.group(timeGroup + 1));
      String secondText = m.group(timeGroup + 2);
      int second = secondText == null ? 0 : Integer.parseInt(secondText);
      if (hour > 23 || minute > 59 || second > 59) {
        return null;
      }
      String fraction = m.group(timeGroup + 3);
      time =
          String.format("%02d:%02d:%02d", hour, minute, second)
              + (fraction == null ? "" : fraction);
    }
    return new Parsed(date.toString(), time);
  }
}
