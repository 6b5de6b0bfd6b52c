package id.terbuka.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient conversions of loosely typed request values (JSON, form fields, query strings all arrive
 * here), following CKAN's habits: {@code "True"} is true, a JSON-encoded list in a string is a
 * list.
 */
public final class Values {
  private Values() {}

  /** The value as trimmed text; null or blank stays null. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s =
        value instanceof Collection<?> c && c.size() == 1
            ? String.valueOf(c.iterator().next())
            : value.toString();
    s = s.trim();
    return s.isEmpty() ? null : s;
  }

  /** The value as text, keeping inner and outer white space (notes, descriptions). */
  public static String rawText(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString();
    return s.isBlank() ? null : s;
  }

  /** Booleans as CKAN's {@code asbool}: true/false, yes/no, on/off, 1/0, any case. */
  public static Boolean bool(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String s = value.toString().trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "true", "yes", "on", "1", "y", "t":
        return true;
      case "false", "no", "off", "0", "n", "f", "":
        return false;
      default:
        throw new IllegalArgumentException("Not a boolean: " + value);
    }
  }

  public static boolean bool(Object value, boolean fallback) {
    Boolean b = bool(value);
    return b == null ? fallback : b;
  }

  /** An integer, or the fallback when absent; {@link IllegalArgumentException} when malformed. */
  public static int integer(Object value, int fallback) {
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())
          || n.doubleValue() > Integer.MAX_VALUE
          || n.doubleValue() < Integer.MIN_VALUE) {
        throw new IllegalArgumentException("Invalid integer: " + value);
      }
      return n.intValue();
    }
    if (!(value instanceof String)) {
      throw new IllegalArgumentException("Invalid integer: " + value);
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid integer: " + value);
    }
  }

  /**
   * A list: a JSON array, a list of repeated parameters, a JSON array written in a string (CKAN
   * accepts {@code facet.field=["tags","groups"]}), or a single value.
   */
  public static List<Object> list(Object value) {
    List<Object> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value instanceof Collection<?> c) {
      if (c.size() == 1 && c.iterator().next() instanceof String s && s.trim().startsWith("[")) {
        return list(s);
      }
      out.addAll(c);
      return out;
    }
    if (value instanceof String s && s.trim().startsWith("[")) {
      Object parsed = Json.parse(s);
      if (parsed instanceof List<?> l) {
        out.addAll(l);
        return out;
      }
    }
    out.add(value);
    return out;
  }

  /** A map value (a nested dict); null when absent or not a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (value instanceof String s && s.trim().startsWith("{")) {
      return Json.parseObject(s);
    }
    return null;
  }
}
