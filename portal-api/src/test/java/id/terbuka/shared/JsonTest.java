package id.terbuka.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesToPlainJavaValues() {
    Object v =
        Json.parse(
            "{\"s\":\"t\u00e9ks\",\"i\":3,\"d\":1.5,\"b\":true,\"n\":null,\"l\":[1,\"x\"],"
                + "\"o\":{\"k\":false}}");
    Map<String, Object> m = Json.parseObject(Json.write(v));
    assertEquals("t\u00e9ks", m.get("s"));
    assertEquals(3L, m.get("i"));
    assertEquals(new BigDecimal("1.5"), m.get("d"));
    assertEquals(true, m.get("b"));
    assertNull(m.get("n"));
    assertEquals(true, m.containsKey("n"));
    assertEquals(List.of(1L, "x"), m.get("l"));
    assertEquals(Map.of("k", false), m.get("o"));
    assertEquals(List.of("s", "i", "d", "b", "n", "l", "o"), new ArrayList<>(m.keySet()));
  }

  @Test
  void hugeIntegersStayExact() {
    Object big = Json.parse("123456789012345678901234567890");
    assertInstanceOf(BigDecimal.class, big);
    assertEquals("123456789012345678901234567890", Json.write(big));
    assertEquals(Long.MAX_VALUE, Json.parse(String.valueOf(Long.MAX_VALUE)));
  }

  @Test
  void writesEscapedCompactJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("q", "a\"b\\c\n");
    m.put("none", null);
    m.put("list", Arrays.asList(1, 2.5, null, true));
    m.put("int", 7);
    assertEquals(
        "{\"q\":\"a\\\"b\\\\c\\n\",\"none\":null,\"list\":[1,2.5,null,true],\"int\":7}",
        Json.write(m));
    assertEquals("\"bare\"", Json.write("bare"));
    assertEquals("null", Json.write(null));
  }

  @Test
  void malformedInputIsOneKindOfError() {
    assertThrows(Json.MalformedJsonException.class, () -> Json.parse("{\"a\": oops}"));
    assertThrows(Json.MalformedJsonException.class, () -> Json.parse(""));
    assertThrows(Json.MalformedJsonException.class, () -> Json.parseObject("[1,2]"));
    assertThrows(Json.MalformedJsonException.class, () -> Json.parseObject("\"text\""));
  }

  @Test
  void nestingIsLimitedBeforeParsing() {
    String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    assertEquals(List.of(), flatten(Json.parse(ok)));
    String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
    var e = assertThrows(Json.MalformedJsonException.class, () -> Json.parse(deep));
    assertEquals("JSON nested deeper than 64 levels is not accepted", e.getMessage());
    String huge = "{\"a\":" + "[".repeat(1_000_000);
    assertThrows(Json.MalformedJsonException.class, () -> Json.parse(huge));
  }

  @Test
  void bracketsInsideStringsDoNotCountAsNesting() {
    String text = "{\"a\": \"" + "[{".repeat(200) + "\\\"[\"}";
    assertEquals(Map.of("a", "[{".repeat(200) + "\"["), Json.parse(text));
  }

  /** The innermost list of a chain of single-element lists. */
  private static Object flatten(Object value) {
    Object v = value;
    while (v instanceof List<?> l && l.size() == 1) {
      v = l.get(0);
    }
    return v;
  }
}
