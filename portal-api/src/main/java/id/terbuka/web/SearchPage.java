package id.terbuka.web;

import id.terbuka.catalog.service.DatasetSearch;
import id.terbuka.identity.domain.Actor;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /dataset}: {@code package_search} for the caller (so private datasets appear exactly as in
 * the API), turned into results, facets with add/remove links, active filters, paging and, when
 * nothing matched, a spelling suggestion. The unit and topic pages embed the same search, scoped
 * ({@link SearchScope}).
 */
@ApplicationScoped
public class SearchPage {
  @Inject DatasetSearch search;
  @Inject UsageFigures figures;

  public View render(PageContext ctx, Actor actor, SearchParams params) {
    return View.of("search.jte", view(ctx, actor, params));
  }

  /** The search part of a page: results, facets, filters, paging, suggestion. */
  public SearchView view(PageContext ctx, Actor actor, SearchParams params) {
    Searched searched = search(actor, params);
    Map<String, Object> result = searched.result();
    long count = Dicts.number(result, "count");
    List<DatasetSummary> results = new ArrayList<>();
    for (Object o : list(result.get("results"))) {
      results.add(DatasetSummary.of(dict(o)));
    }
    results = figures.withUsage(results);
    Map<String, Object> searchFacets = Dicts.map(result, "search_facets");
    List<SearchView.Facet> facets = new ArrayList<>();
    // Each facet value's label, so that the active filters read as the facets do.
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    for (String field : SearchParams.FACETS) {
      if (!params.scope().fixes(field)) {
        Map<String, String> fieldLabels = new LinkedHashMap<>();
        facets.add(facet(ctx, params, field, Dicts.map(searchFacets, field), fieldLabels));
        labels.put(field, fieldLabels);
      }
    }
    Paging paging =
        Paging.of(
            params.page(),
            count,
            SearchParams.PAGE_SIZE,
            SearchParams.MAX_PAGE,
            n -> ctx.url(params.withPage(n).path()));
    return new SearchView(
        params,
        count,
        results,
        facets,
        activeFilters(ctx, params, labels),
        paging,
        searched.problem(),
        suggestion(ctx, params, searched.suggestions()));
  }

  /** What {@code package_search} answered, or the problem key of a query it cannot read. */
  private record Searched(Map<String, Object> result, List<String> suggestions, String problem) {}

  private Searched search(Actor actor, SearchParams params) {
    try {
      DatasetSearch.Answer answer = search.answer(actor, params.toPackageSearch());
      return new Searched(answer.result(), answer.suggestions(), null);
    } catch (InvalidSearchQueryException | InvalidInputException e) {
      // Typed search syntax Solr cannot parse: say so on the page, with everything else intact.
      return new Searched(Map.of(), List.of(), "search.problem.syntax");
    }
  }

  /**
   * One facet's values with links adding or removing them; their labels are put in {@code labels}.
   */
  private static SearchView.Facet facet(
      PageContext ctx,
      SearchParams params,
      String field,
      Map<String, Object> searchFacet,
      Map<String, String> labels) {
    List<SearchView.FacetItem> items = new ArrayList<>();
    for (Map<String, Object> item : Dicts.maps(searchFacet, "items")) {
      String value = Dicts.text(item, "name");
      if (value == null) {
        continue;
      }
      String label = Dicts.text(item, "display_name");
      label = label == null ? value : label;
      if (field.equals("cakupan_wilayah") && !label.equals(value)) {
        // Village and district names repeat (Ngraho is both): the code tells them apart.
        label = label + " (" + value + ")";
      }
      labels.put(value, label);
      boolean selected = params.has(field, value);
      SearchParams target =
          selected ? params.withoutFilter(field, value) : params.withFilter(field, value);
      items.add(
          new SearchView.FacetItem(
              label, Dicts.number(item, "count"), selected, ctx.url(target.path())));
    }
    if (field.equals("tahun")) {
      // Years read best in order, newest first (Solr returns the most frequent ones).
      items.sort(Comparator.comparing(SearchView.FacetItem::label).reversed());
    }
    return new SearchView.Facet(field, "facet." + field, items);
  }

  /** The query and each filter in force, with the link that removes it. */
  private static List<SearchView.ActiveFilter> activeFilters(
      PageContext ctx, SearchParams params, Map<String, Map<String, String>> labels) {
    List<SearchView.ActiveFilter> active = new ArrayList<>();
    if (params.q() != null) {
      active.add(
          new SearchView.ActiveFilter(
              "search.active.q", params.q(), ctx.url(params.withoutQuery().path())));
    }
    params
        .filters()
        .forEach(
            (field, values) -> {
              for (String v : values) {
                active.add(
                    new SearchView.ActiveFilter(
                        "facet." + field,
                        labels.getOrDefault(field, Map.of()).getOrDefault(v, v),
                        ctx.url(params.withoutFilter(field, v).path())));
              }
            });
    return active;
  }

  /** "Did you mean": the first suggestion for a typed query, or null. */
  private static SearchView.Suggestion suggestion(
      PageContext ctx, SearchParams params, List<String> suggestions) {
    if (suggestions.isEmpty() || params.q() == null) {
      return null;
    }
    String text = suggestions.get(0);
    return new SearchView.Suggestion(text, ctx.url(params.withQuery(text).path()));
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  /** A result: a dict, or the stored JSON text that package_search passes through unparsed. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> dict(Object o) {
    if (o instanceof Json.Raw raw) {
      return Json.parseObject(raw.json());
    }
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
