package id.terbuka.deploy.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON written straight into text, for generated OCDS: the launcher's class path has no Jackson 3,
 * and a tree per release would only be thrown away again. Objects and arrays nest; commas are put
 * where they belong.
 */
final class JsonText {
  private final StringBuilder out;

  /** One entry per open object or array: whether its next member is its first. */
  private final Deque<Boolean> first = new ArrayDeque<>();

  JsonText() {
    this(new StringBuilder(2048));
  }

  JsonText(StringBuilder out) {
    this.out = out;
  }

  JsonText beginObject() {
    separate();
    out.append('{');
    first.push(true);
    return this;
  }

  JsonText beginObject(String name) {
    name(name);
    out.append('{');
    first.push(true);
    return this;
  }

  JsonText endObject() {
    first.pop();
    out.append('}');
    return this;
  }

  JsonText beginArray(String name) {
    name(name);
    out.append('[');
    first.push(true);
    return this;
  }

  JsonText endArray() {
    first.pop();
    out.append(']');
    return this;
  }

  JsonText field(String name, String value) {
    name(name);
    quote(value);
    return this;
  }

  JsonText field(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  /** A string element of the open array. */
  JsonText value(String value) {
    separate();
    quote(value);
    return this;
  }

  /** An element of the open array that is already JSON text. */
  JsonText raw(String json) {
    separate();
    out.append(json);
    return this;
  }

  /** An array of strings. */
  JsonText strings(String name, String... values) {
    beginArray(name);
    for (String v : values) {
      value(v);
    }
    return endArray();
  }

  /** An OCDS Value: {@code {"amount": 2500000, "currency": "IDR"}}. */
  JsonText rupiah(String name, long amount) {
    return beginObject(name).field("amount", amount).field("currency", "IDR").endObject();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void name(String name) {
    separate();
    quote(name);
    out.append(':');
  }

  private void separate() {
    if (first.isEmpty()) {
      return;
    }
    if (first.peek()) {
      first.pop();
      first.push(false);
    } else {
      out.append(',');
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
