package id.terbuka.contracts.validate;

import id.terbuka.contracts.domain.OcdsJson;
import tools.jackson.databind.JsonNode;

/** A value as messages show it: in quotes and cut short, since a message must stay one line. */
final class Quoted {

  private static final int LONGEST = 60;

  private Quoted() {}

  static String value(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "''";
    }
    String text = node.isString() ? node.asString() : OcdsJson.write(node);
    return text(text);
  }

  static String text(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    if (oneLine.length() > LONGEST) {
      oneLine = oneLine.substring(0, LONGEST - 3) + "...";
    }
    return "'" + oneLine + "'";
  }
}
