package id.terbuka.catalog.domain;

import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import java.util.Map;

/** How a change request names the object it changes (CKAN's rules). */
public final class ObjectReference {
  private ObjectReference() {}

  /**
   * The dataset, organisation or group a change names: {@code id}, or {@code name} when no id is
   * given.
   *
   * @throws InvalidInputException neither is given (reported on {@code id})
   */
  public static String idOrName(Map<String, Object> dict) {
    String ref = Values.text(dict.get("id"));
    if (ref == null) {
      ref = Values.text(dict.get("name"));
    }
    if (ref == null) {
      throw InvalidInputException.of("id", "Missing value");
    }
    return ref;
  }

  /**
   * The reference under {@code key}, trimmed.
   *
   * @throws InvalidInputException it is missing or blank
   */
  public static String required(Map<String, Object> dict, String key) {
    String ref = Values.text(dict.get(key));
    if (ref == null) {
      throw InvalidInputException.of(key, "Missing value");
    }
    return ref;
  }
}
