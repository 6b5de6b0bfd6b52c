package id.terbuka.contracts.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way OCDS JSON is read and written in the portal.
 *
 * <p>Numbers with a fraction are read as {@link java.math.BigDecimal} and kept exactly as written
 * (money must not pass through {@code double}); object keys keep their order, so compiled records
 * list fields as their releases did; a duplicated key is an error rather than a silent "last one
 * wins".
 */
public final class OcdsJson {

  /** Classpath folder of the bundled OCDS 1.1.5 schemas and codelists (see SOURCES.md there). */
  public static final String SCHEMA_ROOT = "id/terbuka/contracts/ocds/1__1__5/";

  /** The canonical URL prefix the schemas use for each other; mapped to {@link #SCHEMA_ROOT}. */
  public static final String SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private OcdsJson() {}

  /** The shared mapper (thread-safe). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** A node factory for building OCDS trees. */
  public static JsonNodeFactory nodes() {
    return MAPPER.getNodeFactory();
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Parses JSON text.
   *
   * @throws tools.jackson.core.JacksonException when the text is not JSON
   */
  public static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }

  /** Parses a JSON stream (not closed here). */
  public static JsonNode parse(InputStream json) {
    return MAPPER.readTree(json);
  }

  /** Compact JSON text. */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /** Reads a bundled resource (a schema, or a test fixture) as a tree. */
  public static JsonNode resource(String path) {
    ClassLoader loader = OcdsJson.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
