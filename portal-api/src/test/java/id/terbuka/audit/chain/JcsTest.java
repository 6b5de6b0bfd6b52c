package id.terbuka.audit.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors written by hand from the rules of RFC 8785 and ECMAScript's Number::toString. */
class JcsTest {

  @Test
  void membersAreSortedByUtf16CodeUnitsNotByCodePoints() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("\uFB01", 9); // U+FB01: one code unit, 0xFB01
    object.put("\uD83D\uDE00", 8); // U+1F600: code units 0xD83D 0xDE00, sorts before U+FB01
    object.put("\u20AC", 7);
    object.put("\u00E9", 6);
    object.put("b", 5);
    object.put("a", 4);
    object.put("A", 3);
    object.put("1", 2);
    object.put("", 1);
    object.put("ab", 10);
    assertEquals(
        "{\"\":1,\"1\":2,\"A\":3,\"a\":4,\"ab\":10,\"b\":5,\"\u00E9\":6,\"\u20AC\":7,"
            + "\"\uD83D\uDE00\":8,\"\uFB01\":9}",
        Jcs.text(object));
  }

  @Test
  void stringsCarryOnlyTheRequiredEscapes() {
    String raw = "\u0000\u0001\u001f\b\t\n\f\r\"\\/\u007f\u2028 \u00E9\uD83D\uDE00";
    assertEquals(
        "\"\\u0000\\u0001\\u001f\\b\\t\\n\\f\\r\\\"\\\\/\u007f\u2028 \u00E9\uD83D\uDE00\"",
        Jcs.text(raw));
  }

  @Test
  void theOutputIsUtf8() {
    byte[] expected = {
      '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '"'
    };
    assertArrayEquals(expected, Jcs.bytes("\u00E9\uD83D\uDE00"));
  }

  @Test
  void loneSurrogatesAreRefusedNamingWhere() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Jcs.text(Map.of("k", List.of("a\uD800b"))));
    assertTrue(e.getMessage().startsWith("$.k[0]: a lone surrogate U+D800"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Jcs.text(Map.of("\uDE00", 1)));
    assertThrows(IllegalArgumentException.class, () -> Jcs.text("\uD83D"));
  }

  @Test
  void integersAreWrittenInFull() {
    assertEquals("0", Jcs.text(0));
    assertEquals("-7", Jcs.text(-7L));
    assertEquals("9007199254740991", Jcs.text(9007199254740991L));
    assertEquals("-9007199254740991", Jcs.text(-9007199254740991L));
    assertEquals("42", Jcs.text(BigInteger.valueOf(42)));
    assertEquals("1", Jcs.text(1.0));
    assertEquals("100000000000000000000", Jcs.text(1e20));
    assertEquals("9007199254740992", Jcs.text(9007199254740992.0));
  }

  @Test
  void integersBeyondTheSafeRangeAreRefused() {
    for (Object n :
        List.of(
            9007199254740992L,
            -9007199254740992L,
            Long.MAX_VALUE,
            BigInteger.ONE.shiftLeft(64),
            new BigDecimal("9007199254740993"),
            new BigDecimal("1E+21"))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Jcs.text(List.of(n)), n::toString);
      assertTrue(e.getMessage().contains("safe integer range"), e.getMessage());
    }
  }

  @Test
  void doublesAreWrittenAsEcmaScriptDoes() {
    assertEquals("0", Jcs.text(-0.0));
    assertEquals("1e+21", Jcs.text(1e21));
    assertEquals("1e-7", Jcs.text(1e-7));
    assertEquals("0.000001", Jcs.text(1e-6));
    assertEquals("123.45", Jcs.text(123.45));
    assertEquals("-1.5", Jcs.text(-1.5));
    assertEquals("0.30000000000000004", Jcs.text(0.1 + 0.2));
    assertEquals("5e-324", Jcs.text(Double.MIN_VALUE));
    assertEquals("1.7976931348623157e+308", Jcs.text(Double.MAX_VALUE));
    assertEquals("1.2345e+25", Jcs.text(1.2345e25));
    assertEquals("-2.5e-8", Jcs.text(-2.5e-8));
    assertEquals("123456789012345680000", Jcs.text(123456789012345678901.0));
    // Java 17's Double.toString gives 18 digits here (2.82879384806159008E17); 15 suffice
    assertEquals("282879384806159000", Jcs.text(2.82879384806159E17));
    assertEquals("4.35", Jcs.text(4.35));
    assertEquals("0.1", Jcs.text(0.1));
  }

  @Test
  void decimalsAreAcceptedOnlyWhenTheyAreExactlyTheirCanonicalDouble() {
    assertEquals("123.45", Jcs.text(new BigDecimal("123.45")));
    assertEquals("1.5", Jcs.text(new BigDecimal("1.50")));
    assertEquals("0", Jcs.text(new BigDecimal("0.000")));
    assertEquals("1e-7", Jcs.text(new BigDecimal("1E-7")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Jcs.text(new BigDecimal("0.1000000000000000000001")));
    assertTrue(e.getMessage().contains("would become 0.1"), e.getMessage());
  }

  @Test
  void nanInfinityAndOtherTypesAreRefused() {
    for (Object bad :
        Arrays.asList(
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            1.5f,
            'c',
            new Object())) {
      assertThrows(IllegalArgumentException.class, () -> Jcs.text(bad), String.valueOf(bad));
    }
    Map<Object, Object> numericKey = new HashMap<>();
    numericKey.put(1, "one");
    assertThrows(IllegalArgumentException.class, () -> Jcs.text(numericKey));
  }

  @Test
  void nestedStructuresAreCanonicalAtEveryLevel() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("d", true);
    inner.put("c", null);
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("z", "x");
    other.put("y", List.of());
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("b", Arrays.asList(1, inner, false, null, "s", 2.5));
    outer.put("a", other);
    outer.put("e", Map.of());
    assertEquals(
        "{\"a\":{\"y\":[],\"z\":\"x\"},\"b\":[1,{\"c\":null,\"d\":true},false,null,\"s\",2.5],"
            + "\"e\":{}}",
        Jcs.text(outer));
  }
}
