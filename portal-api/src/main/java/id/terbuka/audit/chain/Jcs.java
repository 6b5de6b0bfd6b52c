package id.terbuka.audit.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785): one byte sequence for one JSON value, whatever order
 * its members came in, so that a hash over it can be recomputed by anyone with any JSON tool.
 *
 * <p>The value is given as plain Java objects: {@code Map} with {@code String} keys, {@code List},
 * {@code String}, {@code Boolean}, {@code null} and numbers ({@code Integer}, {@code Long}, {@code
 * Short}, {@code Byte}, {@code BigInteger}, {@code BigDecimal}, {@code Double}). The output has no
 * whitespace; members are sorted by their names' UTF-16 code units ({@link String#compareTo} is
 * exactly that order); strings carry only the escapes JSON requires; numbers are written as
 * ECMAScript writes an IEEE-754 double ({@link EcmaNumbers}).
 *
 * <p>Refused with {@link IllegalArgumentException}, naming where in the value: a lone surrogate in
 * a string or name (it has no UTF-8 form), a non-{@code String} key, NaN or an infinity, an integer
 * outside ECMAScript's safe range ±(2<sup>53</sup>−1) (a double cannot hold it exactly, so two
 * different integers would hash alike), a {@code BigDecimal} that is not exactly the shortest form
 * of the double nearest to it (the canonical form would silently change the value), and any other
 * Java type.
 */
public final class Jcs {

  private Jcs() {}

  /** The canonical form of {@code value} as UTF-8 bytes, the input of a hash. */
  public static byte[] bytes(Object value) {
    return text(value).getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical form of {@code value} as text. */
  public static String text(Object value) {
    StringBuilder out = new StringBuilder(512);
    try {
      write(value, out);
    } catch (Refusal r) {
      throw new IllegalArgumentException("$" + r.path + ": " + r.getMessage());
    }
    return out.toString();
  }

  /**
   * Refuses {@code text} if it holds a lone surrogate: such a string has no UTF-8 form, so it can
   * be neither hashed nor exported.
   */
  public static void requireWellFormed(String text, String field) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(field + " holds a lone surrogate at index " + i);
      }
    }
  }

  /**
   * A refused value on its way up: each enclosing object or array adds its step to the path, so
   * that the path is built only when something is refused.
   */
  private static final class Refusal extends RuntimeException {
    private String path = "";

    Refusal(String message) {
      super(message, null, false, false);
    }

    Refusal under(String step) {
      path = step + path;
      return this;
    }
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, out);
    } else if (value instanceof List<?> list) {
      writeArray(list, out);
    } else if (value instanceof Number n) {
      out.append(number(n));
    } else {
      throw new Refusal("a " + value.getClass().getSimpleName() + " is not a JSON value");
    }
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out) {
    List<String> names = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      if (!(key instanceof String name)) {
        throw new Refusal("an object member name must be a String");
      }
      names.add(name);
    }
    names.sort(null);
    out.append('{');
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (i > 0) {
        out.append(',');
      }
      try {
        writeString(name, out);
        out.append(':');
        write(map.get(name), out);
      } catch (Refusal r) {
        throw r.under("." + name);
      }
    }
    out.append('}');
  }

  private static void writeArray(List<?> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      try {
        write(list.get(i), out);
      } catch (Refusal r) {
        throw r.under("[" + i + "]");
      }
    }
    out.append(']');
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16));
            out.append(Character.forDigit(c & 0xF, 16));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new Refusal(
                "a lone surrogate U+"
                    + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                    + " at index "
                    + i
                    + " has no UTF-8 form");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return safeInteger(BigInteger.valueOf(n.longValue()));
    }
    if (n instanceof BigInteger big) {
      return safeInteger(big);
    }
    if (n instanceof BigDecimal decimal) {
      return exactDecimal(decimal);
    }
    if (n instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new Refusal(d + " is not a JSON number");
      }
      return EcmaNumbers.toText(d);
    }
    throw new Refusal(
        "a "
            + n.getClass().getSimpleName()
            + " is not accepted; give an integer type, BigDecimal or Double");
  }

  private static String safeInteger(BigInteger value) {
    if (value.abs().compareTo(EcmaNumbers.MAX_SAFE_INTEGER) > 0) {
      throw new Refusal(
          value
              + " is outside the safe integer range ±(2^53-1); an IEEE-754 double cannot hold"
              + " it exactly, send it as a string");
    }
    return value.toString();
  }

  private static String exactDecimal(BigDecimal value) {
    if (value.signum() != 0 && value.stripTrailingZeros().scale() <= 0) {
      safeInteger(value.toBigIntegerExact());
    }
    String text = EcmaNumbers.toText(value.doubleValue());
    if (new BigDecimal(text).compareTo(value) != 0) {
      throw new Refusal(
          value.toPlainString()
              + " is not exactly an IEEE-754 double (it would become "
              + text
              + "); send it as a string");
    }
    return text;
  }
}
