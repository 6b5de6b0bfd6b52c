package id.terbuka.catalog.service;

import id.terbuka.audit.service.ActivityLog;
import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.CatalogGroup;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.GroupAccess;
import id.terbuka.catalog.domain.GroupInput;
import id.terbuka.catalog.domain.GroupListing;
import id.terbuka.catalog.domain.ObjectReference;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.GroupRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.Membership;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.service.UserService;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Organisations and groups: create, update, show, list, members. Renaming one re-indexes its
 * datasets (their search documents carry its name and title), through the same outbox.
 */
@ApplicationScoped
@Transactional
public class GroupService {
  @Inject GroupRepository repo;
  @Inject DatasetRepository datasetRepo;
  @Inject UserService users;
  @Inject IndexQueue outbox;
  @Inject ActivityLog activities;
  @Inject DatasetService datasets;

  /** {@code organization_create} / {@code group_create} (sysadmins); the creator becomes admin. */
  public Map<String, Object> create(Actor actor, Map<String, Object> dict, boolean organization) {
    GroupAccess.requireMayCreate(actor, organization);
    String name = Values.text(dict.get("name"));
    GroupInput.checkNewName(name, n -> repo.groupNameTaken(n, null)).throwIfAny();
    CatalogGroup g =
        new CatalogGroup(UUID.randomUUID().toString(), name, organization, Timestamps.now());
    GroupInput.apply(g, dict);
    GroupInput.applyReviewRequired(g, dict, actor);
    repo.add(g);
    actor.userId().ifPresent(uid -> users.setMembership(g.id, uid, Capacity.ADMIN));
    addUsers(g, dict);
    repo.flush();
    Map<String, Object> result = show(actor, g.id, organization, false);
    activities.record(
        actor,
        "new " + GroupAccess.kind(organization),
        g.id,
        null,
        List.of(),
        GroupAccess.kind(organization),
        result);
    return result;
  }

  /**
   * {@code organization_update} / {@code group_update}: replaces the fields given by CKAN's schema.
   */
  public Map<String, Object> update(Actor actor, Map<String, Object> dict, boolean organization) {
    String ref = ObjectReference.idOrName(dict);
    CatalogGroup g = repo.group(ref, organization).orElseThrow(() -> notFound(organization));
    GroupAccess.requireMayEdit(actor, g);
    String name = GroupInput.nameAfterUpdate(dict, g);
    GroupInput.checkName(name, n -> repo.groupNameTaken(n, g.id)).throwIfAny();
    String before = g.name + "\u0000" + g.title;
    g.name = name;
    GroupInput.apply(g, dict);
    GroupInput.applyReviewRequired(g, dict, actor);
    g.revision++;
    addUsers(g, dict);
    repo.flush();
    if (!before.equals(g.name + "\u0000" + g.title)) {
      outbox.datasetsChanged(datasetRepo.idsIn(g));
    }
    Map<String, Object> result = show(actor, g.id, organization, false);
    activities.record(
        actor,
        "changed " + GroupAccess.kind(organization),
        g.id,
        null,
        List.of(),
        GroupAccess.kind(organization),
        result);
    return result;
  }

  /**
   * {@code organization_patch} / {@code group_patch}: {@link #update} with the fields not sent kept
   * as they are (its members included).
   */
  public Map<String, Object> patch(
      Actor actor, String ref, Map<String, Object> changes, boolean organization) {
    Map<String, Object> merged = new LinkedHashMap<>(show(actor, ref, organization, false));
    merged.remove("users");
    merged.putAll(changes);
    return update(actor, merged, organization);
  }

  /** {@code organization_member_create}: adds or changes a user's capacity (org admins). */
  public Map<String, Object> addMember(
      Actor actor, String groupRef, String userRef, String role, boolean organization) {
    Capacity capacity = GroupInput.checkMemberRequest(groupRef, userRef, role);
    CatalogGroup g = repo.group(groupRef, organization).orElseThrow(() -> notFound(organization));
    GroupAccess.requireMayEditMembers(actor, g);
    UserAccount user =
        users.find(userRef).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    users.setMembership(g.id, user.id(), capacity);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("table_name", "user");
    m.put("table_id", user.id());
    m.put("group_id", g.id);
    m.put("capacity", capacity.id());
    m.put("state", "active");
    return m;
  }

  /**
   * {@code organization_member_delete} / {@code group_member_delete}: ends a user's membership (org
   * admins and sysadmins), as the publisher pages' member list does too.
   */
  public void removeMember(Actor actor, String groupRef, String userRef, boolean organization) {
    GroupInput.checkMemberRemoval(groupRef, userRef);
    CatalogGroup g = repo.group(groupRef, organization).orElseThrow(() -> notFound(organization));
    GroupAccess.requireMayEditMembers(actor, g);
    UserAccount user =
        users.find(userRef).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    if (!users.removeMembership(g.id, user.id())) {
      throw new ObjectNotFoundException("User is not a member");
    }
  }

