package id.terbuka.contracts.validate;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What validation found. At most {@link #LISTED} errors and {@link #LISTED} warnings are listed;
 * the counts are the true totals, so a file with a million problems gives a small report that still
 * says how bad it is.
 *
 * @param additionalFields fields the schema does not define, by path pattern without array indexes
 *     ({@code releases/tender/foo}), with the number of times each occurs
 */
public record ValidationReport(
    List<ValidationIssue> errors,
    long errorCount,
    List<ValidationIssue> warnings,
    long warningCount,
    int releaseCount,
    int ocidCount,
    Map<String, Long> additionalFields) {

  /** Most issues of each kind a report lists. */
  public static final int LISTED = 1000;

  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    additionalFields = Map.copyOf(additionalFields);
  }

  /** True when nothing stops the package being published: warnings alone do not. */
  public boolean valid() {
    return errorCount == 0;
  }

  /** The report as the API returns it (snake_case keys). */
  public ObjectNode toJson() {
    ObjectNode json = OcdsJson.object();
    json.put("valid", valid());
    json.put("error_count", errorCount);
    issues(json.putArray("errors"), errors);
    json.put("warning_count", warningCount);
    issues(json.putArray("warnings"), warnings);
    json.put("release_count", releaseCount);
    json.put("ocid_count", ocidCount);
    ObjectNode fields = json.putObject("additional_fields");
    additionalFields.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> fields.put(e.getKey(), e.getValue()));
    return json;
  }

  private static void issues(ArrayNode target, List<ValidationIssue> issues) {
    for (ValidationIssue issue : issues) {
      target
          .addObject()
          .put("path", issue.path())
          .put("code", issue.code())
          .put("message", issue.message());
    }
  }
}
