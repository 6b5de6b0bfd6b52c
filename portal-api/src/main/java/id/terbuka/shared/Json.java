package id.terbuka.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON to and from plain Java values ({@link Map}, {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, null). CKAN's dicts are loose by design (clients add keys), so the API works on
 * maps rather than fixed classes.
 */
public final class Json {
  private Json() {}

  /**
   * Looked up once: {@code jakarta.json.Json}'s static factories search the class path for a
   * provider on every call, which profiling showed to dominate JSON work in the server.
   */
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  /**
   * The deepest nesting of arrays and objects accepted. CKAN dicts need about five levels; the
   * limit is far above any real document and far below what would exhaust a parser's stack.
   */
  public static final int MAX_DEPTH = 64;

  /**
   * Parses JSON text; numbers become {@link Long} when integral, else {@link BigDecimal}. Text
   * nested deeper than {@link #MAX_DEPTH} is refused before parsing.
   */
  public static Object parse(String text) {
    if (nestedDeeperThan(text, MAX_DEPTH)) {
      throw new MalformedJsonException(
          "JSON nested deeper than " + MAX_DEPTH + " levels is not accepted");
    }
    try (var reader = PROVIDER.createReader(new StringReader(text))) {
      return toJava(reader.readValue());
    } catch (JsonException e) {
      throw new MalformedJsonException(e.getMessage());
    }
  }

  /** Parses a JSON object; anything else is a {@link MalformedJsonException}. */
  /**
   * Whether the brackets of {@code text} (outside strings) open more than {@code max} levels. A
   * plain scan, so that depth is checked before any recursive parser sees the text.
   */
  static boolean nestedDeeperThan(String text, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > max) {
          return true;
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new MalformedJsonException("Request body must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  public static Object toJava(JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
          map.put(e.getKey(), toJava(e.getValue()));
        }
        return map;
      case ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonValue v : (JsonArray) value) {
          list.add(toJava(v));
        }
        return list;
      case STRING:
        return ((JsonString) value).getString();
      case NUMBER:
        JsonNumber n = (JsonNumber) value;
        return n.isIntegral()
                && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
            ? (Object) n.longValue()
            : n.bigDecimalValue();
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** Writes a Java value as compact JSON text. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    emit(out, value);
    return out.toString();
  }

  public static void write(Object value, Writer out) {
    try {
      out.write(write(value));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Object value, OutputStream out) {
    try {
      out.write(write(value).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JSON text that is already serialised (e.g. a dict stored in the search index), written as is.
   */
  public record Raw(String json) {}

  private static void emit(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.append(':');
        emit(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        emit(out, item);
      }
      out.append(']');
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toString());
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      out.append(Double.isFinite(d) ? new BigDecimal(n.toString()).toString() : "null");
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof JsonValue jv) {
      out.append(jv.toString());
    } else {
      string(out, value.toString());
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The request body or a parameter was not valid JSON. */
  public static class MalformedJsonException extends RuntimeException {
    public MalformedJsonException(String message) {
      super(message);
    }
  }
}
