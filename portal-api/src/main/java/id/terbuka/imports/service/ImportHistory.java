package id.terbuka.imports.service;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.persistence.ImportRuns;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The stored reports. An accepted import's report is public: it tells what was published, when, by
 * whom and from which file (its SHA-256), which is what reviewers audit. Rejected files and dry
 * runs may contain anything, so their reports are for the organisation's editors and sysadmins. A
 * kind whose reports quote personal data (Dasa Wisma) shows each report to its sender only.
 */
@ApplicationScoped
@Transactional
public class ImportHistory {
  public static final int PAGE_SIZE = 20;

  @Inject ImportRuns runs;
  @Inject GroupService groups;
  @Inject ImportHandlers handlers;

  /** A page of the history, newest first, with the total number of visible and hidden runs. */
  public record Page(List<ImportReport> reports, long total, int page, int pageSize) {}

  public ImportReport report(Actor actor, String kind, String id) {
    ImportRuns.StoredRun run =
        runs.find(kind, id)
            .filter(r -> visible(actor, kind, r))
            .orElseThrow(() -> new ObjectNotFoundException("Import not found"));
    return ImportReport.fromJson(run.reportJson());
  }

  /**
   * The history of one organisation (or of all when {@code organizationRef} is null), 1-based
   * pages; runs the actor may not see are left out of the page.
   */
  public Page history(Actor actor, String kind, String organizationRef, int page) {
    if (page < 1 || page > 10_000) {
      throw InvalidInputException.of("page", "Must be a whole number from 1 to 10000");
    }
    String orgId = null;
    if (organizationRef != null && !organizationRef.isBlank()) {
      orgId =
          groups
              .activeOrganization(organizationRef.strip())
              .orElseThrow(() -> new ObjectNotFoundException("Organization not found"))
              .id();
    }
    // A kind whose reports are private pages through the sender's own runs only (an anonymous
    // caller has none).
    String sender = null;
    if (privateToSender(kind)) {
      sender = actor.userId().orElse("");
    }
    List<ImportReport> reports =
        runs.history(kind, orgId, sender, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
            .filter(r -> visible(actor, kind, r))
            .map(r -> ImportReport.fromJson(r.reportJson()))
            .toList();
    return new Page(reports, runs.count(kind, orgId, sender), page, PAGE_SIZE);
  }

  private boolean privateToSender(String kind) {
    return handlers.find(kind).map(ImportHandler::reportsPrivateToSender).orElse(false);
  }

  private boolean visible(Actor actor, String kind, ImportRuns.StoredRun run) {
    if (privateToSender(kind)) {
      return run.userId() != null && actor.userId().filter(run.userId()::equals).isPresent();
    }
    return ImportStatus.ACCEPTED.json().equals(run.status())
        || (run.organizationId() != null && DatasetAccess.canEdit(actor, run.organizationId()));
  }
}
