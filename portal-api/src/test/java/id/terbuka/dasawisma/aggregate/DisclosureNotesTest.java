package id.terbuka.dasawisma.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureNotesTest {

  @Test
  void theIndonesianNotesStateEveryPartOfTheRule() {
    assertStates(
        "id",
        List.of(
            "desa/kelurahan, per kecamatan dan untuk kabupaten",
            "Indikator sensitif",
            "k = 3",
            "k = 5",
            "Angka nol tetap diterbitkan",
            "100 %",
            "induk = jumlah bagiannya",
            "total = jumlah rinciannya",
            "kurang dari 10 rumah tangga",
            "kosong pada berkas CSV",
            "null",
            "withheld",
            "tanggal 1",
            "selisih"));
  }

  @Test
  void theEnglishNotesStateEveryPartOfTheRule() {
    assertStates(
        "en",
        List.of(
            "desa/kelurahan, per kecamatan and for the kabupaten",
            "Sensitive indicators",
            "k = 3",
            "k = 5",
            "Zero is published",
            "100 %",
            "parent = sum of its parts",
            "total = sum of its breakdown",
            "fewer than 10 households",
            "empty in the CSV files",
            "null",
            "withheld",
            "first day",
            "no differences"));
  }

  @Test
  void theLanguagesDifferAndAnUnknownOneReadsAsIndonesian() {
    assertNotEquals(DisclosureNotes.text("id"), DisclosureNotes.text("en"));
    assertEquals(DisclosureNotes.text("id"), DisclosureNotes.text("fr"));
  }

  private static void assertStates(String language, List<String> phrases) {
    String text = DisclosureNotes.text(language);
    for (String phrase : phrases) {
      assertTrue(text.contains(phrase), language + ": missing \"" + phrase + "\"");
    }
    assertFalse(text.contains("{"), "a placeholder is left");
    assertEquals(7, text.split("\n\n").length);
  }
}
