package id.terbuka.web.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Dates, numbers, rupiah and file sizes as readers in Bojonegoro expect them. Dates are shown in
 * WIB (Asia/Jakarta) whatever the server's zone; the catalogue stores UTC. Month names and
 * separators are spelled out here rather than taken from the JDK's locale data, whose Indonesian
 * entries have changed between releases: the pages must not change with the JVM.
 */
public final class Formats {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static final List<String> MONTHS_ID =
      List.of(
          "Januari",
          "Februari",
          "Maret",
          "April",
          "Mei",
          "Juni",
          "Juli",
          "Agustus",
          "September",
          "Oktober",
          "November",
          "Desember");
  private static final List<String> MONTHS_EN =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private final Language language;

  public Formats(Language language) {
    this.language = language;
  }

  /** "29 November 2026" (day of the WIB calendar); empty for null. */
  public String date(Instant instant) {
    if (instant == null) {
      return "";
    }
    return date(instant.atZone(WIB).toLocalDate());
  }

  /** A calendar date (no time, no zone) as "29 November 2026"; empty for null. */
  public String date(LocalDate day) {
    if (day == null) {
      return "";
    }
    List<String> months = language == Language.ID ? MONTHS_ID : MONTHS_EN;
    return day.getDayOfMonth() + " " + months.get(day.getMonthValue() - 1) + " " + day.getYear();
  }

  /** A calendar month as "November 2026"; empty for null. */
  public String month(YearMonth month) {
    if (month == null) {
      return "";
    }
    List<String> months = language == Language.ID ? MONTHS_ID : MONTHS_EN;
    return months.get(month.getMonthValue() - 1) + " " + month.getYear();
  }

  /**
   * A CKAN timestamp (UTC, {@code 2026-11-29T03:15:02.123456}) as a WIB date; empty if unreadable.
   */
  public String date(String ckanUtc) {
    return date(parseUtc(ckanUtc));
  }

  /** "29 November 2026, 10.15 WIB" (Indonesian writes the time with a dot), "…, 10:15 WIB". */
  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime t = instant.atZone(WIB);
    char sep = language == Language.ID ? '.' : ':';
    return String.format(
        Locale.ROOT, "%s, %02d%c%02d WIB", date(instant), t.getHour(), sep, t.getMinute());
  }

  public String dateTime(String ckanUtc) {
    return dateTime(parseUtc(ckanUtc));
  }

  /** 1.234.567 in Indonesian, 1,234,567 in English. */
  public String number(long n) {
    return decimalFormat("#,##0").format(n);
  }

  /** Decimals as written: 1.234,5 in Indonesian, 1,234.5 in English; empty for null. */
  public String number(BigDecimal n) {
    return n == null ? "" : decimalFormat("#,##0.##########").format(n);
  }

  /** Rp 1.234.567 (cents only when there are any: Rp 1.234.567,50); empty for null. */
  public String rupiah(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = rounded.stripTrailingZeros().scale() <= 0;
    String digits = decimalFormat(whole ? "#,##0" : "#,##0.00").format(rounded.abs());
    return (rounded.signum() < 0 ? "-" : "") + "Rp " + digits;
  }

  public String rupiah(long amount) {
    return rupiah(BigDecimal.valueOf(amount));
  }

  /** A file size: 812 B, 1,2 KB, 3,4 MB (binary multiples, one decimal); empty for null. */
  public String bytes(Long size) {
    if (size == null || size < 0) {
      return "";
    }
    if (size < 1024) {
      return number(size) + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = size;
    int unit = -1;
    do {
      value /= 1024;
      unit++;
    } while (value >= 1024 && unit < units.length - 1);
    return decimalFormat("#,##0.#").format(value) + " " + units[unit];
  }

  private DecimalFormat decimalFormat(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    boolean id = language == Language.ID;
    symbols.setGroupingSeparator(id ? '.' : ',');
    symbols.setDecimalSeparator(id ? ',' : '.');
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** CKAN's timestamp (no zone, UTC), with or without fractions; null when absent or unreadable. */
  static Instant parseUtc(String ckanUtc) {
    if (ckanUtc == null || ckanUtc.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(ckanUtc.trim()).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
