package id.terbuka.web;

import id.terbuka.contracts.service.ContractSearch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The state of the contracts explorer, read from and written back to its URL ({@code
 * /kontrak?q=&buyer=&supplier=&method=&category=&status=&year=&value_min=&value_max=&flag=&sort=
 * &page=}). The parameter names are the API's ({@code /api/v1/contracts}), so the page's "same
 * search as JSON" link is this state with {@code rows} and {@code start} instead of {@code page}.
 * Values are kept as sent (trimmed, cut to a sane length): the search checks them and the page
 * shows what it refused, with the form still filled in.
 *
 * @param filters single-valued filters by parameter name, in {@link #FILTERS} order
 * @param flags the red flag ids asked for (all must hold)
 * @param sort the sort key, null for the search's default
 * @param page 1-based page number
 */
public record ContractParams(
    String q, Map<String, String> filters, List<String> flags, String sort, int page) {
  /** The single-valued filters, in the order the form shows them. */
  public static final List<String> FILTERS =
      List.of(
          "buyer", "supplier", "method", "category", "status", "year", "value_min", "value_max");

  public static final int PAGE_SIZE = 20;

  /** The search refuses a start beyond {@link ContractSearch#MAX_START}: so many pages at most. */
  public static final int MAX_PAGE = ContractSearch.MAX_START / PAGE_SIZE;

  /** A legitimate value is never this long; a longer one is cut (and then simply finds nothing). */
  private static final int MAX_TEXT = 200;

  /** At most this many flags are read: there are five rules. */
  private static final int MAX_FLAGS = 10;

  public ContractParams {
    Map<String, String> copy = new LinkedHashMap<>();
    for (String f : FILTERS) {
      String v = filters.get(f);
      if (v != null) {
        copy.put(f, v);
      }
    }
    filters = Collections.unmodifiableMap(copy);
    flags = List.copyOf(flags);
  }

  /** Reads the page's query parameters as the Servlet API gives them. */
  public static ContractParams parse(Map<String, String[]> params) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (String f : FILTERS) {
      String v = clean(first(params, f));
      if (v != null) {
        filters.put(f, v);
      }
    }
    List<String> flags = new ArrayList<>();
    for (String v : params.getOrDefault("flag", new String[0])) {
      String c = clean(v);
      if (c != null && !flags.contains(c) && flags.size() < MAX_FLAGS) {
        flags.add(c);
      }
    }
    int page = 1;
    String p = first(params, "page");
    if (p != null && p.strip().matches("\\d{1,6}")) {
      page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(p.strip())));
    }
    return new ContractParams(
        clean(first(params, "q")), filters, flags, clean(first(params, "sort")), page);
  }

  /** The search's parameters for this page. */
  public ContractSearch.Params toSearch() {
    return new ContractSearch.Params(
        q,
        filters.get("buyer"),
        filters.get("supplier"),
        filters.get("method"),
        filters.get("category"),
        filters.get("status"),
        filters.get("year"),
        filters.get("value_min"),
        filters.get("value_max"),
        flags,
        sort,
        Integer.toString(PAGE_SIZE),
        Integer.toString((page - 1) * PAGE_SIZE));
  }

  public String filter(String name) {
    return filters.get(name);
  }

  /** Whether the facet {@code field} ({@code flag} included) has {@code value} selected. */
  public boolean has(String field, String value) {
    return field.equals("flag") ? flags.contains(value) : value.equals(filters.get(field));
  }

  /** No text and no filter. */
  public boolean isEmpty() {
    return q == null && filters.isEmpty() && flags.isEmpty();
  }

  /** The same search with {@code field} set to {@code value} (a flag is added), from page 1. */
  public ContractParams with(String field, String value) {
    if (field.equals("flag")) {
      List<String> f = new ArrayList<>(flags);
      if (!f.contains(value)) {
        f.add(value);
      }
      return new ContractParams(q, filters, f, sort, 1);
    }
    Map<String, String> f = new LinkedHashMap<>(filters);
    f.put(field, value);
    return new ContractParams(q, f, flags, sort, 1);
  }

  /** The same search without {@code field} (without that one flag), from page 1. */
  public ContractParams without(String field, String value) {
    if (field.equals("flag")) {
      List<String> f = new ArrayList<>(flags);
      f.remove(value);
      return new ContractParams(q, filters, f, sort, 1);
    }
    Map<String, String> f = new LinkedHashMap<>(filters);
    f.remove(field);
    return new ContractParams(q, f, flags, sort, 1);
  }

  public ContractParams withoutQuery() {
    return new ContractParams(null, filters, flags, sort, 1);
  }

  public ContractParams withPage(int n) {
    return new ContractParams(q, filters, flags, sort, n);
  }

  /** No text and no filter, the same order. */
  public ContractParams cleared() {
    return new ContractParams(null, Map.of(), List.of(), sort, 1);
  }

  /** The search part of the query string: text, filters, flags and sort (no paging). */
  private StringJoiner searchQuery() {
    StringJoiner s = new StringJoiner("&");
    if (q != null) {
      s.add("q=" + SearchParams.enc(q));
    }
    filters.forEach((k, v) -> s.add(k + "=" + SearchParams.enc(v)));
    flags.forEach(f -> s.add("flag=" + SearchParams.enc(f)));
    if (sort != null) {
      s.add("sort=" + SearchParams.enc(sort));
    }
    return s;
  }

  /** The page's path and query below the context root: {@code /kontrak?...}. */
  public String path() {
    StringJoiner s = searchQuery();
    if (page > 1) {
      s.add("page=" + page);
    }
    return "/kontrak" + (s.length() == 0 ? "" : "?" + s);
  }

  /** The same search (this page's rows) from the JSON API: {@code /api/v1/contracts?...}. */
  public String apiPath() {
    StringJoiner s = searchQuery();
    s.add("rows=" + PAGE_SIZE);
    if (page > 1) {
      s.add("start=" + (page - 1) * PAGE_SIZE);
    }
    return "/api/v1/contracts?" + s;
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
}
