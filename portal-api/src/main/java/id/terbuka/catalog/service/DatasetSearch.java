package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.Licenses;
import id.terbuka.catalog.persistence.GroupRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.PrefixQuery;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Json;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * CKAN's {@code package_search}: parameters checked as CKAN does, the caller's permission and state
 * filters added (never bypassable by {@code fq} or pass-throughs), results read from the stored
 * dataset dicts.
 */
@ApplicationScoped
public class DatasetSearch {
  static final String DEFAULT_SORT = "score desc, metadata_modified desc";
  public static final int MAX_ROWS = 1000;

  /** Parameters {@code package_search} understands. */
  private static final Set<String> KNOWN =
      Set.of(
          "q",
          "fq",
          "fq_list",
          "sort",
          "rows",
          "start",
          "facet",
          "facet.field",
          "facet.limit",
          "facet.mincount",
          "include_private",
          "include_drafts",
          "include_deleted",
          "use_default_schema",
          "fl",
          "qf",
          "bf",
          "boost",
          "tie",
          "defType",
          "mm",
          "df",
          "wt",
          "q.op",
          "pf",
          "ps",
          "callback",
          "_");

  /** Relevance parameters passed to Solr; the others are accepted and ignored. */
  private static final Set<String> TUNING =
      Set.of("qf", "bf", "boost", "tie", "mm", "df", "pf", "ps");

  private static final Set<String> SORTABLE =
      Set.of(
          "score",
          "id",
          "name",
          "title_string",
          "metadata_modified",
          "metadata_created",
          "popularity",
          "views_total",
          "downloads_total",
          "index_version");

  /** Most completions an autocomplete request gets. */
  public static final int MAX_COMPLETIONS = 20;

  @Inject SearchIndex index;
  @Inject GroupRepository groups;
  @Inject Regions regions;
  @Inject ReviewGate review;

  /**
   * A {@code package_search} answer together with what only the pages show.
   *
   * @param result the {@code package_search} result dict, as the API returns it
   * @param suggestions when nothing matched free text: corrected queries that do find datasets for
   *     this caller with the same filters (Solr re-ran each), best first
   */
  public record Answer(Map<String, Object> result, List<String> suggestions) {}

  public Map<String, Object> search(Actor actor, Map<String, Object> params) {
    return answer(actor, params).result();
  }

