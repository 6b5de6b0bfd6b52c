package id.terbuka.web.publisher;

import id.terbuka.catalog.service.PublisherOverview;
import id.terbuka.imports.service.ImportHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code /dashboard}: the reader's organisations with their role, and their datasets; for editors,
 * the way to the import pages.
 */
@ApplicationScoped
public class DashboardPage {
  @Inject PublisherOverview overview;
  @Inject ImportHandlers imports;

  Outcome render(Call c) {
    boolean edits = !overview.editableUnits(c.actor()).isEmpty();
    return Outcome.page(
        "publisher/dashboard.jte",
        new PublisherViews.DashboardView(
            c.me(),
            overview.units(c.actor()),
            overview.datasets(c.actor()),
            edits,
            edits ? imports.kinds() : List.of(),
            c.done()));
  }
}
