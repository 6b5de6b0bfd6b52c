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
 * runs may contain anything, so their reports are for the organisation's editors and sysadmins.
 */
@ApplicationScoped
@Transactional
public class ImportHistory {
  public static final int PAGE_SIZE = 20;

  @Inject ImportRuns runs;
  @Inject GroupService groups;

  /** A page of the history, newest first, with the total number of visible and hidden runs. */
  public record Page(List<ImportReport> reports, long total, int page, int pageSize) {}

  public ImportReport report(Actor actor, String kind, String id) {
    ImportRuns.StoredRun run =
        runs.find(kind, id)
            .filter(r -> visible(actor, r))
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
    List<ImportReport> reports =
        runs.history(kind, orgId, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
            .filter(r -> visible(actor, r))
            .map(r -> ImportReport.fromJson(r.reportJson()))
            .toList();
    return new Page(reports, runs.count(kind, orgId), page, PAGE_SIZE);
  }

  private static boolean visible(Actor actor, ImportRuns.StoredRun run) {
    return ImportStatus.ACCEPTED.json().equals(run.status())
        || (run.organizationId() != null && DatasetAccess.canEdit(actor, run.organizationId()));
  }
}
