package id.terbuka.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void text() {
    assertNull(Values.text(null));
    assertNull(Values.text("   "));
    assertEquals("a b", Values.text("  a b \n"));
    assertEquals("12", Values.text(12L));
    assertEquals("x", Values.text(List.of(" x ")), "a repeated key given once");
    assertEquals("  keep  ", Values.rawText("  keep  "));
    assertNull(Values.rawText(" \t"));
  }

  @Test
  void booleansAsCkanReadsThem() {
    for (Object t : List.of(true, "true", "True", "YES", "on", "1", " t ")) {
      assertEquals(Boolean.TRUE, Values.bool(t), String.valueOf(t));
    }
    for (Object f : List.of(false, "false", "False", "no", "off", "0", "")) {
      assertEquals(Boolean.FALSE, Values.bool(f), String.valueOf(f));
    }
    assertNull(Values.bool(null));
    assertEquals(true, Values.bool(null, true));
    assertThrows(IllegalArgumentException.class, () -> Values.bool("maybe"));
  }

  @Test
  void integers() {
    assertEquals(7, Values.integer(null, 7));
    assertEquals(7, Values.integer(" ", 7));
    assertEquals(42, Values.integer(" 42 ", 0));
    assertEquals(5, Values.integer(5L, 0));
    assertEquals(-3, Values.integer("-3", 0));
    assertThrows(IllegalArgumentException.class, () -> Values.integer("1.5", 0));
    assertThrows(IllegalArgumentException.class, () -> Values.integer("sepuluh", 0));
  }

  @Test
  void lists() {
    assertEquals(List.of(), Values.list(null));
    assertEquals(List.of("a"), Values.list("a"));
    assertEquals(List.of("a", "b"), Values.list(List.of("a", "b")));
    assertEquals(List.of("tags", "groups"), Values.list("[\"tags\",\"groups\"]"));
    assertEquals(List.of("tags", "groups"), Values.list(List.of(" [\"tags\", \"groups\"]")));
    assertEquals(List.of(1L, 2L), Values.list("[1,2]"));
    assertThrows(Json.MalformedJsonException.class, () -> Values.list("[not json"));
  }

  @Test
  void maps() {
    assertEquals(Map.of("a", 1L), Values.map("{\"a\":1}"));
    assertEquals(Map.of("k", "v"), Values.map(Map.of("k", "v")));
    assertNull(Values.map("text"));
    assertNull(Values.map(List.of()));
    assertNull(Values.map(null));
  }
}
