package id.terbuka.contracts.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How each field of a release merges, read from the custom keywords of a release schema.
 *
 * <p>JSON Schema validators ignore {@code omitWhenMerged} and {@code wholeListMerge}, so they are
 * read here, along with the shape of each array: an array whose items are not objects, or are
 * objects without an {@code id} property, is replaced whole like a literal; an array of objects
 * with an {@code id} merges item by item. Rules are keyed by field path without array positions
 * ({@code awards/items/classification}); a field the schema does not know has no rule and merges by
 * the shape of its value. Immutable once built.
 */
public final class MergeRules {

  /** What the schema says about one field. */
  public enum Strategy {
    /** Release metadata ({@code id}, {@code date}, {@code tag}): dropped when merging. */
    OMIT,
    /** Replaced whole, like a literal value. */
    WHOLE_LIST,
    /** An array of objects merged by their {@code id}. */
    MERGE_BY_ID,
    /** No special rule: objects merge field by field, literals are replaced. */
    DEFAULT
  }

  /** The rule of one field and of the fields below it. */
  public static final class Node {
    static final Node NONE = new Node(Strategy.DEFAULT, Map.of());

    private final Strategy strategy;
    private final Map<String, Node> children;

    private Node(Strategy strategy, Map<String, Node> children) {
      this.strategy = strategy;
      this.children = children;
    }

    /** The rule of a field below this one; {@link #NONE}-like when the schema does not know it. */
    public Node child(String name) {
      Node found = children.get(name);
      return found == null ? NONE : found;
    }

    public Strategy strategy() {
      return strategy;
    }

    /** Whether the schema declares this field as an object or an array of objects with an id. */
    boolean structured() {
      return !children.isEmpty();
    }

    boolean omitted() {
      return strategy == Strategy.OMIT;
    }

    boolean wholeList() {
      return strategy == Strategy.WHOLE_LIST;
    }
  }

  private final Node root;

  private MergeRules(Node root) {
    this.root = root;
  }

  /** The rules of the top-level fields of a release. */
  public Node root() {
    return root;
  }

  /**
   * The rule of a field path such as {@code parties/additionalIdentifiers} (no array positions).
   */
  public Strategy strategyAt(String path) {
    Node node = root;
    for (String part : path.split("/")) {
      node = node.child(part);
    }
    return node.strategy();
  }

  /**
   * Reads the rules from a release schema. Only {@code $ref}s inside the same document ({@code
   * #/definitions/...}) are followed, which is how the OCDS release schema refers to its parts.
   *
   * @throws IllegalArgumentException when the schema has no top-level {@code properties} or a
   *     {@code $ref} points outside it
   */
  public static MergeRules fromReleaseSchema(JsonNode schema) {
    JsonNode properties = schema.get("properties");
    if (properties == null || !properties.isObject()) {
      throw new IllegalArgumentException("the release schema has no top-level properties");
    }
    return new MergeRules(
        new Node(Strategy.DEFAULT, new Reader(schema).children(properties, new ArrayDeque<>())));
  }

  /** Walks the schema once, following references, and builds the rule tree. */
  private static final class Reader {
    private final JsonNode schema;

    Reader(JsonNode schema) {
      this.schema = schema;
    }

    Map<String, Node> children(JsonNode properties, Deque<String> refsInProgress) {
      Map<String, Node> children = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        children.put(property.getKey(), node(property.getValue(), refsInProgress));
      }
      return Collections.unmodifiableMap(children);
    }

    private Node node(JsonNode declared, Deque<String> refsInProgress) {
      String ref = refOf(declared);
      if (ref != null && refsInProgress.contains(ref)) {
        // A schema that refers to itself: stop here; deeper fields merge by the shape of the data.
        return Node.NONE;
      }
      if (ref != null) {
        refsInProgress.push(ref);
      }
      try {
        return nodeOf(resolve(declared), refsInProgress);
      } finally {
        if (ref != null) {
          refsInProgress.pop();
        }
      }
    }

    private Node nodeOf(JsonNode field, Deque<String> refsInProgress) {
      List<String> types = typesOf(field);
      if (field.path("omitWhenMerged").asBoolean(false)) {
        return new Node(Strategy.OMIT, Map.of());
      }
      if (types.contains("array") && field.path("wholeListMerge").asBoolean(false)) {
        return new Node(Strategy.WHOLE_LIST, Map.of());
      }
      if (types.contains("object") && field.has("properties")) {
        return new Node(Strategy.DEFAULT, children(field.get("properties"), refsInProgress));
      }
      if (types.contains("array") && field.has("items")) {
        return arrayNode(field.get("items"), refsInProgress);
      }
      return Node.NONE;
    }

    private Node arrayNode(JsonNode declaredItems, Deque<String> refsInProgress) {
      String ref = refOf(declaredItems);
      if (ref != null && refsInProgress.contains(ref)) {
        return Node.NONE;
      }
      if (ref != null) {
        refsInProgress.push(ref);
      }
      try {
        JsonNode items = resolve(declaredItems);
        List<String> itemTypes = typesOf(items);
        if (itemTypes.stream().anyMatch(type -> !type.equals("object"))) {
          return new Node(Strategy.WHOLE_LIST, Map.of());
        }
        if (itemTypes.contains("object") && items.has("properties")) {
          JsonNode itemProperties = items.get("properties");
          if (!itemProperties.has("id")) {
            return new Node(Strategy.WHOLE_LIST, Map.of());
          }
          return new Node(Strategy.MERGE_BY_ID, children(itemProperties, refsInProgress));
        }
        return Node.NONE;
      } finally {
        if (ref != null) {
          refsInProgress.pop();
        }
      }
    }

    private static String refOf(JsonNode field) {
      JsonNode ref = field.get("$ref");
      return ref != null && ref.isString() ? ref.stringValue() : null;
    }

    /** The schema a field stands for: its {@code $ref} target, else itself. */
    private JsonNode resolve(JsonNode field) {
      String ref = refOf(field);
      if (ref == null) {
        return field;
      }
      if (!ref.startsWith("#")) {
        throw new IllegalArgumentException(
            "the release schema refers outside itself (" + ref + "); only #/... is supported");
      }
      JsonNode target = schema.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw new IllegalArgumentException("the release schema's $ref " + ref + " points nowhere");
      }
      return target;
    }

    private static List<String> typesOf(JsonNode field) {
      JsonNode type = field.get("type");
      List<String> types = new ArrayList<>();
      if (type == null) {
        return types;
      }
      if (type.isString()) {
        types.add(type.stringValue());
      } else {
        type.forEach(t -> types.add(t.asString()));
      }
      return types;
    }
  }
}
