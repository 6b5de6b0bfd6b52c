package id.terbuka.datastore.domain;

import id.terbuka.datastore.dump.DumpFormat;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a dump: those of {@code datastore_search} ({@code filters}, {@code fields},
 * {@code sort}, and whatever else {@link SearchRequest} learns) parsed by it, then {@code format},
 * {@code bom}, and {@code limit}/{@code offset} without the search's page size cap (no limit means
 * every row).
 *
 * @param limit null for every row
 */
public record DumpRequest(
    SearchRequest search, DumpFormat format, boolean bom, Long limit, long offset) {

  public static DumpRequest parse(String resourceId, Map<String, Object> params) {
    FieldErrors errors = new FieldErrors();
    Map<String, Object> searchParams = new LinkedHashMap<>(params);
    searchParams.put("resource_id", resourceId);
    Object rawLimit = searchParams.remove("limit");
    Object rawOffset = searchParams.remove("offset");
    searchParams.remove("include_total");
    SearchRequest search = null;
    try {
      search = SearchRequest.parse(searchParams);
    } catch (InvalidInputException e) {
      e.errors().forEach((key, messages) -> messages.forEach(m -> errors.add(key, m)));
    }

    DumpFormat format = DumpFormat.CSV;
    String formatName = Values.text(single(params.get("format")));
    if (formatName != null) {
      format = DumpFormat.of(formatName).orElse(null);
      if (format == null) {
        errors.add("format", "Unknown format \"" + formatName + "\": one of " + DumpFormat.NAMES);
      }
    }
    boolean bom = false;
    try {
      bom = Values.bool(single(params.get("bom")), false);
    } catch (IllegalArgumentException e) {
      errors.add("bom", "Value must be one of: true, false");
    }
    Long limit = natural(rawLimit, "limit", errors);
    Long offset = natural(rawOffset, "offset", errors);
    errors.throwIfAny();
    return new DumpRequest(search, format, bom, limit, offset == null ? 0 : offset);
  }

  /** A natural number, or null when absent. */
  private static Long natural(Object raw, String key, FieldErrors errors) {
    Object value = single(raw);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      long n = Long.parseLong(value.toString().strip());
      if (n >= 0) {
        return n;
      }
      errors.add(key, "Must be a natural number");
    } catch (NumberFormatException e) {
      errors.add(key, "Invalid integer");
    }
    return null;
  }

  private static Object single(Object raw) {
    return raw instanceof Collection<?> c && c.size() == 1 ? c.iterator().next() : raw;
  }
}
