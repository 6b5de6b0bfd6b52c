package id.terbuka.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of a data dict by the JSON type their schema gives them, as CKAN's validators
 * do: a value of another type (a list where a string belongs, a number for a name, one string where
 * a list belongs) is a problem recorded for that field, never coerced. Form and query values are
 * strings, and a repeated form key is a list: both fit these rules as they are.
 */
public final class TypedFields {
  private TypedFields() {}

  /** A text field, trimmed (blank is null); anything but a string is recorded as a problem. */
  public static String text(Map<String, ?> dict, String key, FieldErrors errors) {
    Object value = dict.get(key);
    return isText(value, key, errors) ? Values.text(value) : null;
  }

  /** A text field kept as written (descriptions, notes); only strings are accepted. */
  public static String rawText(Map<String, ?> dict, String key, FieldErrors errors) {
    Object value = dict.get(key);
    return isText(value, key, errors) ? Values.rawText(value) : null;
  }

  /**
   * A list field: a JSON array, repeated form keys, or a JSON array written in a string (CKAN
   * accepts that in forms). Absent is empty; a lone string or object is recorded as a problem.
   */
  public static List<Object> list(Map<String, ?> dict, String key, FieldErrors errors) {
    Object value = dict.get(key);
    if (value == null
        || value instanceof Collection<?>
        || (value instanceof String s && s.strip().startsWith("["))
        || (value instanceof String blank && blank.isBlank())) {
      return Values.list(value instanceof String s && s.isBlank() ? null : value);
    }
    errors.add(key, "Must be a list, not " + kind(value));
    return List.of();
  }

  private static boolean isText(Object value, String key, FieldErrors errors) {
    if (value == null || value instanceof String) {
      return true;
    }
    errors.add(key, "Must be a string, not " + kind(value));
    return false;
  }

  /** The JSON type of a parsed value, as a reader of the message would name it. */
  static String kind(Object value) {
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof Collection<?>) {
      return "a list";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "true/false";
    }
    return "a string";
  }

  /**
   * A boolean parameter (CKAN's {@code asbool} words, any case), or {@code fallback} when absent;
   * anything else is a problem of that field.
   */
  public static boolean bool(Map<String, ?> params, String key, boolean fallback) {
    try {
      return Values.bool(params.get(key), fallback);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(key, "Value must be one of: True, False");
    }
  }

  /** An integer parameter, or {@code fallback} when absent; anything else is a problem. */
  public static int integer(Map<String, ?> params, String key, int fallback) {
    try {
      return Values.integer(params.get(key), fallback);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(key, "Invalid integer");
    }
  }

  /** Records a problem when {@code value} is longer than the column that stores it. */
  public static void maxLength(String value, int max, String key, FieldErrors errors) {
    if (value != null && value.length() > max) {
      errors.add(key, "Must be a maximum of " + max + " characters long");
    }
  }
}
