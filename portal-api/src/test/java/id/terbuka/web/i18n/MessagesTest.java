package id.terbuka.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyLanguageHasTheSameKeys() {
    assertEquals(Messages.of(Language.ID).keys(), Messages.of(Language.EN).keys());
    assertFalse(Messages.of(Language.ID).keys().isEmpty());
  }

  @Test
  void filesAreReadAsUtf8() {
    assertEquals("Terbuka — Portal Data Bojonegoro", Messages.of(Language.ID).get("site.name"));
  }

  @Test
  void placeholdersAreReplacedAndApostrophesKept() {
    assertEquals(
        "Menampilkan 1–20 dari 1.234 dataset",
        Messages.of(Language.ID).get("search.count", "1", "20", "1.234"));
    assertEquals(
        "Open data of the Regency Government of Bojonegoro. Free to use under each dataset's"
            + " licence.",
        Messages.of(Language.EN).get("footer.about"));
  }

  @Test
  void aMissingKeyShowsItself() {
    assertEquals("??no.such.key??", Messages.of(Language.EN).get("no.such.key"));
  }
}
