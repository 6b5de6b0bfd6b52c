package id.terbuka.contracts.validate;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON Schema validator's errors into report issues: a stable code per kind of error
 * ({@code required}, {@code type}, {@code enum}, {@code format_date_time}, {@code format_uri},
 * {@code pattern}, {@code min_items}, ...), a JSON Pointer and a short message. A closed-codelist
 * error names its codelist instead of listing every code.
 *
 * <p>When a {@code oneOf} fails (a record's {@code releases} are either linked or embedded), the
 * validator reports every branch's errors; only the branch that came closest is kept, since its
 * errors are the ones the publisher meant to fix.
 */
final class SchemaErrors {

  private static final int LONGEST_LISTED_ENUM = 10;

  private final BundledSchemas schemas;

  SchemaErrors(BundledSchemas schemas) {
    this.schemas = schemas;
  }

  /**
   * The issues of a validation, in the validator's order.
   *
   * @param alreadyReported pointers whose {@code required} error another check reported better
   */
  IssueList issues(List<Error> errors, Set<String> alreadyReported) {
    IssueList issues = new IssueList();
    for (Error error : closestBranches(errors)) {
      ValidationIssue issue = issue(error);
      if (!(issue.code().equals("required") && alreadyReported.contains(issue.path()))) {
        issues.add(issue);
      }
    }
    return issues;
  }

  ValidationIssue issue(Error error) {
    String path = error.getInstanceLocation().toString();
    JsonNode value = error.getInstanceNode();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    return switch (keyword) {
      case "required" -> required(error, path, args);
      case "type" ->
          new ValidationIssue(
              path,
              "type",
              "expected " + expectedTypes(error.getSchemaNode()) + ", got " + jsonType(value));
      case "enum" -> new ValidationIssue(path, "enum", enumMessage(error, value));
      case "format" -> formatIssue(path, args.length > 0 ? String.valueOf(args[0]) : "", value);
      case "pattern" ->
          new ValidationIssue(
              path,
              "pattern",
              Quoted.value(value)
                  + " does not match the pattern "
                  + error.getSchemaNode().asString());
      case "minItems" -> atLeast(path, "min_items", error.getSchemaNode().asInt(), "item");
      case "uniqueItems" ->
          new ValidationIssue(path, "unique_items", "has the same item more than once");
      case "minLength" -> atLeast(path, "min_length", error.getSchemaNode().asInt(), "character");
      case "oneOf" ->
          new ValidationIssue(
              path, "one_of", "does not match exactly one of the forms the schema allows");
      default -> new ValidationIssue(path, snakeCase(keyword), shorten(error.getMessage()));
    };
  }

  private static ValidationIssue required(Error error, String path, Object[] args) {
    String property = error.getProperty() != null ? error.getProperty() : String.valueOf(args[0]);
    return new ValidationIssue(
        path + "/" + Location.escape(property), "required", Quoted.text(property) + " is missing");
  }

  private static ValidationIssue atLeast(String path, String code, int least, String unit) {
    return new ValidationIssue(
        path, code, "needs at least " + least + " " + unit + (least == 1 ? "" : "s"));
  }

  private String enumMessage(Error error, JsonNode value) {
    String location = error.getSchemaLocation().toString();
    String owner = location.replaceFirst("/enum$", "").replaceFirst("/items$", "");
    JsonNode field = schemas.node(owner);
    String codelist = field.path("codelist").asString("");
    if (!codelist.isEmpty()) {
      String name =
          codelist.endsWith(".csv") ? codelist.substring(0, codelist.length() - 4) : codelist;
      return Quoted.value(value) + " is not in the closed " + name + " codelist";
    }
    JsonNode allowed = error.getSchemaNode();
    if (allowed != null && allowed.isArray() && allowed.size() <= LONGEST_LISTED_ENUM) {
      List<String> values = new ArrayList<>();
      allowed.forEach(v -> values.add(v.isNull() ? "null" : v.asString()));
      return Quoted.value(value) + " is not one of " + String.join(", ", values);
    }
    return Quoted.value(value) + " is not an allowed value";
  }

  private static ValidationIssue formatIssue(String path, String format, JsonNode value) {
    return switch (format) {
      case "date-time" ->
          new ValidationIssue(
              path,
              "format_date_time",
              Quoted.value(value)
                  + " is not a date-time with a time zone offset, e.g. 2024-03-01T09:00:00+07:00");
      case "uri" ->
          new ValidationIssue(
              path,
              "format_uri",
              Quoted.value(value) + " is not an absolute URI, e.g. https://...");
      default ->
          new ValidationIssue(
              path,
              "format_" + format.replace('-', '_'),
              Quoted.value(value) + " is not a valid " + format);
    };
  }

  private static String expectedTypes(JsonNode typeNode) {
    if (typeNode == null) {
      return "another type";
    }
    if (typeNode.isArray()) {
      List<String> types = new ArrayList<>();
      typeNode.forEach(t -> types.add(t.asString()));
      return String.join(" or ", types);
    }
    return typeNode.asString();
  }

  private static String jsonType(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    return switch (value.getNodeType()) {
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      case ARRAY -> "array";
      case OBJECT -> "object";
      default -> value.getNodeType().name().toLowerCase();
    };
  }

  static String snakeCase(String keyword) {
    StringBuilder code = new StringBuilder();
    for (char c : keyword.toCharArray()) {
      if (Character.isUpperCase(c)) {
        code.append('_').append(Character.toLowerCase(c));
      } else {
        code.append(c);
      }
    }
    return code.isEmpty() ? "schema" : code.toString();
  }

  private static String shorten(String message) {
    String text = message == null ? "does not match the schema" : message;
    return text.length() > 200 ? text.substring(0, 197) + "..." : text;
  }

  /**
   * The errors with each failed {@code oneOf} replaced by the errors of its closest branch (fewest
   * errors; the first on a tie). A {@code oneOf} without branch errors (more than one branch
   * matched) stays as it is.
   */
  static List<Error> closestBranches(List<Error> errors) {
    // Failed oneOfs by the instance they apply to; identity maps, since equal errors can repeat.
    Map<String, List<Error>> oneOfsAt = new HashMap<>();
    for (Error e : errors) {
      if ("oneOf".equals(e.getKeyword())) {
        oneOfsAt.computeIfAbsent(instance(e), i -> new ArrayList<>()).add(e);
      }
    }
    if (oneOfsAt.isEmpty()) {
      return errors;
    }
    Map<Error, Map<String, List<Error>>> branches = new IdentityHashMap<>();
    Set<Error> inBranches = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Error e : errors) {
      Error owner = owningOneOf(e, oneOfsAt);
      if (owner != null) {
        inBranches.add(e);
        String rest = evaluation(e).substring(evaluation(owner).length() + 1);
        int slash = rest.indexOf('/');
        String branch = slash < 0 ? rest : rest.substring(0, slash);
        branches
            .computeIfAbsent(owner, o -> new TreeMap<>())
            .computeIfAbsent(branch, b -> new ArrayList<>())
            .add(e);
      }
    }
    Set<Error> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map<String, List<Error>> byBranch : branches.values()) {
      List<Error> closest = null;
      for (List<Error> branchErrors : byBranch.values()) {
        if (closest == null || branchErrors.size() < closest.size()) {
          closest = branchErrors;
        }
      }
      kept.addAll(closest);
    }
    List<Error> result = new ArrayList<>();
    for (Error e : errors) {
      boolean replaced = branches.containsKey(e) || inBranches.contains(e);
      if (!replaced || kept.contains(e)) {
        result.add(e);
      }
    }
    return result;
  }

  /**
   * The innermost failed {@code oneOf} whose branches include this error, or null: a {@code oneOf}
   * at this error's instance or above it, whose evaluation path leads to this error's.
   */
  private static Error owningOneOf(Error e, Map<String, List<Error>> oneOfsAt) {
    String evaluation = evaluation(e);
    Error owner = null;
    String at = instance(e);
    while (true) {
      for (Error o : oneOfsAt.getOrDefault(at, List.of())) {
        String oneOfEvaluation = evaluation(o);
        if (o != e
            && evaluation.startsWith(oneOfEvaluation + "/")
            && (owner == null || oneOfEvaluation.length() > evaluation(owner).length())) {
          owner = o;
        }
      }
      if (at.isEmpty()) {
        return owner;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  private static String instance(Error e) {
    return e.getInstanceLocation().toString();
  }

  private static String evaluation(Error e) {
    return e.getEvaluationPath().toString();
  }
}
