package id.terbuka.imports.service;

import id.terbuka.catalog.domain.ImportApproval;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Applies an import when the walidata approves its review item (ADR 0016). The catalogue fires
 * {@link ImportApproval} in the approval's transaction (it cannot call this capability, which
 * depends on it); applying here in that same transaction makes approval and publication one.
 */
@ApplicationScoped
public class ImportApprovals {
  @Inject ImportHandlers handlers;
  @Inject ImportService imports;
  @Inject GroupService groups;
  @Inject UserService users;

  void onApproval(@Observes ImportApproval approval) {
    ReviewItem item = approval.item();
    Map<String, Object> stored = item.importRequestDict();
    ImportHandler<?> handler = handlers.find(item.importKind).orElse(null);
    if (handler == null) {
      return; // not a file import (a posted OCDS package has its own observer)
    }
    GroupService.Unit org =
        groups
            .activeOrganization(item.ownerOrg)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "organization", "The importing organization no longer exists"));
    String submitter = users.find(item.submittedBy).map(UserAccount::name).orElse("");
    imports.applyApproved(
        handler,
        approval.walidata(),
        new ImportService.ApprovedImport(
            Values.text(stored.get("import_id")),
            org,
            Values.text(stored.get("file_name")),
            Values.text(stored.get("file_sha256")),
            submitter));
  }
}
