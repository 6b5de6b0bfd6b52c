package id.terbuka.contracts.validate;

import id.terbuka.contracts.domain.OcdsJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads uploaded bytes as one JSON document with the portal's OCDS mapper (exact decimals,
 * duplicate keys refused). Anything else becomes one {@code invalid_json} issue saying where the
 * text went wrong, never an exception.
 */
final class JsonInput {

  /** The tree, or the issue that stopped reading; exactly one is non-null. */
  record Parsed(JsonNode tree, ValidationIssue problem) {}

  private static final int LONGEST_REASON = 160;

  private JsonInput() {}

  static Parsed parse(byte[] json) {
    if (json == null || json.length == 0) {
      return problem("the document is empty");
    }
    try {
      JsonNode tree = OcdsJson.mapper().readTree(json);
      if (tree == null || tree.isMissingNode()) {
        return problem("the document holds no JSON value");
      }
      return new Parsed(tree, null);
    } catch (JacksonException e) {
      return problem(reason(e) + where(e.getLocation()));
    }
  }

  private static Parsed problem(String message) {
    return new Parsed(null, new ValidationIssue("", "invalid_json", "not valid JSON: " + message));
  }

  private static String reason(JacksonException e) {
    String reason = e.getOriginalMessage();
    if (reason == null || reason.isBlank()) {
      return "unreadable text";
    }
    if (reason.startsWith("Trailing token")) {
      return "more text follows the first JSON value";
    }
    // The parser's first line says what it met; the rest repeats the source, which can be long.
    int newline = reason.indexOf('\n');
    String first = newline < 0 ? reason : reason.substring(0, newline);
    return first.length() > LONGEST_REASON ? first.substring(0, LONGEST_REASON - 3) + "..." : first;
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
