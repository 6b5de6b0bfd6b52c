package id.terbuka.datastore.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of {@code datastore_search} as given, before they meet a table: limits checked,
 * lists and JSON strings unpacked. Column names stay plain strings here; {@code SearchQuery}
 * matches them against the table.
 */
public record SearchRequest(
    String resourceId,
    int limit,
    int offset,
    boolean includeTotal,
    List<String> fields,
    List<SortKey> sort,
    Map<String, Object> filters,
    TextQuery q,
    boolean distinct,
    RecordsFormat recordsFormat,
    Integer totalEstimationThreshold) {

  /** CKAN's default page, and its {@code ckan.datastore.search.rows_max}. */
  public static final int DEFAULT_LIMIT = 100;

  public static final int MAX_LIMIT = 32_000;

  /** One {@code sort} entry: a column name as given and the direction. */
  public record SortKey(String column, boolean descending) {}

  public static SearchRequest parse(Map<String, Object> params) {
    FieldErrors errors = new FieldErrors();
    String resourceId = Values.text(params.get("resource_id"));
    if (resourceId == null) {
      errors.add("resource_id", "Missing value");
    }
    int limit = natural(params, "limit", DEFAULT_LIMIT, errors);
    int offset = natural(params, "offset", 0, errors);
    boolean includeTotal = flag(params, "include_total", true, errors);
    List<String> fields = names(params.get("fields"), "fields", errors);
    List<SortKey> sort = new ArrayList<>();
    for (String entry : names(params.get("sort"), "sort", errors)) {
      sort.add(sortKey(entry));
    }
    Map<String, Object> filters = filters(params.get("filters"), errors);
    TextQuery q = TextQuery.parse(params, errors);
    boolean distinct = flag(params, "distinct", false, errors);
    RecordsFormat format = RecordsFormat.parse(single(params.get("records_format")), errors);
    Integer threshold = null;
    if (Values.text(params.get("total_estimation_threshold")) != null) {
      threshold = natural(params, "total_estimation_threshold", 0, errors);
    }
    errors.throwIfAny();
    return new SearchRequest(
        resourceId,
        Math.min(limit, MAX_LIMIT),
        offset,
        includeTotal,
        fields,
        sort,
        filters,
        q,
        distinct,
        format,
        threshold);
  }

  private static boolean flag(
      Map<String, Object> params, String key, boolean fallback, FieldErrors e) {
    try {
      return Values.bool(single(params.get(key)), fallback);
    } catch (IllegalArgumentException ex) {
      e.add(key, "Value must be one of: True, False");
      return fallback;
    }
  }

  private static int natural(Map<String, Object> params, String key, int fallback, FieldErrors e) {
    try {
      int value = Values.integer(single(params.get(key)), fallback);
      if (value >= 0) {
        return value;
      }
      e.add(key, "Must be a natural number");
    } catch (IllegalArgumentException ex) {
      e.add(key, "Invalid integer");
    }
    return fallback;
  }

  /**
   * A list of names: a JSON list, repeated parameters, a JSON list in a string, or CKAN's comma
   * separated string ({@code "a, b desc"}).
   */
  private static List<String> names(Object raw, String key, FieldErrors errors) {
    List<String> out = new ArrayList<>();
    Object value = single(raw);
    if (value == null) {
      return out;
    }
    List<Object> items;
    try {
      items =
          value instanceof String s && !s.trim().startsWith("[")
              ? List.of((Object[]) s.split(","))
              : Values.list(value);
    } catch (Json.MalformedJsonException e) {
      errors.add(key, "Invalid JSON list");
      return out;
    }
    for (Object item : items) {
      if (!(item instanceof String s)) {
        errors.add(key, "Must be a list of strings");
        return out;
      }
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** {@code "name"}, {@code "name desc"}, {@code "\"quoted name\" asc"}. */
  public static SortKey sortKey(String entry) {
    String name = entry.strip();
    boolean descending = false;
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" desc")) {
      descending = true;
      name = name.substring(0, name.length() - 5).strip();
    } else if (lower.endsWith(" asc")) {
      name = name.substring(0, name.length() - 4).strip();
    }
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
    }
    return new SortKey(name, descending);
  }

  /** {@code filters}: a JSON object, or a JSON object in a string (GET); empty when absent. */
  public static Map<String, Object> filters(Object raw, FieldErrors errors) {
    Object value = single(raw);
    if (value == null || value instanceof String s && s.isBlank()) {
      return Map.of();
    }
    if (value instanceof String s) {
      try {
        value = Json.parse(s);
      } catch (Json.MalformedJsonException e) {
        errors.add("filters", "Invalid JSON object");
        return Map.of();
      }
    }
    if (!(value instanceof Map<?, ?> map)) {
      errors.add("filters", "Must be a JSON object");
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  /** A parameter repeated once arrives as a one-element list from query strings. */
  public static Object single(Object raw) {
    return raw instanceof Collection<?> c && c.size() == 1 ? c.iterator().next() : raw;
  }

  /** Thrown as CKAN's Validation Error for a column the table does not have. */
  public static InvalidInputException unknownColumn(String key, String column) {
    return InvalidInputException.of(key, "field \"" + column + "\" not in table");
  }
}
