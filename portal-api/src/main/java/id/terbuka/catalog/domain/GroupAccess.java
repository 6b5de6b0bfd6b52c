package id.terbuka.catalog.domain;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;

/**
 * Who may create, change, see and count what in organisations and groups: sysadmins create them,
 * their admins (and sysadmins) change them and their members, a deleted one exists for sysadmins
 * only. The messages are CKAN's.
 */
public final class GroupAccess {
  private GroupAccess() {}

  /** {@code organization} or {@code group}, as CKAN's messages and activity types name them. */
  public static String kind(boolean organization) {
    return organization ? "organization" : "group";
  }

  public static void requireMayCreate(Actor actor, boolean organization) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("User not authorized to create " + kind(organization) + "s");
    }
  }

  /** Changing an organisation's or group's own fields: its admins and sysadmins. */
  public static void requireMayEdit(Actor actor, CatalogGroup g) {
    if (!actor.can(Capacity.ADMIN, g.id)) {
      throw new AccessDeniedException(
          "User not authorized to edit " + kind(g.organization) + " " + g.id);
    }
  }

  /** Adding, changing or ending memberships: its admins and sysadmins. */
  public static void requireMayEditMembers(Actor actor, CatalogGroup g) {
    if (!actor.can(Capacity.ADMIN, g.id)) {
      throw new AccessDeniedException(
          "User not authorized to edit " + kind(g.organization) + " " + g.id + " members");
    }
  }

  /** A deleted organisation or group is shown to sysadmins only; to others it does not exist. */
  public static boolean canSee(Actor actor, CatalogGroup g) {
    return !"deleted".equals(g.state) || actor.sysadmin();
  }

  /**
   * Whether active datasets of one privacy and owning organisation count towards the {@code
   * package_count} of an organisation or topic group the actor is shown: exactly those the actor
   * may read ({@link DatasetAccess}, the one visibility rule). Membership of a topic group gives no
   * right to read its private datasets: they belong to their organisations.
   */
  public static boolean countsTowards(Actor actor, boolean isPrivate, String ownerOrgId) {
    return DatasetAccess.canRead(actor, "active", isPrivate, ownerOrgId, null);
  }

  public static ObjectNotFoundException notFound(boolean organization) {
    return new ObjectNotFoundException(organization ? "Organization not found" : "Group not found");
  }
}
