package id.terbuka.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedFieldsTest {
  private static Map<String, List<String>> problems(FieldErrors errors) {
    return assertThrows(InvalidInputException.class, errors::throwIfAny).errors();
  }

  @Test
  void textTakesStringsOnly() {
    FieldErrors errors = new FieldErrors();
    Map<String, Object> dict = new HashMap<>();
    dict.put("a", "  text ");
    dict.put("blank", " ");
    dict.put("none", null);
    assertEquals("text", TypedFields.text(dict, "a", errors));
    assertNull(TypedFields.text(dict, "blank", errors));
    assertNull(TypedFields.text(dict, "none", errors));
    assertNull(TypedFields.text(dict, "absent", errors));
    assertTrue(errors.isEmpty());
  }

  @Test
  void otherTypesAreProblemsNamingTheType() {
    FieldErrors errors = new FieldErrors();
    Map<String, Object> dict =
        Map.of("list", List.of("org"), "number", 12345, "object", Map.of("a", 1), "flag", true);
    assertNull(TypedFields.text(dict, "list", errors));
    assertNull(TypedFields.text(dict, "number", errors));
    assertNull(TypedFields.rawText(dict, "object", errors));
    assertNull(TypedFields.text(dict, "flag", errors));
    assertEquals(
        Map.of(
            "list", List.of("Must be a string, not a list"),
            "number", List.of("Must be a string, not a number"),
            "object", List.of("Must be a string, not an object"),
            "flag", List.of("Must be a string, not true/false")),
        problems(errors));
  }

  @Test
  void listTakesListsAndJsonArraysInText() {
    FieldErrors errors = new FieldErrors();
    Map<String, Object> dict = new HashMap<>();
    dict.put("list", List.of("a", "b"));
    dict.put("json", "[\"a\"]");
    dict.put("blank", "");
    assertEquals(List.of("a", "b"), TypedFields.list(dict, "list", errors));
    assertEquals(List.of("a"), TypedFields.list(dict, "json", errors));
    assertEquals(List.of(), TypedFields.list(dict, "blank", errors));
    assertEquals(List.of(), TypedFields.list(dict, "absent", errors));
    assertTrue(errors.isEmpty());
    dict.put("text", "abc");
    dict.put("object", Map.of("name", "x"));
    assertEquals(List.of(), TypedFields.list(dict, "text", errors));
    assertEquals(List.of(), TypedFields.list(dict, "object", errors));
    assertEquals(
        Map.of(
            "text", List.of("Must be a list, not a string"),
            "object", List.of("Must be a list, not an object")),
        problems(errors));
  }
}
