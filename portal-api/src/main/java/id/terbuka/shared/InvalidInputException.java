package id.terbuka.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule, with every problem found keyed by field (CKAN's "Validation Error"
 * shape: field to list of messages).
 */
public class InvalidInputException extends RuntimeException {
  private final Map<String, List<String>> errors;

  public InvalidInputException(Map<String, List<String>> errors) {
    super("Invalid input: " + errors);
    this.errors = new LinkedHashMap<>(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(Map.of(field, List.of(message)));
  }

  public Map<String, List<String>> errors() {
    return errors;
  }
}
