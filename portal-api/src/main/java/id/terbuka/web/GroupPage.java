package id.terbuka.web;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * {@code /organization/{name}} and {@code /group/{name}}: title, description (sanitised Markdown,
 * as on the dataset page), the unit's {@code kode_unit}, and the {@code /dataset} search scoped to
 * the unit or topic ({@link SearchPage} with a {@link SearchScope}). An unknown name is {@code
 * organization_show}'s not-found, which the servlet turns into the 404 page.
 */
@ApplicationScoped
public class GroupPage {
  private static final int SUMMARY = 160;

  @Inject GroupService groups;
  @Inject SearchPage search;

  public View render(
      PageContext ctx, Actor actor, boolean organization, String ref, Map<String, String[]> query) {
    Map<String, Object> g = groups.show(actor, ref, organization, false);
    String name = Dicts.text(g, "name");
    String title = Dicts.text(g, "display_name");
    String description = Dicts.text(g, "description");
    SearchScope scope = organization ? SearchScope.organization(name) : SearchScope.group(name);
    SearchView view = search.view(ctx, actor, SearchParams.parse(query, scope));
    return View.of(
        "group.jte",
        new GroupView(
            organization,
            name,
            title == null ? name : title,
            description == null ? "" : Markdown.toHtml(description),
            Markdown.summary(description, SUMMARY),
            organization ? Dicts.text(g, "kode_unit") : null,
            view));
  }
}
