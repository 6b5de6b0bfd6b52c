package id.terbuka.contracts.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import id.terbuka.contracts.domain.OcdsJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The OCDS 1.1.5 package schemas compiled once for the JSON Schema validator (networknt, draft-04),
 * offline: the canonical {@code https://standard.open-contracting.org/schema/1__1__5/} prefix the
 * schemas use for each other is mapped to the bundled copies, so nothing is ever downloaded.
 * Formats are asserted ({@code date-time} needs an offset, {@code uri} must be absolute), as the
 * Data Review Tool does. A compiled {@link Schema} is thread-safe.
 */
final class BundledSchemas {

  static final String RELEASE_PACKAGE = "release-package-schema.json";
  static final String RECORD_PACKAGE = "record-package-schema.json";

  /**
   * OCDS keywords JSON Schema does not know: read by the further checks and the merge, not here.
   */
  private static final List<String> OCDS_KEYWORDS =
      List.of(
          "codelist",
          "openCodelist",
          "deprecated",
          "omitWhenMerged",
          "wholeListMerge",
          "versionId");

  private final Schema releasePackage;
  private final Schema recordPackage;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

  private BundledSchemas(Schema releasePackage, Schema recordPackage) {
    this.releasePackage = releasePackage;
    this.recordPackage = recordPackage;
  }

  static BundledSchemas load() {
    Dialect.Builder dialect = Dialect.builder(Dialects.getDraft4());
    OCDS_KEYWORDS.forEach(k -> dialect.keyword(new NonValidationKeyword(k)));
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .preloadSchema(true)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDialect(
            dialect.build(),
            b ->
                b.schemaRegistryConfig(config)
                    .schemaIdResolvers(
                        r ->
                            r.mapPrefix(OcdsJson.SCHEMA_URL, "classpath:" + OcdsJson.SCHEMA_ROOT)));
    return new BundledSchemas(
        compile(registry, RELEASE_PACKAGE), compile(registry, RECORD_PACKAGE));
  }

  private static Schema compile(SchemaRegistry registry, String file) {
    Schema schema = registry.getSchema(SchemaLocation.of(OcdsJson.SCHEMA_URL + file));
    // Resolve every $ref now, so the first request pays nothing and threads share a finished tree.
    schema.initializeValidators();
    return schema;
  }

  List<Error> validateReleasePackage(JsonNode document) {
    return releasePackage.validate(document);
  }

  List<Error> validateRecordPackage(JsonNode document) {
    return recordPackage.validate(document);
  }

  /**
   * The schema node at a location the validator reported ({@code
   * https://.../release-schema.json#/definitions/Value/properties/currency}), or a missing node.
   */
  JsonNode node(String location) {
    int hash = location.indexOf('#');
    String url = hash < 0 ? location : location.substring(0, hash);
    if (!url.startsWith(OcdsJson.SCHEMA_URL)) {
      return OcdsJson.object().path("none");
    }
    JsonNode document =
        documents.computeIfAbsent(
            url,
            u ->
                OcdsJson.resource(
                    OcdsJson.SCHEMA_ROOT + u.substring(OcdsJson.SCHEMA_URL.length())));
    return document.at(hash < 0 ? "" : location.substring(hash + 1));
  }
}
