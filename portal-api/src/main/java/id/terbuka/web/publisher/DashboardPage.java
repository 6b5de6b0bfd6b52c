package id.terbuka.web.publisher;

import id.terbuka.catalog.domain.ReviewStatus;
import id.terbuka.catalog.service.DatasetReviews;
import id.terbuka.catalog.service.PublisherOverview;
import id.terbuka.dasawisma.service.DasaWismaAccess;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.service.ImportHandler;
import id.terbuka.imports.service.ImportHandlers;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code /dashboard}: the reader's organisations with their role, and their datasets; the import
 * pages she may use (an editor's, and those of a domain that accepts her by its own rule, as Dasa
 * Wisma accepts cadres); the way to the Dasa Wisma pages when she has a part there.
 */
@ApplicationScoped
public class DashboardPage {
  @Inject DatasetReviews reviews;

  @Inject PublisherOverview overview;
  @Inject ImportHandlers imports;
  @Inject DasaWismaAccess dasaWisma;

  Outcome render(Call c) {
    boolean edits = !overview.editableUnits(c.actor()).isEmpty();
    List<String> kinds =
        imports.kinds().stream()
            .filter(k -> imports.find(k).map(h -> mayImport(h, c.actor(), edits)).orElse(false))
            .toList();
    return Outcome.page(
        "publisher/dashboard.jte",
        new PublisherViews.DashboardView(
            c.me(),
            overview.units(c.actor()),
            overview.datasets(c.actor()),
            edits,
            kinds,
            DasaWismaReader.of(c.actor(), dasaWisma).any(),
            c.done(),
            reviews.queue(c.actor(), ReviewStatus.MENUNGGU_VERIFIKASI, 1).count(),
            reviews.queue(c.actor(), ReviewStatus.DIKEMBALIKAN, 1).count()));
  }

  /**
   * Whether the reader may use a kind's import page: the domain accepts her by its own rule, or it
   * keeps the shared rule and she edits an organisation.
   */
  private static boolean mayImport(ImportHandler<?> handler, Actor actor, boolean edits) {
    try {
      return handler.importingOrganization(actor).isPresent() || edits;
    } catch (AccessDeniedException | InvalidInputException e) {
      return false;
    }
  }
}
