package id.terbuka.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for the NUL character (U+0000): PostgreSQL cannot store it in text, so a value that
 * holds one would fail deep inside a query. It is refused where input enters, naming the field, and
 * nothing behind the edge has to think about it.
 */
public final class NulCharacters {
  /** The reason given for every refusal, in CKAN's message style. */
  public static final String MESSAGE = "Must not contain the NUL character (U+0000)";

  private NulCharacters() {}

  public static boolean in(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }

  /**
   * The first field of a data dict that holds a NUL, in a key or in a value at any depth: {@code
   * title}, {@code resources[0].name}, {@code extras[2].value}. A key that itself holds the NUL is
   * named with it escaped as {@code \u0000}.
   */
  public static Optional<String> fieldOf(Map<String, ?> dict) {
    return inMap(dict, "");
  }

  private static Optional<String> inMap(Map<?, ?> map, String prefix) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      String path = prefix.isEmpty() ? printable(key) : prefix + "." + printable(key);
      if (in(key)) {
        return Optional.of(path);
      }
      Optional<String> found = inValue(e.getValue(), path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> inValue(Object value, String path) {
    if (value instanceof String s) {
      return in(s) ? Optional.of(path) : Optional.empty();
    }
    if (value instanceof Map<?, ?> m) {
      return inMap(m, path);
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<String> found = inValue(list.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** A field name fit to show back: the NUL (and other control characters) escaped. */
  public static String printable(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
