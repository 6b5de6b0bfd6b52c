package id.terbuka.web;

import id.terbuka.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The state of a resource page's table preview, all in its GET URL: {@code page}, {@code sort} (a
 * column id) with {@code order=desc}, the full-text {@code q} and one {@code f.<column>} per column
 * filter (an exact value, as {@code datastore_search}'s {@code filters}). Pure, so the URL scheme
 * is unit-tested; the same state becomes the parameters of {@code datastore_search} and of the
 * DataStore dump links, so the downloaded rows are the rows shown.
 *
 * @param filters column id to the value it must equal, in the order given
 */
public record PreviewParams(
    int page, String sort, boolean descending, String q, Map<String, String> filters) {

  /** The rows on one preview page. */
  public static final int PAGE_SIZE = 20;

  /** Deeper pages are for the dump; this keeps the offset scan of a large table bounded. */
  public static final int MAX_PAGE = 500;

  public static final String FILTER_PREFIX = "f.";

  /** Reads the state from query parameters; blanks are absent, nonsense falls back to defaults. */
  public static PreviewParams parse(Map<String, String[]> params) {
    int page = 1;
    String rawPage = first(params, "page");
    if (rawPage != null) {
      try {
        page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(rawPage)));
      } catch (NumberFormatException e) {
        page = 1;
      }
    }
    String sort = first(params, "sort");
    boolean descending = sort != null && "desc".equalsIgnoreCase(first(params, "order"));
    Map<String, String> filters = new LinkedHashMap<>();
    params.forEach(
        (key, values) -> {
          if (key.startsWith(FILTER_PREFIX) && key.length() > FILTER_PREFIX.length()) {
            String value = first(params, key);
            if (value != null) {
              filters.put(key.substring(FILTER_PREFIX.length()), value);
            }
          }
        });
    return new PreviewParams(page, sort, descending, first(params, "q"), filters);
  }

  /** The parameters of {@code datastore_search} for this page of {@code resourceId}. */
  public Map<String, Object> searchParams(String resourceId) {
    Map<String, Object> p = rowParams();
    p.put("resource_id", resourceId);
    p.put("limit", PAGE_SIZE);
    p.put("offset", (page - 1) * PAGE_SIZE);
    p.put("include_total", true);
    p.put("records_format", "lists");
    return p;
  }

  /**
   * The query string of a DataStore dump in {@code format} of exactly the filtered, sorted rows
   * (every page, not only the one shown).
   */
  public String dumpQuery(String format) {
    StringJoiner s = new StringJoiner("&");
    s.add("format=" + SearchParams.enc(format));
    rowParams().forEach((k, v) -> s.add(k + "=" + SearchParams.enc(v.toString())));
    return s.toString();
  }

  /** This state's query string ({@code page} left out on the first page); empty for none. */
  public String query() {
    StringJoiner s = new StringJoiner("&");
    if (q != null) {
      s.add("q=" + SearchParams.enc(q));
    }
    filters.forEach(
        (k, v) -> s.add(SearchParams.enc(FILTER_PREFIX + k) + "=" + SearchParams.enc(v)));
    if (sort != null) {
      s.add("sort=" + SearchParams.enc(sort));
      if (descending) {
        s.add("order=desc");
      }
    }
    if (page > 1) {
      s.add("page=" + page);
    }
    return s.toString();
  }

  /** The same filters and sort on another page. */
  public PreviewParams onPage(int n) {
    return new PreviewParams(n, sort, descending, q, filters);
  }

  /**
   * Sorted by {@code column}, from the first page: ascending, or descending when it already is
   * sorted ascending by it (a header link toggles).
   */
  public PreviewParams sortedBy(String column) {
    boolean desc = column.equals(sort) && !descending;
    return new PreviewParams(1, column, desc, q, filters);
  }

  /** Whether anything narrows the rows (a filter or {@code q}). */
  public boolean narrowed() {
    return q != null || !filters.isEmpty();
  }

  /** Filters, {@code q} and sort as {@code datastore_search} and the dump take them. */
  private Map<String, Object> rowParams() {
    Map<String, Object> p = new LinkedHashMap<>();
    if (!filters.isEmpty()) {
      p.put("filters", Json.write(filters));
    }
    if (q != null) {
      p.put("q", q);
    }
    if (sort != null) {
      // A JSON list of one quoted name: a column name with a comma or " desc" stays one name.
      String key = "\"" + sort.replace("\"", "\"\"") + "\"" + (descending ? " desc" : "");
      p.put("sort", Json.write(List.of(key)));
    }
    return p;
  }

  private static String first(Map<String, String[]> params, String key) {
    String[] values = params.get(key);
    if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
      return null;
    }
    return values[0].strip();
  }
}
