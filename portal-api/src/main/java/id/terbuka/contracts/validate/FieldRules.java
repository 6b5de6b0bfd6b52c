package id.terbuka.contracts.validate;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Builds the {@link FieldRule} tree of a bundled schema by following its {@code $ref}s, within a
 * file ({@code #/definitions/Award}) and across the bundled files (the canonical URLs). Keywords
 * written beside a {@code $ref} (such as {@code deprecated} on {@code tender/amendment}) belong to
 * the referring field, so they are read before the reference is followed.
 */
final class FieldRules {

  /** The OCDS schemas are not recursive; a deeper chain means a broken bundled copy. */
  private static final int DEEPEST = 40;

  private final Map<String, JsonNode> documents = new HashMap<>();
  private final Map<String, Set<String>> codelists = new HashMap<>();

  private FieldRules() {}

  /** The rule tree of a bundled schema file, e.g. {@code release-package-schema.json}. */
  static FieldRule bundled(String schemaFile) {
    FieldRules rules = new FieldRules();
    return rules.rule(rules.document(schemaFile), schemaFile, 0);
  }

  private FieldRule rule(JsonNode node, String file, int depth) {
    if (depth > DEEPEST) {
      throw new IllegalStateException("schema nesting deeper than " + DEEPEST + " in " + file);
    }
    String deprecatedSince = deprecatedSince(node);
    String codelistFile = node.path("codelist").asString(null);
    boolean open = node.path("openCodelist").asBoolean(false);
    boolean wholeListMerge = node.path("wholeListMerge").asBoolean(false);

    Resolved resolved = resolve(node, file);
    JsonNode target = resolved.node();
    String targetFile = resolved.file();

    Map<String, FieldRule> properties = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> p : target.path("properties").properties()) {
      properties.put(p.getKey(), rule(p.getValue(), targetFile, depth + 1));
    }
    List<FieldRule.NamePattern> patterns = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : target.path("patternProperties").properties()) {
      patterns.add(
          new FieldRule.NamePattern(
              Pattern.compile(p.getKey()), rule(p.getValue(), targetFile, depth + 1)));
    }
    JsonNode itemsNode = target.path("items");
    FieldRule items = itemsNode.isObject() ? rule(itemsNode, targetFile, depth + 1) : null;
    boolean mergedById =
        items != null
            && !wholeListMerge
            && resolve(itemsNode, targetFile).node().path("properties").has("id");

    String openName = null;
    Set<String> openCodes = null;
    if (open && codelistFile != null) {
      openName =
          codelistFile.endsWith(".csv")
              ? codelistFile.substring(0, codelistFile.length() - 4)
              : codelistFile;
      openCodes = codelists.computeIfAbsent(codelistFile, CodelistCsv::codes);
    }
    return new FieldRule(
        properties, patterns, items, deprecatedSince, openName, openCodes, mergedById);
  }

  /** A schema node with its {@code $ref}s followed, and the file it was found in. */
  private record Resolved(JsonNode node, String file) {}

  private Resolved resolve(JsonNode node, String file) {
    JsonNode target = node;
    String targetFile = file;
    for (int hops = 0; target.has("$ref"); hops++) {
      if (hops > DEEPEST) {
        throw new IllegalStateException("$ref loop in " + file);
      }
      String ref = target.get("$ref").asString();
      int hash = ref.indexOf('#');
      String base = hash < 0 ? ref : ref.substring(0, hash);
      if (!base.isEmpty()) {
        targetFile = fileOf(base);
      }
      target = document(targetFile).at(hash < 0 ? "" : ref.substring(hash + 1));
      if (target.isMissingNode()) {
        throw new IllegalStateException("unresolved $ref " + ref + " in " + file);
      }
    }
    return new Resolved(target, targetFile);
  }

  private static String deprecatedSince(JsonNode node) {
    JsonNode deprecated = node.get("deprecated");
    if (deprecated == null || deprecated.isNull()) {
      return null;
    }
    // Every deprecation in OCDS 1.1.5 names its version; the fallback keeps the message readable.
    String version = deprecated.path("deprecatedVersion").asString("");
    return version.isEmpty() ? "1.1" : version;
  }

  private static String fileOf(String url) {
    if (!url.startsWith(OcdsJson.SCHEMA_URL)) {
      throw new IllegalStateException("schema reference outside the bundled set: " + url);
    }
    return url.substring(OcdsJson.SCHEMA_URL.length());
  }

  private JsonNode document(String file) {
    return documents.computeIfAbsent(file, f -> OcdsJson.resource(OcdsJson.SCHEMA_ROOT + f));
  }
}
