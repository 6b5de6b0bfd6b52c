package id.terbuka.catalog.domain;

import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of {@code organization_list} / {@code group_list}, checked, and what they do to
 * the list: which groups match {@code q}, their order and the page returned.
 *
 * @param field what the list is sorted by: {@code title} (the display name, any case), {@code name}
 *     or {@code package_count}
 * @param descending sorted from the largest down
 * @param q text looked for in name, display name and description, any case; null for all
 * @param allFields dicts instead of names
 * @param withCounts the dicts carry {@code package_count}
 */
public record GroupListing(
    String field,
    boolean descending,
    String q,
    boolean allFields,
    boolean withCounts,
    int limit,
    int offset) {
  private static final List<String> FIELDS = List.of("title", "name", "package_count");
  private static final List<String> DIRECTIONS = List.of("asc", "desc");

  /**
   * The listing the parameters ask for: {@code title asc}, names only, up to 1000 by default; with
   * {@code all_fields} dicts with counts, 25 by default.
   *
   * @throws InvalidInputException for the first parameter that is wrong
   */
  public static GroupListing of(Map<String, Object> params) {
    String sort = Values.text(params.get("sort"));
    sort = sort == null ? "title asc" : sort.trim().toLowerCase(Locale.ROOT);
    String[] parts = sort.split("\\s+");
    if (!FIELDS.contains(parts[0])
        || (parts.length > 1 && !DIRECTIONS.contains(parts[1]))
        || parts.length > 2) {
      throw InvalidInputException.of("sort", "Cannot sort by field `" + sort + "`");
    }
    boolean descending = parts.length > 1 && parts[1].equals("desc");
    String q = Values.text(params.get("q"));
    boolean allFields = TypedFields.bool(params, "all_fields", false);
    boolean withCounts = TypedFields.bool(params, "include_dataset_count", allFields);
    int limit = TypedFields.integer(params, "limit", allFields ? 25 : 1000);
    int offset = TypedFields.integer(params, "offset", 0);
    if (limit < 0 || offset < 0) {
      throw InvalidInputException.of(limit < 0 ? "limit" : "offset", "Must be a positive integer");
    }
    return new GroupListing(parts[0], descending, q, allFields, withCounts, limit, offset);
  }

  /** Whether the visible dataset counts are needed, to sort by or to show. */
  public boolean needsCounts() {
    return field.equals("package_count") || withCounts;
  }

  /** The groups whose name, display name or description contains {@code q}, in any case. */
  public List<CatalogGroup> matching(List<CatalogGroup> groups) {
    if (q == null) {
      return groups;
    }
    String needle = q.toLowerCase(Locale.ROOT);
    return groups.stream()
        .filter(
            g ->
                g.name.toLowerCase(Locale.ROOT).contains(needle)
                    || g.displayName().toLowerCase(Locale.ROOT).contains(needle)
                    || (g.description != null
                        && g.description.toLowerCase(Locale.ROOT).contains(needle)))
        .toList();
  }

  /**
   * The requested page of {@code groups} in the requested order; ties are broken by name, ascending
   * in either direction, so that pages never overlap.
   *
   * @param counts visible datasets per group id (a group missing has none)
   */
  public List<CatalogGroup> page(List<CatalogGroup> groups, Map<String, Long> counts) {
    return groups.stream()
        .sorted(order(counts).thenComparing(g -> g.name))
        .skip(offset)
        .limit(limit)
        .toList();
  }

  private Comparator<CatalogGroup> order(Map<String, Long> counts) {
    Comparator<CatalogGroup> order =
        switch (field) {
          case "name" -> Comparator.comparing((CatalogGroup g) -> g.name);
          case "package_count" ->
              Comparator.comparing((CatalogGroup g) -> counts.getOrDefault(g.id, 0L));
          default ->
              Comparator.comparing((CatalogGroup g) -> g.displayName().toLowerCase(Locale.ROOT));
        };
    return descending ? order.reversed() : order;
  }
}
