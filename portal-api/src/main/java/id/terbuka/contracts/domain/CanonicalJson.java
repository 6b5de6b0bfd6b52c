package id.terbuka.contracts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON in one canonical text form (object keys sorted, no spaces), so that two releases with the
 * same content have the same hash whatever order their keys came in (PostgreSQL's {@code jsonb}
 * does not keep key order, a publisher's tool may not either).
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /** The canonical text of {@code node}. */
  public static String text(JsonNode node) {
    return OcdsJson.write(sorted(node));
  }

  /** SHA-256 of the canonical text, as 64 lower-case hex digits. */
  public static String sha256(JsonNode node) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text(node).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
      entries.sort(Map.Entry.comparingByKey());
      ObjectNode copy = OcdsJson.object();
      for (Map.Entry<String, JsonNode> e : entries) {
        copy.set(e.getKey(), sorted(e.getValue()));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = OcdsJson.nodes().arrayNode();
      for (JsonNode item : array) {
        copy.add(sorted(item));
      }
      return copy;
    }
    return node;
  }
}
