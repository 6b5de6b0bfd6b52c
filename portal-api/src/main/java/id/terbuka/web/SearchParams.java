package id.terbuka.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The state of the dataset search page, read from and written back to its URL ({@code
 * /dataset?q=&organization=&groups=&tags=&res_format=&license_id=&sort=&page=}). Parameter names
 * are CKAN's, so links from CKAN portals keep working. Anything unreadable falls back to a default
 * instead of failing: a mistyped bookmark still shows a search.
 *
 * @param q the search text, null when none
 * @param filters facet field to the selected values (all must match), in {@link #FACETS} order
 * @param sort one of {@link #SORTS}
 * @param page 1-based page number
 * @param scope the whole catalogue, or the unit or topic page the search is part of
 */
public record SearchParams(
    String q, Map<String, List<String>> filters, String sort, int page, SearchScope scope) {
  /**
   * The facets offered, in display order; each is also a filter parameter. {@code cakupan_wilayah}
   * holds Kemendagri region codes, {@code tahun} the years a dataset's coverage period touches.
   */
  public static final List<String> FACETS =
      List.of(
          "organization", "groups", "tags", "res_format", "license_id", "cakupan_wilayah", "tahun");

  public static final String RELEVANCE = "score desc, metadata_modified desc";

  /** Most viewed and downloaded first ({@code popularity}, ADR 0009); ties: the newest change. */
  public static final String POPULARITY = "popularity desc, metadata_modified desc";

  /** The orders offered, first the default. */
  public static final List<String> SORTS =
      List.of(
          RELEVANCE, "metadata_modified desc", "title_string asc", "title_string desc", POPULARITY);

  public static final int PAGE_SIZE = 20;

  /**
   * Deep pages are refused (a crawler walking page=99999 costs Solr); 200 × 20 covers the
   * catalogue.
   */
  public static final int MAX_PAGE = 200;

  /** Values longer than this are cut: a filter value or query is never that long legitimately. */
  private static final int MAX_TEXT = 200;

  /** A search of the whole catalogue. */
  public SearchParams(String q, Map<String, List<String>> filters, String sort, int page) {
    this(q, filters, sort, page, SearchScope.ALL);
  }

  public SearchParams {
    scope = scope == null ? SearchScope.ALL : scope;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (String f : FACETS) {
      List<String> values = filters.getOrDefault(f, List.of());
      if (!values.isEmpty()) {
        copy.put(f, List.copyOf(values));
      }
    }
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  /** Reads the page's query parameters; {@code params} as the Servlet API gives them. */
  public static SearchParams parse(Map<String, String[]> params) {
    return parse(params, SearchScope.ALL);
  }

  /** Reads the query parameters of a search within {@code scope}. */
  public static SearchParams parse(Map<String, String[]> params, SearchScope scope) {
    String q = clean(first(params, "q"));
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String f : FACETS) {
      List<String> values = new ArrayList<>();
      for (String v : params.getOrDefault(f, new String[0])) {
        String c = clean(v);
        if (c != null && !values.contains(c) && valid(f, c)) {
          values.add(c);
        }
      }
      filters.put(f, values);
    }
    String sort = clean(first(params, "sort"));
    if (sort == null || !SORTS.contains(sort)) {
      sort = RELEVANCE;
    }
    int page = 1;
    String p = first(params, "page");
    if (p != null && p.trim().matches("\\d{1,6}")) {
      page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(p.trim())));
    }
    return new SearchParams(q, filters, sort, page, scope);
  }

  /** A year must be a number: anything else would be a query error, not an empty result. */
  private static boolean valid(String field, String value) {
    return !field.equals("tahun") || value.matches("\\d{1,4}");
  }

  /** No text and no filter: the page lists everything. */
  public boolean isEmpty() {
    return q == null && filters.isEmpty();
  }

  public boolean has(String field, String value) {
    return filters.getOrDefault(field, List.of()).contains(value);
  }

  public SearchParams withFilter(String field, String value) {
    if (has(field, value)) {
      return this;
    }
    Map<String, List<String>> f = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
    values.add(value);
    f.put(field, values);
    return new SearchParams(q, f, sort, 1, scope);
  }

  public SearchParams withoutFilter(String field, String value) {
    Map<String, List<String>> f = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
    values.remove(value);
    f.put(field, values);
    return new SearchParams(q, f, sort, 1, scope);
  }

  public SearchParams withoutQuery() {
    return new SearchParams(null, filters, sort, 1, scope);
  }

  /** The same search with {@code text} as its query (a spelling suggestion), from page 1. */
  public SearchParams withQuery(String text) {
    return new SearchParams(text, filters, sort, 1, scope);
  }

  public SearchParams withPage(int n) {
    return new SearchParams(q, filters, sort, n, scope);
  }

  /** No text and no filters, in the same scope. */
  public SearchParams cleared() {
    return new SearchParams(null, Map.of(), sort, 1, scope);
  }

  /** The {@code package_search} parameters for this page. */
  public Map<String, Object> toPackageSearch() {
    Map<String, Object> p = new LinkedHashMap<>();
    if (q != null) {
      p.put("q", q);
    }
    StringJoiner fq = new StringJoiner(" ");
    if (scope.field() != null) {
      fq.add("+" + scope.field() + ":" + quoted(scope.value()));
    }
    filters.forEach((field, values) -> values.forEach(v -> fq.add("+" + field + ":" + quoted(v))));
    if (fq.length() > 0) {
      p.put("fq", fq.toString());
    }
    p.put("sort", sort);
    p.put("rows", PAGE_SIZE);
    p.put("start", (page - 1) * PAGE_SIZE);
    p.put("facet.field", FACETS);
    p.put("facet.limit", 10);
    return p;
  }

  /**
   * This state as a query string (without {@code ?}; empty for the plain search page). Defaults are
   * left out so that equal states have equal URLs (canonical links, caches).
   */
  public String queryString() {
    StringJoiner s = new StringJoiner("&");
    if (q != null) {
      s.add("q=" + enc(q));
    }
    filters.forEach((field, values) -> values.forEach(v -> s.add(field + "=" + enc(v))));
    if (!sort.equals(RELEVANCE)) {
      s.add("sort=" + enc(sort));
    }
    if (page > 1) {
      s.add("page=" + page);
    }
    return s.toString();
  }

  /** The page's path and query, relative to the context root: {@code /dataset?...}. */
  public String path() {
    String qs = queryString();
    return scope.path() + (qs.isEmpty() ? "" : "?" + qs);
  }

  /** A Solr phrase: the value in double quotes, with backslashes and quotes escaped. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String first(Map<String, String[]> params, String key) {
    String[] v = params.get(key);
    return v == null || v.length == 0 ? null : v[0];
  }

  private static String clean(String v) {
    if (v == null) {
      return null;
    }
    String t = v.strip();
    if (t.isEmpty()) {
      return null;
    }
    return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
