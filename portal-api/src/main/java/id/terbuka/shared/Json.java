package id.terbuka.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
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

  /** Parses JSON text; numbers become {@link Long} when integral, else {@link BigDecimal}. */
  public static Object parse(String text) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return toJava(reader.readValue());
    } catch (JsonParsingException e) {
      throw new MalformedJsonException(e.getMessage());
    } catch (JsonException e) {
      throw new MalformedJsonException(e.getMessage());
    }
  }

  /** Parses a JSON object; anything else is a {@link MalformedJsonException}. */
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
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  public static void write(Object value, Writer out) {
    try (JsonGenerator g = jakarta.json.Json.createGenerator(out)) {
      emit(g, null, value);
    }
  }

  public static void write(Object value, OutputStream out) {
    try (JsonGenerator g = jakarta.json.Json.createGenerator(out)) {
      emit(g, null, value);
    }
  }

  private static void emit(JsonGenerator g, String key, Object value) {
    if (value == null) {
      if (key == null) g.writeNull();
      else g.writeNull(key);
    } else if (value instanceof Map<?, ?> map) {
      if (key == null) g.writeStartObject();
      else g.writeStartObject(key);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        emit(g, String.valueOf(e.getKey()), e.getValue());
      }
      g.writeEnd();
    } else if (value instanceof Collection<?> list) {
      if (key == null) g.writeStartArray();
      else g.writeStartArray(key);
      for (Object item : list) {
        emit(g, null, item);
      }
      g.writeEnd();
    } else if (value instanceof Boolean b) {
      if (key == null) g.write(b);
      else g.write(key, b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long l = ((Number) value).longValue();
      if (key == null) g.write(l);
      else g.write(key, l);
    } else if (value instanceof BigInteger bi) {
      if (key == null) g.write(bi);
      else g.write(key, bi);
    } else if (value instanceof Number n) {
      BigDecimal d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
      if (key == null) g.write(d);
      else g.write(key, d);
    } else if (value instanceof JsonValue jv) {
      if (key == null) g.write(jv);
      else g.write(key, jv);
    } else {
      String s = value.toString();
      if (key == null) g.write(s);
      else g.write(key, s);
    }
  }

  /** The request body or a parameter was not valid JSON. */
  public static class MalformedJsonException extends RuntimeException {
    public MalformedJsonException(String message) {
      super(message);
    }
  }
}
