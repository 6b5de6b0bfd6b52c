package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "B01, 2024-01-31",
    "B02, 2024-02-29",
    "B02, 2023-02-28",
    "B03, 2024-03-31",
    "TW1, 2024-03-31",
    "B06, 2024-06-30",
    "TW2, 2024-06-30",
    "S1, 2024-06-30",
    "TW3, 2024-09-30",
    "B11, 2024-11-30",
    "TW4, 2024-12-31",
    "S2, 2024-12-31",
    "TAHUNAN, 2024-12-31"
  })
  void endsOnTheLastDayOfItsLastMonth(Period period, LocalDate end) {
    assertEquals(end, period.endDate(end.getYear()));
  }

  @Test
  void sortsByEndDateThenShorterFirst() {
    List<Period> shuffled = Arrays.asList(Period.values());
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    List<Period> sorted = shuffled.stream().sorted().toList();
    assertEquals(
        List.of(
            Period.B01,
            Period.B02,
            Period.B03,
            Period.TW1,
            Period.B04,
            Period.B05,
            Period.B06,
            Period.TW2,
            Period.S1,
            Period.B07,
            Period.B08,
            Period.B09,
            Period.TW3,
            Period.B10,
            Period.B11,
            Period.B12,
            Period.TW4,
            Period.S2,
            Period.TAHUNAN),
        sorted);
    for (int i = 1; i < sorted.size(); i++) {
      assertFalse(sorted.get(i).endDate(2024).isBefore(sorted.get(i - 1).endDate(2024)));
    }
  }

  @Test
  void periodsEndingTogetherAreNotEarlierThanEachOther() {
    assertEquals(Period.B03.endMonth(), Period.TW1.endMonth());
    assertFalse(Period.B03.endsBefore(Period.TW1));
    assertFalse(Period.TW1.endsBefore(Period.B03));
    assertTrue(Period.B02.endsBefore(Period.TW1));
    assertTrue(Period.TW1.endsBefore(Period.B04));
    assertFalse(Period.TAHUNAN.endsBefore(Period.B12));
    assertTrue(Period.S1.endsBefore(Period.S2));
  }

  @ParameterizedTest
  @CsvSource({"tw1, TW1", "TW1, TW1", " b03 , B03", "tahunan, TAHUNAN", "s2, S2", "B12, B12"})
  void parsesCaseInsensitively(String text, Period expected) {
    assertEquals(Optional.of(expected), Period.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "B1", "B13", "B00", "TW5", "TW 1", "S3", "Q1", "tahun", "2024"})
  void refusesWhatIsNotACode(String text) {
    assertEquals(Optional.empty(), Period.parse(text));
  }

  @Test
  void refusesNull() {
    assertEquals(Optional.empty(), Period.parse(null));
  }

  @Test
  void labelsInIndonesianAndEnglish() {
    Locale id = Locale.forLanguageTag("id");
    assertEquals("Januari", Period.B01.label(id));
    assertEquals("Desember", Period.B12.label(id));
    assertEquals("Triwulan I", Period.TW1.label(id));
    assertEquals("Triwulan IV", Period.TW4.label(id));
    assertEquals("Semester II", Period.S2.label(id));
    assertEquals("Tahunan", Period.TAHUNAN.label(id));
    assertEquals("May", Period.B05.label(Locale.ENGLISH));
    assertEquals("Quarter III", Period.TW3.label(Locale.ENGLISH));
    assertEquals("Half-year I", Period.S1.label(Locale.ENGLISH));
    assertEquals("Full year", Period.TAHUNAN.label(Locale.ENGLISH));
  }

  @Test
  void vocabularyListsMonthsQuartersSemestersThenTheYear() {
    assertEquals(
        "B01 B02 B03 B04 B05 B06 B07 B08 B09 B10 B11 B12 TW1 TW2 TW3 TW4 S1 S2 TAHUNAN",
        String.join(" ", Period.vocabulary().stream().map(Period::code).toList()));
  }
}
