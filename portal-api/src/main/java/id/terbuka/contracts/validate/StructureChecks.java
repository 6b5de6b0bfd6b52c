package id.terbuka.contracts.validate;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The Data Review Tool's checks that follow the schema's structure but that JSON Schema cannot
 * express: one walk over the package beside its {@link FieldRule}s finds empty values, additional
 * and deprecated fields, values outside open codelists and objects without {@code id} in arrays
 * merged by id. Thread-safe: every call walks with its own {@link Findings}.
 */
final class StructureChecks {

  /** What one walk found. */
  static final class Findings {
    final IssueList errors = new IssueList();
    final IssueList warnings = new IssueList();
    final Map<String, Long> additionalFields = new TreeMap<>();

    /** Pointers of the missing ids reported, so the schema's own "required" is not said twice. */
    final Set<String> missingIds = new HashSet<>();
  }

  private final FieldRule root;

  StructureChecks(FieldRule root) {
    this.root = root;
  }

  Findings check(JsonNode document) {
    Findings findings = new Findings();
    visit(document, root, Location.ROOT, findings);
    return findings;
  }

  /** Visits a value; {@code rule} is null inside fields the schema does not define. */
  private void visit(JsonNode node, FieldRule rule, Location at, Findings findings) {
    if (node.isString()) {
      if (node.asString().isEmpty()) {
        findings.warnings.add(at.pointer(), "empty_value", "empty string should be omitted");
      }
    } else if (node.isObject()) {
      if (node.isEmpty()) {
        findings.warnings.add(at.pointer(), "empty_value", "empty object should be omitted");
      }
      visitFields(node, rule, at, findings);
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        findings.warnings.add(at.pointer(), "empty_value", "empty array should be omitted");
      }
      visitItems(node, rule, at, findings);
    }
  }

  private void visitFields(JsonNode object, FieldRule rule, Location at, Findings findings) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      Location here = at.field(name);
      FieldRule child = rule == null ? null : rule.field(name);
      if (rule != null && child == null && rule.declaresFields()) {
        findings.warnings.add(
            here.pointer(),
            "additional_field",
            Quoted.text(name) + " is not defined in the OCDS schema");
        findings.additionalFields.merge(here.pattern(), 1L, Long::sum);
      }
      if (child != null && !value.isNull()) {
        if (child.deprecatedSince() != null) {
          findings.warnings.add(
              here.pointer(),
              "deprecated_field",
              Quoted.text(name) + " is deprecated since OCDS " + child.deprecatedSince());
        }
        if (child.openCodelist() != null) {
          checkCodes(value, child, here, findings);
        }
      }
      visit(value, child, here, findings);
    }
  }

  private void visitItems(JsonNode array, FieldRule rule, Location at, Findings findings) {
    FieldRule items = rule == null ? null : rule.items();
    boolean mergedById = rule != null && rule.mergedById();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      Location here = at.index(i);
      if (mergedById && item.isObject() && lacksId(item)) {
        String pointer = here.field("id").pointer();
        findings.missingIds.add(pointer);
        findings.errors.add(
            pointer,
            "missing_id",
            "object in "
                + Quoted.text(at.nearestName())
                + " has no id; objects in this array are merged by id");
      }
      visit(item, items, here, findings);
    }
  }

  private static boolean lacksId(JsonNode item) {
    JsonNode id = item.get("id");
    return id == null || id.isNull();
  }

  /** An open codelist's value (or each value of a list of codes) outside the bundled codelist. */
  private static void checkCodes(JsonNode value, FieldRule rule, Location at, Findings findings) {
    if (value.isString()) {
      checkCode(value.asString(), rule, at, findings);
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isString()) {
          checkCode(value.get(i).asString(), rule, at.index(i), findings);
        }
      }
    }
  }

  private static void checkCode(String code, FieldRule rule, Location at, Findings findings) {
    if (!code.isEmpty() && !rule.inOpenCodelist(code)) {
      findings.warnings.add(
          at.pointer(),
          "additional_codelist_value",
          Quoted.text(code) + " is not in the open " + rule.openCodelist() + " codelist");
    }
  }
}
