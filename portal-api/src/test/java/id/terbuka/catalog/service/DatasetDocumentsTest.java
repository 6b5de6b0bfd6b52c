package id.terbuka.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetDocumentsTest {
  @Test
  void yearsOfTheCoveragePeriod() {
    assertEquals(List.of(), DatasetDocuments.years(null, null));
    assertEquals(List.of(2022, 2023), DatasetDocuments.years("2022-01-01", "2023-12-31"));
    assertEquals(List.of(2024), DatasetDocuments.years("2024-03-01", "2024-03-31"));
    assertEquals(List.of(2021), DatasetDocuments.years("2021-05-01", null), "open end");
    assertEquals(List.of(2020), DatasetDocuments.years(null, "2020-12-31"), "open start");
  }

  @Test
  void longPeriodsKeepTheLatestSixtyYears() {
    List<Integer> years = DatasetDocuments.years("1900-01-01", "2100-12-31");
    assertEquals(60, years.size());
    assertEquals(2041, years.get(0));
    assertEquals(2100, years.get(59));
  }
}