  /**
   * Autocomplete: public, active datasets whose title words start with the typed words (or whose
   * name starts with the text), as {@code name} and {@code title}, at most {@code limit} (capped at
   * {@link #MAX_COMPLETIONS}). Always as an anonymous visitor sees the catalogue, whoever asks, so
   * that answers can be cached and shared.
   */
  public List<Map<String, Object>> complete(String incomplete, int limit) {
    if (incomplete == null || incomplete.isBlank() || limit <= 0) {
      return List.of();
    }
    List<String> filters = accessFilters(Actor.anonymous(), Map.of());
    SearchResult result =
        index.complete(
            new PrefixQuery(
                incomplete.strip(),
                filters,
                Math.min(limit, MAX_COMPLETIONS),
                List.of("name", "title")));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> doc : result.documents()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", doc.get("name"));
      m.put("title", doc.get("title") == null ? doc.get("name") : doc.get("title"));
      out.add(m);
    }
    return out;
  }

  /** {@link #search} with the spelling suggestions the pages offer. */
  public Answer answer(Actor actor, Map<String, Object> params) {
    refuseUnknown(params);
    FieldErrors errors = new FieldErrors();
    int rows = natural(params, "rows", 10, errors);
    int start = natural(params, "start", 0, errors);
    int facetLimit = integer(params, "facet.limit", 50, errors);
    int facetMinCount = integer(params, "facet.mincount", 1, errors);
    errors.throwIfAny();
    rows = Math.min(rows, MAX_ROWS);

    String q = Values.text(params.get("q"));
    String sort = Values.text(params.get("sort"));
    sort = sort == null ? DEFAULT_SORT : sort;
    String solrSort = solrSort(sort);
    checkSort(solrSort);

    List<String> filters = filters(actor, params);
    List<String> facetFields = facetFields(params);
    Map<String, String> tuning = tuning(params);
    List<String> fl = flFields(params);
    List<String> stored = fl.isEmpty() ? List.of("data_dict") : fl;

    SearchResult result =
        index.search(
            new SearchQuery(
                q == null ? "*:*" : q,
                filters,
                solrSort,
                start,
                rows,
                facetFields,
                facetLimit < 0 ? -1 : facetLimit,
                facetMinCount,
                stored,
                tuning));
    Map<String, Object> envelope = envelope(result, sort, fl, facetFields);
    if (fl.isEmpty()) {
      // The index holds approved versions; a dataset's editors see the change waiting for review.
      @SuppressWarnings("unchecked")
      List<Object> results = (List<Object>) envelope.get("results");
      envelope.put("results", review.overlay(actor, results));
    }
    return new Answer(envelope, result.suggestions());
  }

  private static void refuseUnknown(Map<String, Object> params) {
    List<String> unknown =
        params.keySet().stream()
            .filter(k -> !KNOWN.contains(k) && !k.startsWith("ext_"))
            .sorted()
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidSearchQueryException(
          "Invalid search parameters: " + unknown.stream().map(k -> "'" + k + "'").toList());
    }
  }

  /** The caller's {@code fq} and {@code fq_list}, then the permission and state filters. */
  private List<String> filters(Actor actor, Map<String, Object> params) {
    List<String> filters = new ArrayList<>();
    String fq = Values.text(params.get("fq"));
    if (fq != null) {
      filters.add(fq);
    }
    for (Object f : Values.list(params.get("fq_list"))) {
      String text = Values.text(f);
      if (text != null) {
        filters.add(text);
      }
    }
    filters.addAll(accessFilters(actor, params));
    return filters;
  }

  /** The fields to facet on: none when {@code facet} is false. */
  private static List<String> facetFields(Map<String, Object> params) {
    boolean facet = TypedFields.bool(params, "facet", true);
    List<String> facetFields = new ArrayList<>();
    if (facet) {
      for (Object f : Values.list(params.get("facet.field"))) {
        String field = Values.text(f);
        if (field != null) {
          facetFields.add(field);
        }
      }
    }
    return facetFields;
  }

  /** The relevance parameters passed on to Solr as sent. */
  private static Map<String, String> tuning(Map<String, Object> params) {
    Map<String, String> tuning = new HashMap<>();
    for (String key : TUNING) {
      String v = Values.text(params.get(key));
      if (v != null) {
        tuning.put(key, v);
      }
    }
    return tuning;
  }

  /** The permission and state filters for this caller; sysadmins get only the state filter. */
  private List<String> accessFilters(Actor actor, Map<String, Object> params) {
    List<String> filters = new ArrayList<>();
    boolean includePrivate = TypedFields.bool(params, "include_private", false);
    boolean includeDrafts = TypedFields.bool(params, "include_drafts", false);
    boolean includeDeleted = TypedFields.bool(params, "include_deleted", false);
    List<String> states = new ArrayList<>(List.of("active"));
    if (includeDrafts) {
      states.add("draft");
    }
    if (includeDeleted) {
      states.add("deleted");
    }
    filters.add("+state:(" + String.join(" OR ", states) + ")");
    if (!includePrivate) {
      filters.add("+capacity:public");
    }
    if (!actor.sysadmin()) {
      String labels =
          DatasetAccess.labelsOf(actor).stream()
              .map(l -> "\"" + l.replace("\"", "") + "\"")
              .collect(Collectors.joining(" OR "));
      filters.add("+permission_labels:(" + labels + ")");
    }
    return filters;
  }

  /**
   * CKAN's tracking sort {@code views_recent} (views of recent days in CKAN) is answered with our
   * {@code popularity} (views plus downloads so far; ADR 0009), so CKAN clients' sort keeps
   * working.
   */
  static String solrSort(String sort) {
    return sort.replaceAll("\\bviews_recent\\b", "popularity");
  }

  private static void checkSort(String sort) {
    for (String clause : sort.split(",")) {
      String[] parts = clause.trim().split("\\s+");
      if (parts.length != 2
          || !SORTABLE.contains(parts[0])
          || !(parts[1].equalsIgnoreCase("asc") || parts[1].equalsIgnoreCase("desc"))) {
        throw new InvalidSearchQueryException("Invalid sort: \"" + clause.trim() + "\"");
      }
    }
  }

  private static List<String> flFields(Map<String, Object> params) {
    String fl = Values.text(params.get("fl"));
    if (fl == null || fl.equals("*") || fl.contains("data_dict")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String f : fl.split("[,\\s]+")) {
      if (!f.isBlank()) {
        out.add(f.trim());
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> envelope(
      SearchResult result, String sort, List<String> fl, List<String> facetFields) {
    List<Object> results = new ArrayList<>();
    for (Map<String, Object> doc : result.documents()) {
      if (fl.isEmpty()) {
        Object dict = doc.get("data_dict");
        if (dict != null) {
          // Stored already serialised: passed through without parsing (most of package_search's
          // own cost otherwise).
          results.add(new Json.Raw(dict.toString()));
        }
      } else {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : fl) {
          m.put(f, doc.get(f));
        }
        results.add(m);
      }
    }
    Map<String, Object> facets = new LinkedHashMap<>();
    Map<String, Object> searchFacets = new LinkedHashMap<>();
    Map<String, String> titles = displayNames(result);
    for (String field : facetFields) {
      Map<String, Object> counts = new LinkedHashMap<>();
      List<Map<String, Object>> items = new ArrayList<>();
      for (SearchResult.FacetCount fc : result.facets().getOrDefault(field, List.of())) {
        counts.put(fc.value(), fc.count());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", fc.value());
        item.put("display_name", displayName(field, fc.value(), titles));
        item.put("count", fc.count());
        items.add(item);
      }
      facets.put(field, counts);
      Map<String, Object> sf = new LinkedHashMap<>();
      sf.put("title", field);
      sf.put("items", items);
      searchFacets.put(field, sf);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", result.total());
    out.put("facets", facets);
    out.put("results", results);
    out.put("sort", sort);
    out.put("search_facets", searchFacets);
    return out;
  }

  private String displayName(String field, String value, Map<String, String> titles) {
    return switch (field) {
      case "organization", "groups" -> titles.getOrDefault(value, value);
      case "license_id" -> Licenses.title(value);
      case "cakupan_wilayah" -> regions.name(value).orElse(value);
      default -> value;
    };
  }

  /** Titles of the organisations and groups named in the facets, in one query. */
  private Map<String, String> displayNames(SearchResult result) {
    Set<String> names = new TreeSet<>();
    for (String field : List.of("organization", "groups")) {
      result.facets().getOrDefault(field, List.of()).forEach(fc -> names.add(fc.value()));
    }
    return groups.displayNames(names);
  }

  private static int natural(
      Map<String, Object> params, String key, int fallback, FieldErrors errors) {
    int value = integer(params, key, fallback, errors);
    if (value < 0) {
      errors.add(key, "Must be a natural number");
    }
    return value;
  }

  private static int integer(
      Map<String, Object> params, String key, int fallback, FieldErrors errors) {
    try {
      return Values.integer(params.get(key), fallback);
    } catch (IllegalArgumentException e) {
      errors.add(key, "Invalid integer");
      return fallback;
    }
  }
}
