package id.terbuka.audit.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Members of a parsed JSON object read by their JSON type, never coerced. */
final class JsonMembers {

  private JsonMembers() {}

  static String text(Map<?, ?> json, String name) {
    if (json.get(name) instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(name + " must be a string");
  }

  static String textOrNull(Map<?, ?> json, String name) {
    return json.get(name) == null ? null : text(json, name);
  }

  static Map<?, ?> object(Map<?, ?> json, String name) {
    if (json.get(name) instanceof Map<?, ?> object) {
      return object;
    }
    throw new IllegalArgumentException(name + " must be an object");
  }

  static Map<String, String> strings(Map<?, ?> json, String name) {
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : object(json, name).entrySet()) {
      if (!(e.getKey() instanceof String key) || !(e.getValue() instanceof String value)) {
        throw new IllegalArgumentException(name + "." + e.getKey() + " must be a string");
      }
      copy.put(key, value);
    }
    return copy;
  }

  /** An integer member, whichever integer type the parser chose; a fraction is refused. */
  static long integer(Map<?, ?> json, String name) {
    Object value = json.get(name);
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 63) {
      return big.longValue();
    }
    if (value instanceof BigDecimal d
        && d.stripTrailingZeros().scale() <= 0
        && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      return d.longValueExact();
    }
    throw new IllegalArgumentException(name + " must be an integer");
  }
}