  /**
   * The id of the organisation (or group) of this id or name, in any state: what its activity
   * stream is kept under.
   */
  public String idOf(String ref, boolean organization) {
    return repo.group(ref, organization).orElseThrow(() -> notFound(organization)).id();
  }

  /** An active organisation as the domain capabilities see it: which unit it is. */
  public record Unit(String id, String name, String title, String kodeUnit) {}

  /** The active organisation of this id or name, if any. */
  public Optional<Unit> activeOrganization(String ref) {
    return repo.group(ref, true).filter(g -> "active".equals(g.state)).map(GroupService::unit);
  }

  /** Every active organisation that has a unit code (kode SKPD), keyed by that code. */
  public Map<String, Unit> unitsByCode() {
    Map<String, Unit> units = new java.util.TreeMap<>();
    for (CatalogGroup g : repo.active(true)) {
      if (g.kodeUnit != null && !g.kodeUnit.isBlank()) {
        units.putIfAbsent(g.kodeUnit.strip(), unit(g));
      }
    }
    return units;
  }

  private static Unit unit(CatalogGroup g) {
    return new Unit(g.id, g.name, g.displayName(), g.kodeUnit);
  }

  /** Whether an organisation (or group) of this id or name exists, in any state. */
  public boolean exists(String ref, boolean organization) {
    return repo.group(ref, organization).isPresent();
  }

  /** {@code organization_show} / {@code group_show}. */
  public Map<String, Object> show(
      Actor actor, String ref, boolean organization, boolean includeDatasets) {
    CatalogGroup g =
        repo.group(ref, organization)
            .filter(x -> GroupAccess.canSee(actor, x))
            .orElseThrow(() -> notFound(organization));
    Map<String, Object> m =
        datasets.dicts().group(g, countVisible(actor, List.of(g)).getOrDefault(g.id, 0L));
    List<Map<String, Object>> members = new ArrayList<>();
    for (Membership ms : users.membersOf(g.id)) {
      users
          .find(ms.userId())
          .ifPresent(
              u -> {
                Map<String, Object> um = new LinkedHashMap<>();
                um.put("id", u.id());
                um.put("name", u.name());
                um.put("display_name", u.fullname() == null ? u.name() : u.fullname());
                um.put("capacity", ms.capacity().id());
                um.put("sysadmin", u.sysadmin());
                members.add(um);
              });
    }
    m.put("users", members);
    m.put("extras", List.of());
    m.put("groups", List.of());
    m.put("tags", List.of());
    if (includeDatasets) {
      CatalogDicts dicts = datasets.dicts();
      List<Map<String, Object>> packages = new ArrayList<>();
      for (Dataset d : datasetRepo.activeIn(g, 1000)) {
        if (DatasetAccess.canRead(actor, d)) {
          packages.add(dicts.dataset(d));
        }
      }
      m.put("packages", packages);
    }
    return m;
  }

  /**
   * {@code organization_list} / {@code group_list}: names, or dicts with {@code all_fields}, sorted
   * by {@code title asc} by default, also {@code name} and {@code package_count}.
   */
  public List<Object> list(Actor actor, Map<String, Object> params, boolean organization) {
    GroupListing listing = GroupListing.of(params);
    List<CatalogGroup> groups = listing.matching(repo.active(organization));
    Map<String, Long> counts = listing.needsCounts() ? countVisible(actor, groups) : Map.of();
    List<Object> out = new ArrayList<>();
    CatalogDicts dicts = datasets.dicts();
    for (CatalogGroup g : listing.page(groups, counts)) {
      out.add(listing.allFields() ? listEntry(dicts, g, counts, listing.withCounts()) : g.name);
    }
    return out;
  }

  private static Map<String, Object> listEntry(
      CatalogDicts dicts, CatalogGroup g, Map<String, Long> counts, boolean withCounts) {
    Map<String, Object> m = dicts.group(g, counts.getOrDefault(g.id, 0L));
    if (!withCounts) {
      m.remove("package_count");
    }
    return m;
  }

  /** Active datasets per group that the actor can see (one query for all groups). */
  private Map<String, Long> countVisible(Actor actor, List<CatalogGroup> groups) {
    Map<String, Long> counts = new HashMap<>();
    if (groups.isEmpty()) {
      return counts;
    }
    boolean orgs = groups.get(0).organization;
    for (GroupRepository.DatasetCount row : repo.activeDatasetCounts(orgs)) {
      String groupId = row.groupId();
      if (groupId != null && GroupAccess.countsTowards(actor, row.isPrivate(), row.ownerOrgId())) {
        counts.merge(groupId, row.count(), Long::sum);
      }
    }
    return counts;
  }

  private void addUsers(CatalogGroup g, Map<String, Object> dict) {
    for (GroupInput.RequestedMember wanted : GroupInput.requestedMembers(dict)) {
      String ref = wanted.userRef();
      UserAccount user =
          users
              .find(ref)
              .orElseThrow(() -> InvalidInputException.of("users", "User " + ref + " not found"));
      users.setMembership(g.id, user.id(), wanted.capacity());
    }
  }

  static ObjectNotFoundException notFound(boolean organization) {
    return GroupAccess.notFound(organization);
  }
}
