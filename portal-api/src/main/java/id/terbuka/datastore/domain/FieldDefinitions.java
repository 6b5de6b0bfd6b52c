package id.terbuka.datastore.domain;

import id.terbuka.datastore.load.ColumnType;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Json;
import id.terbuka.shared.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code datastore_create}'s {@code fields}: column ids, optional types and data dictionary {@code
 * info}, checked as CKAN does (no leading underscore, no double quote, at most 63 bytes, each once)
 * and with the dictionary keys limited to what the portal shows.
 */
public final class FieldDefinitions {
  /** The dictionary keys kept: CKAN's label, notes and type_override. */
  public static final Set<String> INFO_KEYS = Set.of("label", "notes", "type_override");

  /** One entry of {@code fields}; {@code type} null when not given. */
  public record Definition(String id, String type, Map<String, Object> info) {}

  private FieldDefinitions() {}

  public static List<Definition> parse(Object raw, FieldErrors errors) {
    List<Definition> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    List<Object> items;
    try {
      items = Values.list(raw);
    } catch (Json.MalformedJsonException e) {
      errors.add("fields", "Invalid JSON list");
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "fields[" + i + "]";
      if (!(items.get(i) instanceof Map<?, ?> m)) {
        errors.add("fields", at + ": must be an object with an \"id\"");
        continue;
      }
      String id = m.get("id") instanceof String s ? s : null;
      String problem = idProblem(id);
      if (problem != null) {
        errors.add("fields", at + ": " + problem);
        continue;
      }
      if (!seen.add(id)) {
        errors.add("fields", at + ": field \"" + id + "\" is given twice");
      }
      String type = null;
      if (m.get("type") != null) {
        ColumnType t = ColumnType.fromOverride(String.valueOf(m.get("type")));
        if (t == null) {
          errors.add("fields", at + ": unsupported type \"" + m.get("type") + "\"; " + TYPES);
        } else {
          type = t.postgresName();
        }
      }
      out.add(new Definition(id, type, info(m.get("info"), at, errors)));
    }
    return out;
  }

  public static final String TYPES = "use one of: text, int, numeric, date, timestamp, bool";

  /** Null when the id may name a column, else why not. */
  public static String idProblem(String id) {
    if (id == null || id.isBlank()) {
      return "\"id\" is missing";
    }
    if (id.startsWith("_")) {
      return "field \"" + id + "\" may not start with an underscore";
    }
    if (id.indexOf('"') >= 0 || id.indexOf('\0') >= 0 || id.indexOf('%') >= 0) {
      return "field \"" + id + "\" may not contain double quotes, % or NUL";
    }
    if (id.getBytes(StandardCharsets.UTF_8).length > 63) {
      return "field \"" + id + "\" is longer than 63 bytes";
    }
    return null;
  }

  private static Map<String, Object> info(Object raw, String at, FieldErrors errors) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    if (!(raw instanceof Map<?, ?> m)) {
      errors.add("fields", at + ": \"info\" must be an object");
      return out;
    }
    m.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          if (!INFO_KEYS.contains(key)) {
            errors.add("fields", at + ": info key \"" + key + "\" unknown; use label, notes");
          } else if (v != null && !(v instanceof String)) {
            errors.add("fields", at + ": info." + key + " must be text");
          } else if (v != null && !((String) v).isBlank()) {
            out.put(key, v);
          }
        });
    Object override = out.get("type_override");
    if (override != null && ColumnType.fromOverride((String) override) == null) {
      errors.add("fields", at + ": info.type_override \"" + override + "\" unsupported; " + TYPES);
    }
    return out;
  }
}
