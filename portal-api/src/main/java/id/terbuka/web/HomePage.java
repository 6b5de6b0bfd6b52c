package id.terbuka.web;

import id.terbuka.catalog.service.DatasetSearch;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /}: counts, the newest and the most downloaded datasets, topics and units. Two {@code
 * package_search}es (count and newest; most downloaded) and one list each of organisations and
 * groups with their visible dataset counts. The lists come from PostgreSQL, so the page still shows
 * them while Solr is down.
 */
@ApplicationScoped
public class HomePage {
  static final int NEWEST = 6;

  @Inject DatasetSearch search;
  @Inject GroupService groups;
  @Inject UsageFigures figures;

  public View render(PageContext ctx, Actor actor) {
    long count = 0;
    List<DatasetSummary> newest = new ArrayList<>();
    boolean searchDown = false;
    List<DatasetSummary> popular = List.of();
    try {
      Map<String, Object> result =
          search.search(
              actor, Map.of("rows", NEWEST, "sort", "metadata_created desc", "facet", "false"));
      count = Dicts.number(result, "count");
      if (result.get("results") instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Json.Raw raw) {
            newest.add(DatasetSummary.of(Json.parseObject(raw.json())));
          }
        }
      }
      popular = mostDownloaded(actor);
    } catch (SearchUnavailableException e) {
      searchDown = true;
    }
    List<HomeView.GroupItem> topics = items(ctx, actor, false);
    List<HomeView.GroupItem> units = items(ctx, actor, true);
    return View.of(
        "home.jte",
        new HomeView(
            count,
            units.size(),
            topics.size(),
            figures.withUsage(newest),
            topics,
            units,
            searchDown,
            popular));
  }

  /**
   * The most downloaded datasets the caller may see (ADR 0009): Solr's {@code downloads_total},
   * which the usage flush keeps current; datasets never downloaded are left out.
   */
  private List<DatasetSummary> mostDownloaded(Actor actor) {
    Map<String, Object> result =
        search.search(
            actor,
            Map.of(
                "rows",
                NEWEST,
                "fq",
                "downloads_total:[1 TO *]",
                "sort",
                "downloads_total desc, metadata_modified desc",
                "facet",
                "false"));
    List<DatasetSummary> out = new ArrayList<>();
    if (result.get("results") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Json.Raw raw) {
          out.add(DatasetSummary.of(Json.parseObject(raw.json())));
        }
      }
    }
    return figures.withUsage(out);
  }

  /** Organisations or groups, most datasets first, each linking to its page. */
  private List<HomeView.GroupItem> items(PageContext ctx, Actor actor, boolean organizations) {
    List<Object> dicts =
        groups.list(
            actor,
            Map.of("all_fields", "true", "sort", "package_count desc", "limit", "1000"),
            organizations);
    // The unit's or topic's own page: its description and the search scoped to it.
    String kind = organizations ? "organization" : "group";
    List<HomeView.GroupItem> out = new ArrayList<>();
    for (Object o : dicts) {
      if (o instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) m;
        String name = Dicts.text(g, "name");
        String title = Dicts.text(g, "display_name");
        out.add(
            new HomeView.GroupItem(
                name,
                title == null ? name : title,
                Dicts.number(g, "package_count"),
                ctx.url("/" + kind + "/" + name)));
      }
    }
    return out;
  }
}
