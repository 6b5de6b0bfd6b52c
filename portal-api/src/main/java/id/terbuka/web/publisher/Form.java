package id.terbuka.web.publisher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as the reader filled it in, with the problems the services found, already in the reader's
 * language, keyed by the form's field names. Re-shown on error so that nothing typed is lost.
 */
public final class Form {
  private final Map<String, List<String>> values;
  private final Map<String, List<String>> errors;
  private final Map<String, String> labelKeys = new LinkedHashMap<>();

  Form(Map<String, List<String>> values, Map<String, List<String>> errors) {
    this.values = values;
    this.errors = errors;
  }

  static Form empty() {
    return new Form(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * A problem in the error summary: the field it belongs to (its input's id is {@code f-name}), the
   * message key of that field's label (null when unknown), and the message.
   */
  public record Problem(String field, String labelKey, String message) {}

  /** The label keys of the fields, so that the summary says which field each problem is about. */
  Form labels(Map<String, String> fieldToLabelKey) {
    labelKeys.putAll(fieldToLabelKey);
    return this;
  }

  Form set(String field, String value) {
    values.put(field, value == null ? List.of() : List.of(value));
    return this;
  }

  Form setAll(String field, List<String> list) {
    values.put(field, List.copyOf(list));
    return this;
  }

  Form error(String field, String message) {
    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    return this;
  }

  /** The field's (first) value, empty when none. */
  public String value(String field) {
    List<String> v = values.get(field);
    return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  /** Whether a checkbox or option with this value is chosen. */
  public boolean chosen(String field, String value) {
    List<String> v = values.get(field);
    return v != null && v.contains(value);
  }

  public List<String> errors(String field) {
    return errors.getOrDefault(field, List.of());
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Every problem, in the order found, for the summary at the top of the form. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    errors.forEach(
        (field, messages) ->
            messages.forEach(m -> out.add(new Problem(field, labelKeys.get(field), m))));
    return out;
  }

  /**
   * The ids an input's {@code aria-describedby} names: its hint and its error message, when shown;
   * null (no attribute) when neither.
   */
  public String describedBy(String field, boolean hasHint) {
    String ids =
        ((hasHint ? "h-" + field + " " : "") + (invalid(field) ? "e-" + field : "")).trim();
    return ids.isEmpty() ? null : ids;
  }

  /** {@code aria-invalid}'s value: "true" or null (no attribute). */
  public String ariaInvalid(String field) {
    return invalid(field) ? "true" : null;
  }
}
