package id.terbuka.contracts.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates OCDS 1.1 packages against the bundled 1.1.5 schemas, offline, and (for release
 * packages) the Data Review Tool's further checks. Errors: JSON Schema, {@code duplicate_release},
 * {@code ocid_prefix}, {@code missing_id}, {@code invalid_json}. Warnings: {@code empty_value},
 * {@code additional_field}, {@code deprecated_field}, {@code additional_codelist_value}.
 *
 * <p>Building one loads and compiles the schemas and codelists (a fraction of a second); it is
 * immutable and thread-safe, so one instance serves every request ({@link #bundled()}).
 */
public final class OcdsValidator {

  private static final class Holder {
    static final OcdsValidator BUNDLED = new OcdsValidator();
  }

  private final BundledSchemas schemas;
  private final SchemaErrors schemaErrors;
  private final StructureChecks releasePackageStructure;

  private OcdsValidator() {
    this.schemas = BundledSchemas.load();
    this.schemaErrors = new SchemaErrors(schemas);
    this.releasePackageStructure =
        new StructureChecks(FieldRules.bundled(BundledSchemas.RELEASE_PACKAGE));
  }

  /** The validator of the bundled OCDS 1.1.5 schemas, built on first use and then shared. */
  public static OcdsValidator bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Validates a release package given as bytes; text that is not JSON gives one {@code
   * invalid_json} error.
   */
  public ValidationReport validateReleasePackage(byte[] json) {
    return readReleasePackage(json).report();
  }

  /**
   * A release package read from bytes: its report, and the tree it was checked on (null when the
   * bytes are not JSON), so a caller that goes on to store it does not parse it twice.
   */
  public record Read(ValidationReport report, JsonNode tree) {}

  /** Parses and validates a release package given as bytes (see {@link Read}). */
  public Read readReleasePackage(byte[] json) {
    JsonInput.Parsed parsed = JsonInput.parse(json);
    if (parsed.problem() != null) {
      return new Read(single(parsed.problem()), null);
    }
    return new Read(validateReleasePackage(parsed.tree()), parsed.tree());
  }

  /** Validates a release package: the schema, then the further checks on its releases. */
  public ValidationReport validateReleasePackage(JsonNode releasePackage) {
    ValidationIssue shape = packageShape(releasePackage, "releases", "release package");
    if (shape != null) {
      return single(shape);
    }
    StructureChecks.Findings structure = releasePackageStructure.check(releasePackage);
    ReleaseIdentities identities = ReleaseIdentities.of(releasePackage.get("releases"));
    IssueList errors =
        schemaErrors.issues(schemas.validateReleasePackage(releasePackage), structure.missingIds);
    errors.addAll(identities.errors());
    errors.addAll(structure.errors);
    return new ValidationReport(
        errors.listed(),
        errors.count(),
        structure.warnings.listed(),
        structure.warnings.count(),
        identities.releaseCount(),
        identities.ocidCount(),
        structure.additionalFields);
  }

  /**
   * Validates a record package against the record package schema (compiled, versioned and linked or
   * embedded releases). The further checks are for release packages, where publishers make their
   * mistakes; a record package is compiled from those.
   */
  public ValidationReport validateRecordPackage(JsonNode recordPackage) {
    ValidationIssue shape = packageShape(recordPackage, "records", "record package");
    if (shape != null) {
      return single(shape);
    }
    IssueList errors = schemaErrors.issues(schemas.validateRecordPackage(recordPackage), Set.of());
    JsonNode records = recordPackage.get("records");
    Set<String> ocids = new HashSet<>();
    int releases = 0;
    for (JsonNode record : records) {
      if (record.path("ocid").isString()) {
        ocids.add(record.get("ocid").asString());
      }
      releases += record.path("releases").isArray() ? record.get("releases").size() : 0;
    }
    return new ValidationReport(
        errors.listed(), errors.count(), List.of(), 0, releases, ocids.size(), Map.of());
  }

  /**
   * One clear error for a document that is no package at all, instead of a page of schema errors
   * about its missing metadata.
   */
  private static ValidationIssue packageShape(JsonNode document, String list, String kind) {
    if (document == null || !document.isObject()) {
      return new ValidationIssue(
          "", "not_object", "a " + kind + " must be a JSON object with a '" + list + "' array");
    }
    JsonNode items = document.get(list);
    if (items == null || !items.isArray()) {
      String hint = "";
      if (list.equals("releases") && document.has("records")) {
        hint = " (this looks like a record package)";
      } else if (list.equals("records") && document.has("releases")) {
        hint = " (this looks like a release package)";
      } else if (document.has("ocid")) {
        hint = " (this looks like a single release: put it in a package's '" + list + "')";
      }
      String problem =
          items == null ? "has no '" + list + "' array" : "'" + list + "' is not an array";
      return new ValidationIssue("/" + list, "no_" + list, "the " + kind + " " + problem + hint);
    }
    return null;
  }

  private static ValidationReport single(ValidationIssue error) {
    return new ValidationReport(List.of(error), 1, List.of(), 0, 0, 0, Map.of());
  }
}
