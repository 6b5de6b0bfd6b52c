package id.terbuka.search.solr;

import id.terbuka.search.Configsets;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.PrefixQuery;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchQuery.Sums.FacetOrder;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.noggit.JSONUtil;

/**
 * Turns a {@link SearchQuery} into Solr request parameters with CKAN's semantics: free text goes to
 * edismax over weighted fields, text with {@code field:value} clauses to the Lucene parser, both
 * with AND as default operator. Solr local parameters ({@code {!...}}) are refused everywhere they
 * could be smuggled in, since they would let a caller switch parsers or escape the permission
 * filters.
 */
final class QueryTranslator {

  /** Free-text fields and weights, as CKAN's dismax, plus the unstemmed title as a tie-breaker. */
  static final String DEFAULT_QF =
      "name^4 title^4 tags_text^2 groups_text^2 notes^1 text^0.5 title_exact^2";

  /** The contracts' free-text fields: a pasted ocid finds its process first. */
  static final String CONTRACTS_QF =
      "ocid^10 title^4 buyer_text^2 supplier_text^2 description^1 text^0.5 title_exact^2";

  private static final Map<String, String> QF_BY_CONFIGSET =
      Map.of(Configsets.DATASETS, DEFAULT_QF, Configsets.CONTRACTS, CONTRACTS_QF);

  static final String DEFAULT_TIE = "0.1";

  /** Key of the sums in the JSON facet request and answer, top level and per bucket. */
  static final String SUM = "sum";

  /** Key prefix of the n-th requested facet field in the JSON facet request ("facet0", ...). */
  static final String FACET_KEY = "facet";

  /** A field name that can go into a function query ({@code sum(value)}) as it is. */
  private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * Relevance parameters a caller may tune. defType is deliberately absent: choosing the parser is
   * how local-param-capable parsers would get in.
   */
  static final Set<String> TUNABLE = Set.of("qf", "bf", "boost", "tie", "mm", "pf", "ps", "df");

  private static final String MATCH_ALL = "*:*";

  private QueryTranslator() {}

  /** Whether {@code text} is CKAN "free text" (edismax) rather than a fielded Lucene query. */
  static boolean isFreeText(String text) {
    return !isMatchAll(text) && !hasFieldClause(text);
  }

  static boolean isMatchAll(String text) {
    return text == null || text.isBlank() || text.strip().equals(MATCH_ALL);
  }

