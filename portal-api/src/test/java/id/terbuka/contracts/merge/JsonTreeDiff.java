package id.terbuka.contracts.merge;

import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON trees the way a record is judged: object keys in any order, arrays in order,
 * scalars exactly (a number equals only the same number written the same way). Reports the first
 * difference as a JSON Pointer with both sides, so a failing golden test says where to look.
 */
final class JsonTreeDiff {

  private JsonTreeDiff() {}

  /** The first difference, or empty when the trees are equal. */
  static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
    return difference("", expected, actual);
  }

  private static Optional<String> difference(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>(expected.propertyNames());
      names.addAll(actual.propertyNames());
      for (String name : names) {
        String child = path + "/" + name;
        if (!expected.has(name)) {
          return Optional.of(child + ": unexpected field, value " + actual.get(name));
        }
        if (!actual.has(name)) {
          return Optional.of(child + ": missing, expected " + expected.get(name));
        }
        Optional<String> found = difference(child, expected.get(name), actual.get(name));
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray() && actual.isArray()) {
      Iterator<JsonNode> e = expected.iterator();
      Iterator<JsonNode> a = actual.iterator();
      for (int i = 0; e.hasNext() || a.hasNext(); i++) {
        if (!a.hasNext()) {
          return Optional.of(path + "/" + i + ": missing, expected " + e.next());
        }
        if (!e.hasNext()) {
          return Optional.of(path + "/" + i + ": unexpected item " + a.next());
        }
        Optional<String> found = difference(path + "/" + i, e.next(), a.next());
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (expected.equals(actual) && expected.getNodeType() == actual.getNodeType()) {
      return Optional.empty();
    }
    return Optional.of(
        (path.isEmpty() ? "/" : path) + ": expected " + expected + " but was " + actual);
  }
}
