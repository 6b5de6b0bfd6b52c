package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetCompletionTest {
  @Test
  void blankTextLooksForNothing() {
    assertNull(DatasetCompletion.needle(null));
    assertNull(DatasetCompletion.needle("  "));
    assertEquals("stunting", DatasetCompletion.needle(" Stunting "));
  }

  @Test
  void theNameWinsWhenBothMatch() {
    assertEquals(
        Map.of(
            "name", "stunting-2023",
            "title", "Stunting 2023",
            "match_field", "name",
            "match_displayed", "stunting-2023"),
        DatasetCompletion.entry("stunting-2023", "Stunting 2023", "stunting"));
  }

  @Test
  void aTitleMatchShowsTheTitle() {
    assertEquals(
        Map.of(
            "name", "data-gizi",
            "title", "Angka Stunting",
            "match_field", "title",
            "match_displayed", "Angka Stunting"),
        DatasetCompletion.entry("data-gizi", "Angka Stunting", "stunting"));
  }

  @Test
  void anUntitledDatasetShowsItsName() {
    Map<String, Object> m = DatasetCompletion.entry("data-gizi", null, "gizi");
    assertEquals("data-gizi", m.get("title"));
    assertEquals("name", m.get("match_field"));
  }
}
