package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written number and date parsers against their specification written as regular
 * expressions (the previous implementation), on hundreds of thousands of random near-miss strings.
 */
class FastParsersTest {
  private static final Pattern INDONESIAN =
      Pattern.compile("-?(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?");
  private static final Pattern ENGLISH =
      Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");
  private static final String TIME =
      "(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(\\.[0-9]{1,9})?)?)?";
  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})" + TIME);
  private static final Pattern DAY_FIRST =
      Pattern.compile("([0-9]{1,2})([/-])([0-9]{1,2})\\2([0-9]{4})" + TIME);

  private static String referencePlain(String text, Pattern shape, char group, char decimal) {
    if (!shape.matcher(text).matches()) {
      return null;
    }
    StringBuilder plain = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == decimal) {
        plain.append('.');
      } else if (c != group) {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /** The previous regex implementation of Temporals.toTimestamp. */
  private static String referenceTimestamp(String text) {
    Matcher m = ISO.matcher(text);
    int g;
    int year;
    int month;
    int day;
    if (m.matches()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
      g = 4;
    } else {
      m = DAY_FIRST.matcher(text);
      if (!m.matches()) {
        return null;
      }
      day = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(3));
      year = Integer.parseInt(m.group(4));
      g = 5;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    if (m.group(g) == null) {
      return date + " 00:00:00";
    }
    int hour = Integer.parseInt(m.group(g));
    int minute = Integer.parseInt(m.group(g + 1));
    int second = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    String fraction = m.group(g + 3) == null ? "" : m.group(g + 3);
    return date + " " + String.format("%02d:%02d:%02d", hour, minute, second) + fraction;
  }

  private static String random(Random r, String alphabet, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void numbersAgreeWithTheGrammar() {
    Random r = new Random(1);
    for (int i = 0; i < 300_000; i++) {
      String s = random(r, "0123456789012345678901234567.,-x ", 14);
      assertEquals(
          referencePlain(s, INDONESIAN, '.', ','), NumberConvention.INDONESIAN.toPlain(s), s);
      assertEquals(referencePlain(s, ENGLISH, ',', '.'), NumberConvention.ENGLISH.toPlain(s), s);
    }
    assertEquals("1234567.89", NumberConvention.INDONESIAN.toPlain("1.234.567,89"));
    assertEquals("-1234567.89", NumberConvention.ENGLISH.toPlain("-1,234,567.89"));
    assertNull(NumberConvention.INDONESIAN.toPlain("1.23"));
  }

  @Test
  void datesAndTimesAgreeWithTheGrammar() {
    Random r = new Random(2);
    String[] shapes = {
      "2024-03-01",
      "01/03/2024",
      "1-3-2024",
      "2024-02-29T13:45",
      "29/02/2023 23:59:59.123456789",
      "2024-13-01",
      "31/04/2024 24:00",
      "2024-03-01 07:05:09.1"
    };
    for (int i = 0; i < 300_000; i++) {
      String s;
      if (r.nextBoolean()) {
        // A valid-looking shape with one character changed, dropped or added.
        StringBuilder b = new StringBuilder(shapes[r.nextInt(shapes.length)]);
        int at = r.nextInt(b.length());
        switch (r.nextInt(3)) {
          case 0 -> b.setCharAt(at, "0123456789-/:T .x".charAt(r.nextInt(17)));
          case 1 -> b.deleteCharAt(at);
          default -> b.insert(at, "0123456789-/:T .".charAt(r.nextInt(16)));
        }
        s = b.toString();
      } else {
        s = random(r, "0123456789-/:T .", 24);
      }
      assertEquals(referenceTimestamp(s), Temporals.toTimestamp(s), s);
    }
    for (String s : shapes) {
      assertEquals(referenceTimestamp(s), Temporals.toTimestamp(s), s);
    }
    assertEquals("2024-03-01", Temporals.toDate("01/03/2024"));
    assertNull(Temporals.toDate("2024-03-01 10:00"));
  }

  @Test
  void booleans() {
    assertEquals("true", Booleans.toBoolean("YA"));
    assertEquals("false", Booleans.toBoolean("Tidak"));
    assertNull(Booleans.toBoolean("tidakk"));
    assertNull(Booleans.toBoolean(""));
  }
}
