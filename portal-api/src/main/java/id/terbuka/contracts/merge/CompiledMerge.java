package id.terbuka.contracts.merge;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Folds sorted releases into a compiled release: the latest value of every field.
 *
 * <p>Objects merge field by field (one left without fields is dropped), a {@code null} removes the
 * field (whatever it held), literals and whole-list arrays are replaced, arrays of objects merge by
 * {@code id} (a new id is appended, an object missing from a later release stays). An object
 * without {@code id} in such an array cannot be matched, so each one is appended. Input trees are
 * never changed: containers are built fresh and literal arrays copied.
 */
final class CompiledMerge {

  private final MergeRules rules;

  CompiledMerge(MergeRules rules) {
    this.rules = rules;
  }

  ObjectNode compile(List<DatedRelease> sorted) {
    DatedRelease latest = sorted.get(sorted.size() - 1);
    ObjectNode compiled = OcdsJson.object();
    // The reference implementation's convention for the fields the merge drops (ocdsmerge).
    compiled.putArray("tag").add("compiled");
    compiled.put("id", latest.ocid() + "-" + latest.date());
    compiled.put("date", latest.date());
    compiled.put("ocid", latest.ocid());
    for (DatedRelease release : sorted) {
      mergeObject(compiled, release.release(), rules.root(), false, FieldPath.ROOT, release);
    }
    return compiled;
  }

  private void mergeObject(
      ObjectNode target,
      JsonNode input,
      MergeRules.Node rule,
      boolean arrayItem,
      FieldPath path,
      DatedRelease source) {
    for (Map.Entry<String, JsonNode> field : input.properties()) {
      String name = field.getKey();
      MergeRules.Node fieldRule = rule.child(name);
      // The id of an object in an id-merged array is its key, set once when the object is added.
      if (fieldRule.omitted() || (arrayItem && name.equals("id"))) {
        continue;
      }
      JsonNode value = field.getValue();
      JsonNode existing = target.get(name);
      switch (FieldKind.of(value, fieldRule)) {
        case NOTHING -> {}
        case REMOVAL -> target.remove(name);
        case LITERAL -> {
          requireKind(existing, fieldRule, FieldKind.LITERAL, path.child(name), source);
          target.set(name, value.isContainer() ? value.deepCopy() : value);
        }
        case OBJECT -> {
          requireKind(existing, fieldRule, FieldKind.OBJECT, path.child(name), source);
          ObjectNode object = existing == null ? OcdsJson.object() : (ObjectNode) existing;
          mergeObject(object, value, fieldRule, false, path.child(name), source);
          // An object left without fields ({"budget": {}}, or all its fields nulled) is dropped.
          if (object.isEmpty()) {
            target.remove(name);
          } else if (existing == null) {
            target.set(name, object);
          }
        }
        case ID_ARRAY -> {
          requireKind(existing, fieldRule, FieldKind.ID_ARRAY, path.child(name), source);
          ArrayNode array = existing == null ? target.putArray(name) : (ArrayNode) existing;
          mergeById(array, value, fieldRule, path.child(name), source);
        }
      }
    }
  }

  private void mergeById(
      ArrayNode target, JsonNode input, MergeRules.Node rule, FieldPath path, DatedRelease source) {
    Map<String, ObjectNode> byId = new HashMap<>();
    for (JsonNode item : target) {
      String key = FieldKind.idKey(item);
      if (key != null) {
        byId.putIfAbsent(key, (ObjectNode) item);
      }
    }
    for (int i = 0; i < input.size(); i++) {
      JsonNode item = input.get(i);
      String key = FieldKind.idKey(item);
      ObjectNode match = key == null ? null : byId.get(key);
      if (match == null) {
        match = target.addObject();
        if (key != null) {
          // The first release's spelling of the id is kept ("1" stays a string if it came first).
          match.set("id", item.get("id").deepCopy());
          byId.put(key, match);
        }
      }
      mergeObject(match, item, rule, true, path.child(i), source);
    }
  }

  private static void requireKind(
      JsonNode existing,
      MergeRules.Node rule,
      FieldKind wanted,
      FieldPath path,
      DatedRelease source) {
    if (existing == null) {
      return;
    }
    FieldKind before = FieldKind.ofMerged(existing, rule);
    if (before != wanted) {
      throw MergeConflict.of(path, source, wanted, before);
    }
  }
}
