package id.terbuka.deploy.payara;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads the portal's readiness answer ({@code /health/ready}, MicroProfile Health): which instance
 * gave it. The portal's check {@value #CHECK} reports the {@code terbuka.instance.id} it was
 * started with as {@code data.instance}.
 */
final class HealthAnswer {

  static final String CHECK = "terbuka";

  private HealthAnswer() {}

  /** The instance id in {@code body}, empty when it names none or is not a health answer. */
  static Optional<String> instanceOf(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.read();
      if (!(value instanceof JsonObject answer)
          || !(answer.get("checks") instanceof jakarta.json.JsonArray checks)) {
        return Optional.empty();
      }
      for (JsonValue check : checks) {
        if (check instanceof JsonObject object
            && CHECK.equals(object.getString("name", null))
            && object.get("data") instanceof JsonObject data) {
          return Optional.ofNullable(data.getString("instance", null));
        }
      }
      return Optional.empty();
    } catch (JsonException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
