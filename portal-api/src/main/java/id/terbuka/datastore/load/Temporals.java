package id.terbuka.datastore.load;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates and timestamps as Indonesian files write them: ISO {@code 2024-03-01}, or day first {@code
 * 01/03/2024} and {@code 01-03-2024} (never month first: that is the American order, which local
 * offices do not use). A time may follow after {@code T} or a space.
 */
final class Temporals {
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

  /**
   * {@code yyyy-MM-dd} or {@code d[d]/m[m]/yyyy} (also with {@code -}), then optionally {@code T}
   * or a space and {@code HH:mm[:ss[.f{1,9}]]}. Hand-written rather than regular expressions: it
   * runs for every cell of every date column, during inference and again while loading.
   */
  private static Parsed parse(String text) {
    int n = text.length();
    int year;
    int month;
    int day;
    int end;
    if (n >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      year = number(text, 0, 4);
      month = number(text, 5, 2);
      day = number(text, 8, 2);
      end = 10;
    } else {
      int d = digits(text, 0);
      if (d < 1 || d > 2 || d >= n) {
        return null;
      }
      char separator = text.charAt(d);
      if (separator != '/' && separator != '-') {
        return null;
      }
      int m = digits(text, d + 1);
      int yearAt = d + 1 + m + 1;
      if (m < 1 || m > 2 || yearAt + 4 > n || text.charAt(d + 1 + m) != separator) {
        return null;
      }
      day = number(text, 0, d);
      month = number(text, d + 1, m);
      year = number(text, yearAt, 4);
      end = yearAt + 4;
      if (end < n && isDigit(text.charAt(end))) {
        return null;
      }
    }
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    if (end == n) {
      return new Parsed(date.toString(), null);
    }
    String time = time(text, end);
    return time == null ? null : new Parsed(date.toString(), time);
  }

  /** {@code [T ]HH:mm[:ss[.f{1,9}]]} from {@code at} to the end, as {@code HH:mm:ss[.f]}. */
  private static String time(String text, int at) {
    int n = text.length();
    char t = text.charAt(at);
    if ((t != 'T' && t != ' ') || at + 6 > n || text.charAt(at + 3) != ':') {
      return null;
    }
    int hour = number(text, at + 1, 2);
    int minute = number(text, at + 4, 2);
    int i = at + 6;
    int second = 0;
    String fraction = "";
    if (i < n) {
      if (text.charAt(i) != ':' || i + 3 > n) {
        return null;
      }
      second = number(text, i + 1, 2);
      i += 3;
      if (i < n) {
        int f = digits(text, i + 1);
        if (text.charAt(i) != '.' || f < 1 || f > 9 || i + 1 + f != n) {
          return null;
        }
        fraction = text.substring(i);
      }
    }
    if (hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    StringBuilder out = new StringBuilder(8 + fraction.length());
    two(out, hour).append(':');
    two(out, minute).append(':');
    return two(out, second).append(fraction).toString();
  }

  private static StringBuilder two(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** The non-negative number in exactly {@code length} digits at {@code from}, or -1. */
  private static int number(String text, int from, int length) {
    if (from + length > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
