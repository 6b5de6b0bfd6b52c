package id.terbuka.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem of an input before failing, so that a client sees all of them at once. */
public final class FieldErrors {
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public FieldErrors add(String field, String message) {
    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  /** Throws {@link InvalidInputException} if any problem was recorded. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
