package id.terbuka.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NulCharactersTest {
  @Test
  void findsTheCharacterAnywhereInText() {
    assertTrue(NulCharacters.in("\u0000"));
    assertTrue(NulCharacters.in("ab\u0000"));
    assertFalse(NulCharacters.in("a\u0001b"));
    assertFalse(NulCharacters.in(null));
    assertFalse(NulCharacters.in("\\u0000"), "the escape written out is six ordinary characters");
  }

  @Test
  void namesTheFieldAtAnyDepth() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("name", "ok");
    dict.put("count", 3);
    dict.put("empty", null);
    assertEquals(Optional.empty(), NulCharacters.fieldOf(dict));
    dict.put("title", "a\u0000");
    assertEquals(Optional.of("title"), NulCharacters.fieldOf(dict));
    dict.remove("title");
    dict.put("resources", List.of(Map.of("name", "ok"), Map.of("name", "x\u0000")));
    assertEquals(Optional.of("resources[1].name"), NulCharacters.fieldOf(dict));
    dict.put("resources", List.of(List.of("a", "\u0000")));
    assertEquals(Optional.of("resources[0][1]"), NulCharacters.fieldOf(dict));
  }

  @Test
  void aKeyWithTheCharacterIsNamedEscaped() {
    Map<String, Object> dict = Map.of("ti\u0000tle", "x");
    assertEquals(Optional.of("ti\\u0000tle"), NulCharacters.fieldOf(dict));
    assertEquals(
        Optional.of("extras.k\\u0000"),
        NulCharacters.fieldOf(Map.of("extras", Map.of("k\u0000", 1))));
  }
}
