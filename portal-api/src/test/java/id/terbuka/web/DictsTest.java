package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages read dicts through Values' conversions, and a value of the wrong shape reads as absent. */
class DictsTest {
  private static Map<String, Object> dict(Object... keysAndValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void textKeepsWhatWasWrittenAndBlankIsAbsent() {
    assertEquals("  a\nb ", Dicts.text(dict("notes", "  a\nb "), "notes"));
    assertNull(Dicts.text(dict("notes", "  "), "notes"));
    assertNull(Dicts.text(dict(), "notes"));
    assertNull(Dicts.text(null, "notes"));
  }

  @Test
  void nestedDictsAndListsOfThem() {
    Map<String, Object> org = Map.of("title", "Dinas");
    assertEquals(org, Dicts.map(dict("organization", org), "organization"));
    assertEquals(Map.of(), Dicts.map(dict("organization", "Dinas"), "organization"));
    assertEquals(Map.of(), Dicts.map(dict("organization", "{not json"), "organization"));
    assertEquals(List.of(org), Dicts.maps(dict("resources", List.of(org, "x", 3)), "resources"));
    assertEquals(List.of(), Dicts.maps(dict("resources", "[not json"), "resources"));
  }

  @Test
  void textsOfAList() {
    assertEquals(List.of("3522", "3523"), Dicts.texts(dict("w", List.of("3522", "3523")), "w"));
    assertEquals(List.of(), Dicts.texts(dict(), "w"));
  }

  @Test
  void numbersAreJsonNumbers() {
    assertEquals(5_000_000_000L, Dicts.number(dict("count", 5_000_000_000L), "count"));
    assertEquals(0, Dicts.number(dict("count", "many"), "count"));
    assertEquals(12L, Dicts.size(dict("size", 12), "size"));
    assertNull(Dicts.size(dict(), "size"));
  }
}
