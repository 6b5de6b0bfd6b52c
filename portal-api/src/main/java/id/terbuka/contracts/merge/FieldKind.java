package id.terbuka.contracts.merge;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How a field's value takes part in a merge, decided by its rule and its shape (the standard's
 * "Merge routine"): a literal is replaced, an object merges field by field, an array of objects
 * merges by {@code id}, a null removes the field, and an empty object or empty id-merged array adds
 * nothing.
 */
enum FieldKind {
  LITERAL,
  OBJECT,
  ID_ARRAY,
  REMOVAL,
  NOTHING;

  static FieldKind of(JsonNode value, MergeRules.Node rule) {
    if (value.isNull()) {
      return REMOVAL;
    }
    if (value.isObject()) {
      return value.isEmpty() ? NOTHING : OBJECT;
    }
    if (!value.isArray() || rule.wholeList()) {
      return LITERAL;
    }
    for (JsonNode item : value) {
      if (!item.isObject()) {
        // An array holding anything but objects is a literal, whatever the schema says.
        return LITERAL;
      }
    }
    return value.isEmpty() ? NOTHING : ID_ARRAY;
  }

  /**
   * The kind of a value already merged into a compiled release. Unlike {@link #of}, an empty object
   * is still an object there (its fields may all have been removed by nulls).
   */
  static FieldKind ofMerged(JsonNode merged, MergeRules.Node rule) {
    if (merged.isObject()) {
      return OBJECT;
    }
    FieldKind kind = of(merged, rule);
    return kind == NOTHING ? ID_ARRAY : kind;
  }

  /**
   * The key an object in an id-merged array is matched by, or null when it has no {@code id}. Ids
   * are compared as strings, so {@code "1"} and {@code 1} are the same object; a decimal keeps its
   * written scale ({@code 1.0} is "1.0", not "1").
   */
  static String idKey(JsonNode item) {
    JsonNode id = item.get("id");
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isString()) {
      return id.stringValue();
    }
    if (id.isIntegralNumber()) {
      return id.bigIntegerValue().toString();
    }
    if (id.isNumber()) {
      return id.decimalValue().toPlainString();
    }
    return id.toString();
  }

  /**
   * Whether two literal values are the same for the history of a versioned release: numbers by
   * value ({@code 10} and {@code 10.0} are the same amount), everything else structurally.
   */
  static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      BigDecimal x = a.decimalValue();
      BigDecimal y = b.decimalValue();
      return x.compareTo(y) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameValue(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode other = b.get(field.getKey());
        if (other == null || !sameValue(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
