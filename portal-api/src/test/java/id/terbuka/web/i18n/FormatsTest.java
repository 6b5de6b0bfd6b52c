package id.terbuka.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
  private final Formats id = new Formats(Language.ID);
  private final Formats en = new Formats(Language.EN);

  @Test
  void datesAreShownInWibWithTheLanguagesMonthNames() {
    // 17:30 UTC on 28 November is already 29 November in Jakarta (UTC+7).
    Instant t = Instant.parse("2026-11-28T17:30:00Z");
    assertEquals("29 November 2026", id.date(t));
    assertEquals("29 November 2026", en.date(t));
    assertEquals("3 Agustus 2025", id.date(LocalDate.of(2025, 8, 3)));
    assertEquals("3 August 2025", en.date(LocalDate.of(2025, 8, 3)));
    assertEquals("1 Mei 2024", id.date(LocalDate.of(2024, 5, 1)));
  }

  @Test
  void ckanTimestampsAreReadAsUtc() {
    assertEquals("1 Januari 2025", id.date("2024-12-31T17:00:00.000000"));
    assertEquals("31 Desember 2024", id.date("2024-12-31T16:59:59"));
    assertEquals("1 Januari 2025, 00.00 WIB", id.dateTime("2024-12-31T17:00:00.123456"));
    assertEquals("1 January 2025, 00:00 WIB", en.dateTime("2024-12-31T17:00:00.123456"));
  }

  @Test
  void missingOrUnreadableDatesAreEmpty() {
    assertEquals("", id.date((String) null));
    assertEquals("", id.date("kemarin"));
    assertEquals("", id.dateTime((Instant) null));
    assertEquals("", id.date((LocalDate) null));
  }

  @Test
  void numbersUseTheLanguagesGrouping() {
    assertEquals("1.234.567", id.number(1_234_567));
    assertEquals("1,234,567", en.number(1_234_567));
    assertEquals("0", id.number(0));
    assertEquals("-12.345", id.number(-12_345));
    assertEquals("1.234,5", id.number(new BigDecimal("1234.50")));
    assertEquals("1,234.5", en.number(new BigDecimal("1234.5")));
  }

  @Test
  void rupiahHasThePrefixAndCentsOnlyWhenThereAreAny() {
    assertEquals("Rp 1.234.567", id.rupiah(1_234_567));
    assertEquals("Rp 1.234.567", id.rupiah(new BigDecimal("1234567.00")));
    assertEquals("Rp 1.234.567,50", id.rupiah(new BigDecimal("1234567.5")));
    assertEquals("-Rp 2.500", id.rupiah(-2_500));
    assertEquals("Rp 1,234,567", en.rupiah(1_234_567));
    assertEquals("", id.rupiah(null));
  }

  @Test
  void sizesInBinaryMultiples() {
    assertEquals("812 B", id.bytes(812L));
    assertEquals("1,5 KB", id.bytes(1536L));
    assertEquals("1.5 KB", en.bytes(1536L));
    assertEquals("3 MB", id.bytes(3L * 1024 * 1024));
    assertEquals("", id.bytes(null));
  }
}
