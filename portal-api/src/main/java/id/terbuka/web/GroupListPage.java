package id.terbuka.web;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /organization} and {@code /group}: the regency's units or the topics, alphabetically by
 * title (the home page already lists them by size), with the number of datasets the visitor can
 * see, {@value #PAGE_SIZE} a page. Read through {@code organization_list}/{@code group_list}, so
 * the counts follow the same permission rules as the API; they come from PostgreSQL and work while
 * Solr is down.
 */
@ApplicationScoped
public class GroupListPage {
  static final int PAGE_SIZE = 20;

  /** More than any regency has; deeper page numbers show the last page. */
  static final int MAX_PAGE = 100;

  private static final int SUMMARY = 160;

  @Inject GroupService groups;

  public View render(PageContext ctx, Actor actor, boolean organizations, String pageParam) {
    long total = groups.list(actor, Map.of("limit", "100000"), organizations).size();
    int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(last, pageNumber(pageParam));
    List<Object> dicts =
        groups.list(
            actor,
            Map.of(
                "all_fields",
                "true",
                "sort",
                "title asc",
                "limit",
                String.valueOf(PAGE_SIZE),
                "offset",
                String.valueOf((page - 1) * PAGE_SIZE)),
            organizations);
    List<GroupListView.Item> items = new ArrayList<>();
    for (Object o : dicts) {
      if (o instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) m;
        String name = Dicts.text(g, "name");
        String title = Dicts.text(g, "display_name");
        SearchScope scope =
            organizations ? SearchScope.organization(name) : SearchScope.group(name);
        items.add(
            new GroupListView.Item(
                name,
                title == null ? name : title,
                Markdown.summary(Dicts.text(g, "description"), SUMMARY),
                Dicts.number(g, "package_count"),
                organizations ? Dicts.text(g, "kode_unit") : null,
                ctx.url(scope.path())));
      }
    }
    String base = organizations ? "/organization" : "/group";
    Paging paging =
        Paging.of(
            page, total, PAGE_SIZE, MAX_PAGE, n -> ctx.url(n == 1 ? base : base + "?page=" + n));
    return View.of("groups.jte", new GroupListView(organizations, total, items, paging, page));
  }

  /** The 1-based page asked for; anything unreadable is page 1. */
  static int pageNumber(String param) {
    if (param == null || !param.strip().matches("\\d{1,6}")) {
      return 1;
    }
    return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(param.strip())));
  }
}
