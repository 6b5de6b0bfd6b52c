package id.terbuka.deploy.admin;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

/** Reading and pretty-printing the JSON the portal's admin endpoints answer with. */
final class Json {

  private Json() {}

  /** The body as a JSON object, or empty when it is not one. */
  static Optional<JsonObject> object(String body) {
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
      JsonStructure value = reader.read();
      return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /** Indented JSON for people; a body that is not JSON is returned unchanged. */
  static String pretty(String body) {
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
      JsonStructure value = reader.read();
      StringWriter out = new StringWriter();
      try (JsonWriter writer =
          jakarta.json.Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(out)) {
        writer.write(value);
      }
      return out.toString().strip();
    } catch (JsonException e) {
      return body;
    }
  }

  /** A JSON object with string members, e.g. a request body. */
  static String objectOf(Map<String, String> members) {
    var builder = jakarta.json.Json.createObjectBuilder();
    members.forEach(builder::add);
    return builder.build().toString();
  }
}
