package id.terbuka.contracts.merge;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Folds sorted releases into a versioned release: every literal field becomes its history, a list
 * of {@code {releaseID, releaseDate, releaseTag, value}} with a new entry only when the value
 * changes.
 *
 * <p>Objects and id-merged arrays keep their shape; the {@code id} of an object in an id-merged
 * array is its key and stays a plain value, like the top-level {@code ocid}; every other {@code id}
 * (such as {@code tender/id}) is versioned. A {@code null} adds a {@code null} version to the field
 * it removes, and to every field below it when it removes an object or an array, so the latest
 * non-null values of a versioned release are always its compiled release.
 *
 * <p>The history is built in a small model of its own (objects, id-merged arrays, histories) and
 * written out as JSON at the end, so an array of versions is never mistaken for merged data.
 */
final class VersionedMerge {

  private final MergeRules rules;

  VersionedMerge(MergeRules rules) {
    this.rules = rules;
  }

  ObjectNode versioned(List<DatedRelease> sorted) {
    Merged root = new Merged();
    for (DatedRelease release : sorted) {
      root.merge(release.release(), rules.root(), true, FieldPath.ROOT, release);
    }
    ObjectNode versioned = OcdsJson.object();
    versioned.put("ocid", sorted.get(sorted.size() - 1).ocid());
    root.writeFields(versioned);
    return versioned;
  }

  /** A part of the versioned release under construction. */
  private sealed interface Part permits Merged, MergedArray, History {
    /** Records that {@code source} removed this part (a null on it or on a parent). */
    void remove(DatedRelease source);

    JsonNode toJson();

    FieldKind kind();
  }

  /** An object: the top-level release, an object field, or an item of an id-merged array. */
  private static final class Merged implements Part {
    private final boolean arrayItem;
    private final JsonNode id;
    private final Map<String, Part> fields = new LinkedHashMap<>();

    /** A top-level or field object. */
    Merged() {
      this(false, null);
    }

    /** An item of an id-merged array, whose id (null when it has none) is kept as first written. */
    Merged(boolean arrayItem, JsonNode id) {
      this.arrayItem = arrayItem;
      this.id = id;
    }

    void merge(
        JsonNode input,
        MergeRules.Node rule,
        boolean topLevel,
        FieldPath path,
        DatedRelease source) {
      for (Map.Entry<String, JsonNode> field : input.properties()) {
        String name = field.getKey();
        MergeRules.Node fieldRule = rule.child(name);
        boolean plainValue = topLevel ? name.equals("ocid") : arrayItem && name.equals("id");
        if (fieldRule.omitted() || plainValue) {
          continue;
        }
        mergeField(name, field.getValue(), fieldRule, path.child(name), source);
      }
    }

    private void mergeField(
        String name, JsonNode value, MergeRules.Node rule, FieldPath path, DatedRelease source) {
      Part existing = fields.get(name);
      FieldKind kind = FieldKind.of(value, rule);
      switch (kind) {
        case NOTHING -> {}
        case REMOVAL -> {
          if (existing != null) {
            existing.remove(source);
          } else if (!rule.structured()) {
            // A literal field set to null from the start: its history begins with null.
            History history = new History();
            history.add(source, value);
            fields.put(name, history);
          }
        }
        case LITERAL -> {
          History history = existingOrNew(existing, kind, path, source, History::new);
          history.add(source, value);
          fields.putIfAbsent(name, history);
        }
        case OBJECT -> {
          Merged object = existingOrNew(existing, kind, path, source, Merged::new);
          object.merge(value, rule, false, path, source);
          if (!object.fields.isEmpty()) {
            // Like the compiled release, an object that brought no field ({"budget": {}}) is
            // left out.
            fields.putIfAbsent(name, object);
          }
        }
        case ID_ARRAY -> {
          MergedArray array = existingOrNew(existing, kind, path, source, MergedArray::new);
          array.merge(value, rule, path, source);
          fields.putIfAbsent(name, array);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Part> T existingOrNew(
        Part existing, FieldKind wanted, FieldPath path, DatedRelease source, Supplier<T> create) {
      if (existing == null) {
        return create.get();
      }
      if (existing.kind() != wanted) {
        throw MergeConflict.of(path, source, wanted, existing.kind());
      }
      return (T) existing;
    }

    @Override
    public void remove(DatedRelease source) {
      fields.values().forEach(part -> part.remove(source));
    }

    @Override
    public JsonNode toJson() {
      ObjectNode object = OcdsJson.object();
      writeFields(object);
      return object;
    }

    void writeFields(ObjectNode target) {
      if (id != null) {
        target.set("id", id.deepCopy());
      }
      fields.forEach((name, part) -> target.set(name, part.toJson()));
    }

    @Override
    public FieldKind kind() {
      return FieldKind.OBJECT;
    }
  }

  /** An array of objects merged by id, in the order the ids first appeared. */
  private static final class MergedArray implements Part {
    private final List<Merged> items = new ArrayList<>();
    private final Map<String, Merged> byId = new HashMap<>();

    void merge(JsonNode input, MergeRules.Node rule, FieldPath path, DatedRelease source) {
      for (int i = 0; i < input.size(); i++) {
        JsonNode item = input.get(i);
        String key = FieldKind.idKey(item);
        Merged match = key == null ? null : byId.get(key);
        if (match == null) {
          // Without an id an object cannot be matched later, so it is always a new one.
          match = new Merged(true, key == null ? null : item.get("id"));
          items.add(match);
          if (key != null) {
            byId.put(key, match);
          }
        }
        match.merge(item, rule, false, path.child(i), source);
      }
    }

    @Override
    public void remove(DatedRelease source) {
      items.forEach(item -> item.remove(source));
    }

    @Override
    public JsonNode toJson() {
      ArrayNode array = OcdsJson.mapper().createArrayNode();
      items.forEach(item -> array.add(item.toJson()));
      return array;
    }

    @Override
    public FieldKind kind() {
      return FieldKind.ID_ARRAY;
    }
  }

  /** The values a literal field (or a list replaced whole) took, oldest first. */
  private static final class History implements Part {
    private final List<DatedRelease> sources = new ArrayList<>();
    private final List<JsonNode> values = new ArrayList<>();

    void add(DatedRelease source, JsonNode value) {
      if (!values.isEmpty() && FieldKind.sameValue(values.get(values.size() - 1), value)) {
        return;
      }
      sources.add(source);
      values.add(value);
    }

    @Override
    public void remove(DatedRelease source) {
      add(source, NullNode.getInstance());
    }

    @Override
    public JsonNode toJson() {
      ArrayNode versions = OcdsJson.mapper().createArrayNode();
      for (int i = 0; i < values.size(); i++) {
        DatedRelease source = sources.get(i);
        JsonNode value = values.get(i);
        ObjectNode version = versions.addObject();
        version.set("releaseID", orNull(source.releaseId()));
        version.put("releaseDate", source.date());
        version.set("releaseTag", orNull(source.tag()).deepCopy());
        version.set("value", value.isContainer() ? value.deepCopy() : value);
      }
      return versions;
    }

    @Override
    public FieldKind kind() {
      return FieldKind.LITERAL;
    }

    /** A release without id or tag gets a null there, as in the reference implementation. */
    private static JsonNode orNull(JsonNode node) {
      return node.isMissingNode() ? NullNode.getInstance() : node;
    }
  }
}