  /** A colon outside double quotes (and not backslash-escaped) means a {@code field:} clause. */
  static boolean hasFieldClause(String text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return true;
      }
    }
    return false;
  }

  /** The free-text fields a collection built from {@code configset} is searched with by default. */
  static String defaultQf(String configset) {
    return QF_BY_CONFIGSET.getOrDefault(configset, DEFAULT_QF);
  }

  /** Parameters for a datasets query. */
  static ModifiableSolrParams toParams(SearchQuery query) {
    return toParams(query, DEFAULT_QF);
  }

  /**
   * Parameters for {@code query}; {@code defaultQf} are the free-text fields when the query's
   * tuning names none.
   */
  static ModifiableSolrParams toParams(SearchQuery query, String defaultQf) {
    rejectLocalParams(query);
    ModifiableSolrParams params = new ModifiableSolrParams();
    String text = query.text();
    if (isMatchAll(text)) {
      params.set("q", MATCH_ALL);
      params.set("defType", "lucene");
    } else if (hasFieldClause(text)) {
      params.set("q", text);
      params.set("defType", "lucene");
      params.set("q.op", "AND");
      params.set("df", query.tuning().getOrDefault("df", "text"));
    } else {
      params.set("q", text);
      params.set("defType", "edismax");
      params.set("q.op", "AND");
      params.set("qf", query.tuning().getOrDefault("qf", defaultQf));
      params.set("tie", query.tuning().getOrDefault("tie", DEFAULT_TIE));
      // No fielded syntax in free text: "title:x" typed in a search box stays two words.
      params.set("uf", "-*");
      params.set("mm.autoRelax", true);
      for (String key : List.of("bf", "boost", "mm", "pf", "ps")) {
        String value = query.tuning().get(key);
        if (value != null) {
          params.set(key, value);
        }
      }
      params.set("spellcheck", true);
      params.set("spellcheck.q", text);
    }
    for (String filter : query.filters()) {
      if (filter != null && !filter.isBlank()) {
        params.add("fq", filter);
      }
    }
    if (query.sort() != null && !query.sort().isBlank()) {
      params.set("sort", query.sort());
    }
    params.set("start", Math.max(0, query.start()));
    params.set("rows", Math.max(0, query.rows()));
    params.set("fl", query.returnFields().isEmpty() ? "*" : String.join(",", query.returnFields()));
    addFacets(params, query);
    return params;
  }

  /** Classic field facets (counts), or JSON facets when the query asks for sums. */
  private static void addFacets(ModifiableSolrParams params, SearchQuery query) {
    if (query.sums() != null) {
      params.set("json.facet", jsonFacets(query));
    } else if (!query.facetFields().isEmpty()) {
      params.set("facet", true);
      params.set("facet.field", query.facetFields().toArray(String[]::new));
      params.set("facet.limit", query.facetLimit() < 0 ? -1 : query.facetLimit());
      params.set("facet.mincount", Math.max(0, query.facetMinCount()));
      params.set("facet.sort", "count");
    }
  }

  /**
   * The JSON facet request of a query with sums: the total of the field over all matches, and per
   * requested facet field a terms facet whose buckets carry the count and the sum. Each facet is
   * keyed by its position ({@value #FACET_KEY}0, ...), so no field name can collide with the
   * response's own keys ("count", {@value #SUM}). {@code refine} makes a sharded collection's
   * counts and sums exact for the buckets returned, as classic field facets are by default.
   */
  static String jsonFacets(SearchQuery query) {
    String field = query.sums().field();
    if (!PLAIN_FIELD.matcher(field).matches()) {
      throw new InvalidSearchQueryException("Cannot sum the field '" + field + "'");
    }
    String sum = "sum(" + field + ")";
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(SUM, sum);
    List<String> fields = query.facetFields();
    for (int i = 0; i < fields.size(); i++) {
      Map<String, Object> terms = new LinkedHashMap<>();
      terms.put("type", "terms");
      terms.put("field", fields.get(i));
      terms.put("limit", query.facetLimit() < 0 ? -1 : query.facetLimit());
      terms.put("mincount", Math.max(0, query.facetMinCount()));
      terms.put("sort", query.sums().facetOrder() == FacetOrder.SUM ? SUM + " desc" : "count desc");
      terms.put("refine", true);
      terms.put("facet", Map.of(SUM, sum));
      facets.put(FACET_KEY + i, terms);
    }
    return JSONUtil.toJSON(facets, -1);
  }

  /** At most this many typed words count for completion; more is a sentence, not a prefix. */
  static final int MAX_PREFIX_WORDS = 6;

  /**
   * The typed words of an unfinished query, lowercased: letters and digits only, so they can go
   * into a query unescaped and never carry syntax.
   */
  static List<String> prefixWords(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .limit(MAX_PREFIX_WORDS)
        .toList();
  }

  /**
   * A completion: every typed word begins a word of the unstemmed title ({@code title_exact}), or
   * the whole text begins the lowercased title ({@code title_string}, which also covers stopwords
   * the word field drops) or the name. Titles that start with the text score highest; ties go by
   * title. Null when nothing searchable was typed.
   */
  static ModifiableSolrParams toCompletionParams(PrefixQuery query) {
    check(query.filters());
    check(query.returnFields());
    List<String> words = prefixWords(query.text());
    if (words.isEmpty()) {
      return null;
    }
    String whole = query.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String name = ClientUtils.escapeQueryChars(whole.replace(' ', '-'));
    String q =
        "title_exact:("
            + String.join(" AND ", words.stream().map(w -> w + "*").toList())
            + ") OR title_string:"
            + ClientUtils.escapeQueryChars(whole)
            + "*^10 OR name:"
            + name
            + "*";
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", q);
    params.set("defType", "lucene");
    params.set("q.op", "OR");
    for (String filter : query.filters()) {
      if (filter != null && !filter.isBlank()) {
        params.add("fq", filter);
      }
    }
    params.set("sort", "score desc, title_string asc");
    params.set("start", 0);
    params.set("rows", Math.max(0, query.rows()));
    params.set("fl", query.returnFields().isEmpty() ? "*" : String.join(",", query.returnFields()));
    return params;
  }

  private static void rejectLocalParams(SearchQuery query) {
    check(List.of(nullToEmpty(query.text()), nullToEmpty(query.sort())));
    check(query.filters());
    check(query.facetFields());
    check(query.returnFields());
    // Every tuning value, even of keys that are then ignored: a caller trying one is refused.
    check(query.tuning().values());
  }

  private static void check(Collection<String> values) {
    for (String value : values) {
      if (value != null && value.contains("{!")) {
        throw new InvalidSearchQueryException("Local parameters are not allowed");
      }
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
