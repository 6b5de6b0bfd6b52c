package id.terbuka.datastore.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the DataStore's write actions share before any database work: parameter parsing and the
 * read-only rule (a table loaded from a file is read-only unless {@code force} is true, CKAN's
 * rule: the next upload of the file replaces it).
 */
public final class WriteParams {
  private WriteParams() {}

  public static void requireWritable(LiveTable table, boolean force) {
    if (table.fromFile() && !force) {
      throw InvalidInputException.of("force", readOnlyMessage());
    }
  }

  public static String readOnlyMessage() {
    return "This table was loaded from the resource's file and is read-only: upload a new file,"
        + " or pass force=true (the next upload of the file replaces the change)";
  }

  public static List<Object> records(Object raw, FieldErrors errors) {
    if (raw == null) {
      return List.of();
    }
    try {
      return Values.list(raw);
    } catch (Json.MalformedJsonException e) {
      errors.add("records", "Invalid JSON list");
      return List.of();
    }
  }

  public static List<String> names(Object raw, String key, FieldErrors errors) {
    List<String> out = new ArrayList<>();
    Object value = SearchRequest.single(raw);
    if (value == null) {
      return out;
    }
    List<Object> items =
        value instanceof String s && !s.strip().startsWith("[")
            ? List.of((Object[]) s.split(","))
            : Values.list(value);
    for (Object o : items) {
      if (!(o instanceof String s) || s.isBlank()) {
        errors.add(key, "Must be a list of field ids");
        return out;
      }
      out.add(s.strip());
    }
    return out;
  }

  public static boolean flag(Map<String, Object> params, String key, FieldErrors errors) {
    try {
      return Values.bool(SearchRequest.single(params.get(key)), false);
    } catch (IllegalArgumentException e) {
      errors.add(key, "Value must be one of: True, False");
      return false;
    }
  }
}
