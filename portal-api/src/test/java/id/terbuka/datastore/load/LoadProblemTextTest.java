package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terbuka.web.LoadProblemText;
import id.terbuka.web.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The page's Indonesian retelling of load problems, fed with the loader's own sentences (here,
 * beside the loader, so that a change of its wording fails this test rather than going unnoticed).
 */
class LoadProblemTextTest {
  private static String id(String reason) {
    return LoadProblemText.translate(reason, Language.ID);
  }

  @Test
  void valuesThatDoNotFitTheirColumn() {
    assertEquals(
        "„dua” bukan bilangan bulat", id(ValueNormaliser.reason("dua", ColumnType.INTEGER)));
    assertEquals("„x,5” bukan angka", id(ValueNormaliser.reason("x,5", ColumnType.NUMERIC)));
    for (ColumnType type : ColumnType.values()) {
      if (type != ColumnType.TEXT) {
        String translated = id(ValueNormaliser.reason("besok", type));
        assertNotNull(translated, type.toString());
        assertEquals(true, translated.startsWith("„besok” bukan "), translated);
      }
    }
  }

  @Test
  void rowsAndFiles() {
    LoadError tooLong = RowShape.checkLength(new String[] {"1", "Dua", "lebih"}, 2, 3);
    assertEquals(
        "Baris ini berisi 3 sel, padahal judul kolomnya hanya 2 kolom", id(tooLong.reason()));
    assertEquals("Berkasnya kosong", id("The file is empty"));
    assertEquals("dan 1.234 masalah lainnya", id("and 1,234 more problems"));
  }

  @Test
  void unknownSentencesAreLeftToTheCallerAndEnglishIsUnchanged() {
    assertNull(id("Unreadable record: something odd"));
    assertEquals(
        "Unreadable record: x", LoadProblemText.translate("Unreadable record: x", Language.EN));
  }
}
