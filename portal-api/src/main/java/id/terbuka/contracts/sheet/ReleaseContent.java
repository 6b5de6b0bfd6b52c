package id.terbuka.contracts.sheet;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a release says, apart from when it was said, as canonical text: keys sorted, numbers in
 * plain form without trailing zeros. So a release read back from storage (PostgreSQL's JSONB
 * reorders keys; a reader may turn {@code 2500000000.00} into an integer) compares equal to the
 * same release built again.
 */
final class ReleaseContent {
  /** Release fields that are about the release, not the process. */
  private static final List<String> RELEASE_FIELDS = List.of("id", "date", "tag");

  private ReleaseContent() {}

  /**
   * The stage's data, to tell whether it changed: the release without its id, date and tag and
   * without the history it carries (amendments, payments), which the builder compares itself.
   */
  static String data(JsonNode release) {
    ObjectNode copy = ((ObjectNode) release).deepCopy();
    copy.remove(RELEASE_FIELDS);
    for (ObjectNode section : sections(copy)) {
      section.remove("amendments");
      section.remove("implementation");
    }
    return canonical(copy);
  }

  /**
   * The first 8 hex digits of the SHA-256 of the release's identity: its content without its id and
   * date, and without the dates and release ids inside its amendments and transactions (set at
   * import time or from the id itself), followed by the id of the release it follows (so a value
   * changed back, A to B to A, gets a new id rather than the first one's).
   */
  static String hash(JsonNode release, String previousId) {
    ObjectNode copy = ((ObjectNode) release).deepCopy();
    copy.remove(List.of("id", "date"));
    for (ObjectNode section : sections(copy)) {
      section
          .path("amendments")
          .forEach(a -> ((ObjectNode) a).remove(List.of("date", "releaseID")));
      section
          .path("implementation")
          .path("transactions")
          .forEach(t -> ((ObjectNode) t).remove("date"));
    }
    String text = canonical(copy) + "\n" + (previousId == null ? "" : previousId);
    return Sha256.hex8(text);
  }

  /** The tender and each contract: the sections that carry amendments or payments. */
  private static List<ObjectNode> sections(ObjectNode release) {
    List<ObjectNode> sections = new ArrayList<>();
    if (release.get("tender") instanceof ObjectNode tender) {
      sections.add(tender);
    }
    release
        .path("contracts")
        .forEach(
            c -> {
              if (c instanceof ObjectNode contract) {
                sections.add(contract);
              }
            });
    return sections;
  }

  static String canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      entries.sort(Map.Entry.comparingByKey());
      for (int i = 0; i < entries.size(); i++) {
        out.append(i == 0 ? "" : ",").append(quoted(entries.get(i).getKey())).append(':');
        write(entries.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isNumber()) {
      out.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else if (node.isString()) {
      out.append(quoted(node.asString()));
    } else {
      out.append(OcdsJson.write(node));
    }
  }

  private static String quoted(String text) {
    return OcdsJson.mapper().writeValueAsString(text);
  }
}
