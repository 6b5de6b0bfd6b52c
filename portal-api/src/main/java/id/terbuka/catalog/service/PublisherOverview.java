package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.CatalogGroup;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.GroupRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a publisher works on: the organisations they belong to (with their capacity) and the
 * datasets they may edit or created, drafts and private ones included. Reading rights still come
 * from {@link DatasetAccess}; this only chooses which datasets concern the publisher.
 */
@ApplicationScoped
@Transactional
public class PublisherOverview {
  /** Most datasets listed on a dashboard (newest changes first). */
  static final int MAX_DATASETS = 200;

  @Inject DatasetRepository datasets;
  @Inject GroupRepository groups;

  /**
   * An organisation of the publisher.
   *
   * @param capacity member, editor or admin; {@code admin} for sysadmins in every organisation
   */
  public record Unit(String id, String name, String title, Capacity capacity) {}

  /** A dataset the publisher works on. */
  public record Item(
      String name,
      String title,
      String state,
      boolean isPrivate,
      String orgTitle,
      LocalDateTime modified,
      boolean editable) {}

  /** The actor's organisations by title; every active one for sysadmins. */
  public List<Unit> units(Actor actor) {
    List<CatalogGroup> orgs = groups.active(true);
    List<Unit> out = new ArrayList<>();
    Map<String, Capacity> capacities = actor.capacities();
    for (CatalogGroup g : orgs) {
      Capacity c = actor.sysadmin() ? Capacity.ADMIN : capacities.get(g.id);
      if (c != null) {
        out.add(new Unit(g.id, g.name, g.displayName(), c));
      }
    }
    out.sort(Comparator.comparing((Unit u) -> u.title().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The organisations in which the actor may create datasets. */
  public List<Unit> editableUnits(Actor actor) {
    return units(actor).stream().filter(u -> DatasetAccess.canEdit(actor, u.id())).toList();
  }

  /**
   * Active and draft datasets of the actor's organisations and those they created, newest change
   * first, each only if {@link DatasetAccess#canRead} allows it.
   */
  public List<Item> datasets(Actor actor) {
    if (!actor.authenticated()) {
      return List.of();
    }
    List<Dataset> found =
        datasets.activeOrDraftOf(
            actor.capacities().keySet(), actor.userId().orElseThrow(), MAX_DATASETS);
    List<Item> out = new ArrayList<>();
    for (Dataset d : found) {
      if (DatasetAccess.canRead(actor, d)) {
        out.add(
            new Item(
                d.name,
                d.title == null ? d.name : d.title,
                d.state,
                d.privat,
                d.organization == null ? null : d.organization.displayName(),
                d.metadataModified,
                DatasetAccess.canEdit(actor, d.ownerOrgId())));
      }
    }
    return out;
  }
}
