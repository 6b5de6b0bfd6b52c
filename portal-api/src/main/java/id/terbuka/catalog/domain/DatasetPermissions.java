package id.terbuka.catalog.domain;

import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;

/**
 * The refusals of the dataset use cases, on top of {@link DatasetAccess}'s rule: which one a caller
 * gets and in what words (CKAN's). A deleted dataset the caller may not read does not exist for
 * them; any other unreadable one is a refusal, so its owner can tell "private" from "gone".
 */
public final class DatasetPermissions {
  private DatasetPermissions() {}

  public static ObjectNotFoundException notFound() {
    return new ObjectNotFoundException("Dataset not found");
  }

  /**
   * @throws ObjectNotFoundException the dataset is deleted and the actor may not read it
   * @throws AccessDeniedException the actor may not read it otherwise
   */
  public static void requireReadable(Actor actor, Dataset d) {
    if (!DatasetAccess.canRead(actor, d)) {
      if ("deleted".equals(d.state)) {
        throw notFound();
      }
      throw new AccessDeniedException("User not authorized to read package " + d.id);
    }
  }

  /** Changing or deleting a dataset: editors and admins of its organisation, and sysadmins. */
  public static void requireEditor(Actor actor, Dataset d) {
    if (!DatasetAccess.canEdit(actor, d.ownerOrgId())) {
      throw new AccessDeniedException("User not authorized to edit package " + d.id);
    }
  }

  /**
   * Putting a dataset into an organisation (creating it there, or moving it there): its editors,
   * admins and sysadmins.
   *
   * @param what what was refused, as the message says it ("add dataset to this organization")
   */
  public static void requireEditorOf(Actor actor, CatalogGroup organization, String what) {
    if (!DatasetAccess.canEdit(actor, organization.id)) {
      throw new AccessDeniedException(
          "User "
              + (actor.authenticated() ? actor.userName() : "anonymous")
              + " not authorized to "
              + what);
    }
  }

  /**
   * Whether an update's {@code owner_org} (an id or a name) names another organisation than the
   * dataset's own; none sent keeps it.
   */
  public static boolean movesOrganization(Dataset d, String newOrgRef) {
    return newOrgRef != null
        && !newOrgRef.equals(d.ownerOrgId())
        && !newOrgRef.equals(d.organization.name);
  }

  /** Purging (removing for good, history included): sysadmins only. */
  public static void requireMayPurge(Actor actor) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("User not authorized to purge package");
    }
  }
}
