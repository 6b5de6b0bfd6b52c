package id.terbuka.web;

import id.terbuka.shared.Json;
import id.terbuka.shared.Values;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Typed reads from CKAN dicts (open maps), tolerant of absent keys: pages never fail on shape. The
 * conversions are {@link Values}'s, the one copy shared with the API; what a page adds is only that
 * a value of the wrong shape reads as absent instead of failing.
 */
final class Dicts {
  private Dicts() {}

  /** Text as stored (a description keeps its line breaks); null when absent or blank. */
  static String text(Map<String, Object> m, String key) {
    return Values.rawText(get(m, key));
  }

  /** A nested dict; empty when absent or not a dict. */
  static Map<String, Object> map(Map<String, Object> m, String key) {
    Map<String, Object> nested = tolerant(() -> Values.map(get(m, key)));
    return nested == null ? Map.of() : nested;
  }

  /** The dicts of a list; other items are left out. */
  static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
    return list(m, key).stream()
        .map(x -> tolerant(() -> Values.map(x)))
        .filter(Objects::nonNull)
        .toList();
  }

  /** The items of a list as text. */
  static List<String> texts(Map<String, Object> m, String key) {
    return list(m, key).stream().filter(Objects::nonNull).map(Object::toString).toList();
  }

  /** A whole number; 0 when absent or not a number. */
  static long number(Map<String, Object> m, String key) {
    Long n = size(m, key);
    return n == null ? 0 : n;
  }

  /** A whole number; null when absent or not a number. */
  static Long size(Map<String, Object> m, String key) {
    // Values reads ints from request text; counts and byte sizes in dicts are JSON numbers (longs).
    return get(m, key) instanceof Number n ? Long.valueOf(n.longValue()) : null;
  }

  private static Object get(Map<String, Object> m, String key) {
    return m == null ? null : m.get(key);
  }

  private static List<Object> list(Map<String, Object> m, String key) {
    List<Object> items = tolerant(() -> Values.list(get(m, key)));
    return items == null ? List.of() : items;
  }

  /** A conversion whose malformed JSON text reads as absent. */
  private static <T> T tolerant(Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (Json.MalformedJsonException e) {
      return null;
    }
  }
}
