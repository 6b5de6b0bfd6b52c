package id.terbuka.web.publisher;

import id.terbuka.catalog.service.PublisherOverview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code /dashboard}: the reader's organisations with their role, and their datasets. */
@ApplicationScoped
public class DashboardPage {
  @Inject PublisherOverview overview;

  Outcome render(Call c) {
    return Outcome.page(
        "publisher/dashboard.jte",
        new PublisherViews.DashboardView(
            c.me(),
            overview.units(c.actor()),
            overview.datasets(c.actor()),
            !overview.editableUnits(c.actor()).isEmpty(),
            c.done()));
  }
}
