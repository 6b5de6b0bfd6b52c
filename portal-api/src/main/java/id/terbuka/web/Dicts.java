package id.terbuka.web;

import java.util.List;
import java.util.Map;

/** Typed reads from CKAN dicts (open maps), tolerant of absent keys: pages never fail on shape. */
final class Dicts {
  private Dicts() {}

  static String text(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    if (v == null) {
      return null;
    }
    String s = v.toString();
    return s.isBlank() ? null : s;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    if (!(v instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .filter(x -> x instanceof Map<?, ?>)
        .map(x -> (Map<String, Object>) x)
        .toList();
  }

  static List<String> texts(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    if (!(v instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(x -> x != null).map(Object::toString).toList();
  }

  static long number(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }

  static Long size(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Number n ? Long.valueOf(n.longValue()) : null;
  }
}
