package id.terbuka.catalog.domain;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one visibility rule for datasets. Show, lists, search (through permission labels), activity,
 * downloads and later DataStore, DCAT and pages all ask here.
 *
 * <ul>
 *   <li>active and public: everyone;
 *   <li>private: members of the owning organisation (any capacity);
 *   <li>draft: its creator and the organisation's editors and admins;
 *   <li>deleted: the organisation's editors and admins;
 *   <li>sysadmins see everything.
 * </ul>
 */
public final class DatasetAccess {
  private DatasetAccess() {}

  public static boolean canRead(Actor actor, Dataset d) {
    return canRead(actor, d.state, d.privat, d.ownerOrgId(), d.creatorUserId);
  }

  public static boolean canRead(
      Actor actor, String state, boolean isPrivate, String ownerOrgId, String creatorUserId) {
    if (actor.sysadmin()) {
      return true;
    }
    switch (state) {
      case "deleted":
        return actor.can(Capacity.EDITOR, ownerOrgId);
      case "draft":
        return actor.is(creatorUserId) || actor.can(Capacity.EDITOR, ownerOrgId);
      default:
        return !isPrivate || actor.can(Capacity.MEMBER, ownerOrgId);
    }
  }

  /** Whether the actor may create, change or delete datasets of this organisation. */
  public static boolean canEdit(Actor actor, String ownerOrgId) {
    return actor.can(Capacity.EDITOR, ownerOrgId);
  }

  /**
   * The labels stored with a dataset in the search index; a search only returns documents sharing a
   * label with {@link #labelsOf(Actor)}. Mirrors {@link #canRead} exactly.
   */
  public static List<String> labelsOf(Dataset d) {
    List<String> labels = new ArrayList<>();
    String org = d.ownerOrgId();
    switch (d.state) {
      case "deleted":
        labels.add("editor-" + org);
        break;
      case "draft":
        labels.add("editor-" + org);
        if (d.creatorUserId != null) {
          labels.add("creator-" + d.creatorUserId);
        }
        break;
      default:
        labels.add(d.privat ? "member-" + org : "public");
    }
    return labels;
  }

  /** The labels an actor holds; empty for sysadmins, who are not filtered at all. */
  public static Set<String> labelsOf(Actor actor) {
    Set<String> labels = new LinkedHashSet<>();
    labels.add("public");
    actor.userId().ifPresent(id -> labels.add("creator-" + id));
    actor
        .capacities()
        .forEach(
            (group, capacity) -> {
              labels.add("member-" + group);
              if (capacity.atLeast(Capacity.EDITOR)) {
                labels.add("editor-" + group);
              }
            });
    return labels;
  }
}
