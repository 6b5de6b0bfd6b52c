package id.terbuka.contracts.service;

import id.terbuka.contracts.flags.RedFlag;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts search ({@code /api/v1/contracts} and the {@code /kontrak} explorer): free text and
 * filters by buyer, supplier, method, category, status, year, value range and red flag; facets with
 * counts and value totals; the total value of all matches. Public: every process is published.
 */
@ApplicationScoped
public class ContractSearch {
  /** The facets, in the order pages show them. */
  public static final List<String> FACETS =
      List.of("buyer", "supplier", "method", "category", "status", "year", "flag");

  /** Accepted {@code sort} values and their Solr clauses. */
  public static final Map<String, String> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("score", "score desc, date desc");
    SORTS.put("value desc", "value desc, date desc");
    SORTS.put("value asc", "value asc, date desc");
    SORTS.put("date desc", "date desc, id asc");
    SORTS.put("date asc", "date asc, id asc");
  }

  public static final int MAX_ROWS = 100;
  public static final int MAX_START = 10_000;

  @Inject ContractIndex index;

  /**
   * What was asked, as sent (strings, checked here). {@code flags} may repeat; every filter narrows
   * the result.
   */
  public record Params(
      String q,
      String buyer,
      String supplier,
      String method,
      String category,
      String status,
      String year,
      String valueMin,
      String valueMax,
      List<String> flags,
      String sort,
      String rows,
      String start) {}

  /** One process in the result. */
  public record Hit(
      String ocid,
      String title,
      String buyer,
      List<String> suppliers,
      String method,
      String category,
      String status,
      String year,
      BigDecimal value,
      String valueSource,
      String date,
      List<String> flags) {}

  /** A facet value with its number of processes and their total value. */
  public record Facet(String value, long count, BigDecimal sum) {}

  /** The answer. */
  public record Result(
      long total,
      BigDecimal sum,
      List<Hit> hits,
      Map<String, List<Facet>> facets,
      String sort,
      int start,
      int rows) {}

  /**
   * Runs a search.
   *
   * @throws InvalidInputException naming every bad parameter (search syntax the index refuses names
   *     {@code q})
   * @throws id.terbuka.search.SearchUnavailableException when Solr cannot be reached
   */
  public Result search(Params p) {
    FieldErrors errors = new FieldErrors();
    List<String> filters = filters(p, errors);
    String sortKey = blank(p.sort()) ? (blank(p.q()) ? "date desc" : "score") : p.sort().strip();
    String sort = SORTS.get(sortKey);
    if (sort == null) {
      errors.add("sort", "Must be one of: " + String.join(", ", SORTS.keySet()));
    }
    int rows = whole(errors, "rows", p.rows(), 20, MAX_ROWS);
    int start = whole(errors, "start", p.start(), 0, MAX_START);
    errors.throwIfAny();
    SearchQuery query =
        new SearchQuery(
                blank(p.q()) ? "*:*" : p.q().strip(),
                filters,
                sort,
                start,
                rows,
                FACETS,
                10,
                1,
                List.of(),
                Map.of())
            .withSums(SearchQuery.Sums.of("value"));
    SearchResult r;
    try {
      r = index.index().search(query);
    } catch (InvalidSearchQueryException e) {
      // Search syntax the index refuses (local parameters, an unbalanced bracket) is a bad q like
      // any other bad parameter: one field error for the API and the page alike.
      throw InvalidInputException.of("q", e.getMessage());
    }
    return new Result(
        r.total(),
        r.sum() == null ? BigDecimal.ZERO : r.sum(),
        r.documents().stream().map(ContractSearch::hit).toList(),
        facets(r),
        sortKey,
        start,
        rows);
  }

  /** The filter queries of the parameters, every bad one added to {@code errors}. */
  private static List<String> filters(Params p, FieldErrors errors) {
    List<String> filters = new ArrayList<>();
    term(filters, "buyer", "buyer_id", p.buyer());
    term(filters, "supplier", "supplier_id", p.supplier());
    term(filters, "method", null, p.method());
    term(filters, "category", null, p.category());
    term(filters, "status", null, p.status());
    String year = blank(p.year()) ? null : p.year().strip();
    if (year != null && !year.matches("\\d{4}")) {
      errors.add("year", "Must be a four-digit year");
    } else if (year != null) {
      filters.add("year:" + year);
    }
    BigDecimal min = amount(errors, "value_min", p.valueMin());
    BigDecimal max = amount(errors, "value_max", p.valueMax());
    if (min != null || max != null) {
      filters.add(
          "value:["
              + (min == null ? "*" : min.toPlainString())
              + " TO "
              + (max == null ? "*" : max.toPlainString())
              + "]");
    }
    for (String flag : p.flags() == null ? List.<String>of() : p.flags()) {
      if (blank(flag)) {
        continue;
      }
      if (RedFlag.byId(flag.strip()).isEmpty()) {
        errors.add("flag", "Unknown flag " + flag.strip() + "; one of " + flagIds());
      } else {
        filters.add("flag:" + flag.strip());
      }
    }
    return filters;
  }

  private static Map<String, List<Facet>> facets(SearchResult r) {
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    r.facets()
        .forEach(
            (field, counts) ->
                facets.put(
                    field,
                    counts.stream().map(c -> new Facet(c.value(), c.count(), c.sum())).toList()));
    return facets;
  }

  private static Hit hit(Map<String, Object> d) {
    return new Hit(
        text(d.get("ocid")),
        text(d.get("title")),
        text(d.get("buyer")),
        texts(d.get("supplier")),
        text(d.get("method")),
        text(d.get("category")),
        text(d.get("status")),
        text(d.get("year")),
        exactValue(d),
        text(d.get("value_source")),
        d.get("date") == null ? "" : d.get("date").toString(),
        texts(d.get("flag")));
  }

  /** The headline value as stored exactly ({@code contract_value}, ...), not Solr's double. */
  private static BigDecimal exactValue(Map<String, Object> d) {
    Object exact = d.get(text(d.get("value_source")) + "_value");
    return decimal(exact != null ? exact : d.get("value"));
  }

  private static void term(List<String> filters, String field, String idField, String value) {
    if (blank(value)) {
      return;
    }
    String phrase = "\"" + value.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    if (idField == null) {
      filters.add(field + ":" + phrase);
      return;
    }
    // A name, a party id, or (for buyers) the unit code the portal's party ids are made of.
    String unit = "\"ID-SKPD-" + phrase.substring(1);
    filters.add(
        "("
            + field
            + ":"
            + phrase
            + " OR "
            + idField
            + ":"
            + phrase
            + ("buyer_id".equals(idField) ? " OR " + idField + ":" + unit : "")
            + ")");
  }

  private static BigDecimal amount(FieldErrors errors, String field, String text) {
    if (blank(text)) {
      return null;
    }
    String t = text.strip();
    if (!t.matches("\\d{1,18}(\\.\\d{1,2})?")) {
      errors.add(field, "Must be an amount in rupiah, digits only (e.g. 200000000)");
      return null;
    }
    return new BigDecimal(t);
  }

  private static int whole(FieldErrors errors, String field, String text, int dflt, int max) {
    if (blank(text)) {
      return dflt;
    }
    String t = text.strip();
    if (!t.matches("\\d{1,6}") || Integer.parseInt(t) > max) {
      errors.add(field, "Must be a whole number from 0 to " + max);
      return dflt;
    }
    return Integer.parseInt(t);
  }

  private static String flagIds() {
    List<String> ids = new ArrayList<>();
    for (RedFlag f : RedFlag.values()) {
      ids.add(f.id());
    }
    return String.join(", ", ids);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(Object o) {
    if (o instanceof List<?> l) {
      return l.isEmpty() ? "" : String.valueOf(l.get(0));
    }
    return o == null ? "" : o.toString();
  }

  private static List<String> texts(Object o) {
    if (o == null) {
      return List.of();
    }
    if (o instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(o.toString());
  }

  private static BigDecimal decimal(Object o) {
    if (o == null) {
      return null;
    }
    BigDecimal d = new BigDecimal(text(o));
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
