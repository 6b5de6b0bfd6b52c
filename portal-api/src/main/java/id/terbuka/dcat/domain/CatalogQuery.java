package id.terbuka.dcat.domain;

import id.terbuka.shared.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One catalogue page request ({@code /catalog.ttl?page=&modified_since=&q=&fq=}), checked before
 * anything is searched: a stranger's bad parameter is a 400 naming it, never a 500.
 *
 * @param page 1-based
 * @param modifiedSince the lower bound on {@code metadata_modified} as Solr reads it (UTC), or null
 * @param modifiedSinceText the parameter as sent, for the paging links
 * @param q free text as {@code package_search} reads it, or null
 * @param fq a filter query as {@code package_search} reads it, or null
 */
public record CatalogQuery(
    int page, String modifiedSince, String modifiedSinceText, String q, String fq) {
  /** ckanext-dcat's page size. */
  public static final int PAGE_SIZE = 100;

  /** Past a million datasets a harvester should narrow with {@code modified_since}. */
  public static final int MAX_PAGE = 10_000;

  private static final Set<String> KNOWN = Set.of("page", "modified_since", "q", "fq");

  public static final CatalogQuery FIRST = new CatalogQuery(1, null, null, null, null);

  /** Reads and checks the query parameters; throws {@link InvalidInputException} per field. */
  public static CatalogQuery parse(Map<String, String[]> params) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (var e : params.entrySet()) {
      if (!KNOWN.contains(e.getKey())) {
        errors.put(e.getKey(), List.of("Unknown parameter; known: page, modified_since, q, fq"));
      } else if (e.getValue().length > 1) {
        errors.put(e.getKey(), List.of("Given more than once"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String pageText = single(params, "page");
    int page = 1;
    if (pageText != null) {
      page = page(pageText, errors);
    }
    String since = single(params, "modified_since");
    String solrSince = null;
    if (since != null) {
      solrSince = instant(since, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CatalogQuery(page, solrSince, since, single(params, "q"), single(params, "fq"));
  }

  private static String single(Map<String, String[]> params, String key) {
    String[] v = params.get(key);
    return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].strip();
  }

  private static int page(String text, Map<String, List<String>> errors) {
    if (!text.matches("[0-9]{1,9}")) {
      errors.put("page", List.of("Must be a whole number from 1 to " + MAX_PAGE));
      return 1;
    }
    int page = Integer.parseInt(text);
    if (page < 1 || page > MAX_PAGE) {
      errors.put(
          "page",
          List.of(
              "Must be from 1 to " + MAX_PAGE + "; narrow a larger catalogue with modified_since"));
    }
    return page;
  }

  /** An ISO 8601 date or date-time (UTC when no offset is given) as Solr's UTC instant. */
  static String instant(String text, Map<String, List<String>> errors) {
    try {
      OffsetDateTime t;
      if (text.length() == 10) {
        t = LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      } else if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
        t = OffsetDateTime.parse(text);
      } else {
        t = LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      }
      return t.withOffsetSameInstant(ZoneOffset.UTC)
          .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"));
    } catch (DateTimeParseException e) {
      errors.put(
          "modified_since",
          List.of(
              "Must be an ISO 8601 date or date-time, e.g. 2025-01-31 or 2025-01-31T08:00:00Z"));
      return null;
    }
  }

  /** The first row of this page in the search. */
  public int start() {
    return (page - 1) * PAGE_SIZE;
  }

  /**
   * From this first row on, a page is read from the other end of the order (see {@link #window}).
   */
  public static final int DEEP = 5_000;

  /**
   * Which rows to ask the search for.
   *
   * @param start first row in the order asked for
   * @param rows how many
   * @param reversed whether the order asked for is the page order reversed (then the rows come back
   *     last first)
   */
  public record Window(int start, int rows, boolean reversed) {}

  /**
   * The rows of this page when {@code total} datasets match. A search engine's cost for a page
   * grows with its first row (it keeps every row before it in order), so a page in the second half
   * is read from the other end: the same rows in the reversed order (the order is total, ids break
   * ties), at most half the catalogue deep instead of all of it.
   */
  public Window window(long total) {
    int end = (int) Math.min((long) start() + PAGE_SIZE, total);
    if (start() < DEEP || start() <= total / 2 || end <= start()) {
      return new Window(start(), PAGE_SIZE, false);
    }
    return new Window((int) (total - end), end - start(), true);
  }

  /** The last page for this many matches (1 when there are none). */
  public static int lastPage(long total) {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** This query at another page, as a query string (empty parameters left out). */
  public String queryString(int otherPage) {
    StringBuilder s = new StringBuilder();
    add(s, "modified_since", modifiedSinceText);
    add(s, "q", q);
    add(s, "fq", fq);
    add(s, "page", Integer.toString(otherPage));
    return s.toString();
  }

  private static void add(StringBuilder s, String key, String value) {
    if (value != null) {
      s.append(s.length() == 0 ? "?" : "&")
          .append(key)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
