package id.terbuka.catalog.service;

import id.terbuka.audit.service.ActivityLog;
import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.CatalogGroup;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.DatasetRules;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.catalog.persistence.GroupRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.Membership;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.service.UserService;
import id.terbuka.searchsync.service.IndexQueue;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

  private static String kind(boolean organization) {
    return organization ? "organization" : "group";
  }

  /** {@code organization_create} / {@code group_create} (sysadmins); the creator becomes admin. */
  public Map<String, Object> create(Actor actor, Map<String, Object> dict, boolean organization) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("User not authorized to create " + kind(organization) + "s");
    }
    FieldErrors errors = new FieldErrors();
    String name = Values.text(dict.get("name"));
    DatasetRules.checkName(name, errors, n -> repo.groupNameTaken(n, null));
    if (errors.has("name") && name != null && repo.groupNameTaken(name, null)) {
      errors = new FieldErrors().add("name", "Group name already exists in database");
    }
    errors.throwIfAny();
    CatalogGroup g =
        new CatalogGroup(UUID.randomUUID().toString(), name, organization, Timestamps.now());
    applyFields(g, dict, organization);
    repo.add(g);
    actor.userId().ifPresent(uid -> users.setMembership(g.id, uid, Capacity.ADMIN));
    addUsers(g, dict);
    repo.flush();
    Map<String, Object> result = show(actor, g.id, organization, false);
    activities.record(
        actor, "new " + kind(organization), g.id, null, List.of(), kind(organization), result);
    return result;
  }

  /**
   * {@code organization_update} / {@code group_update}: replaces the fields given by CKAN's schema.
   */
  public Map<String, Object> update(Actor actor, Map<String, Object> dict, boolean organization) {
    String ref = DatasetService.reference(dict);
    CatalogGroup g = repo.group(ref, organization).orElseThrow(() -> notFound(organization));
    if (!actor.can(Capacity.ADMIN, g.id)) {
      throw new AccessDeniedException(
          "User not authorized to edit " + kind(organization) + " " + g.id);
    }
    String name = Values.text(dict.get("name"));
    if (name == null) {
      name = g.name;
    }
    FieldErrors errors = new FieldErrors();
    DatasetRules.checkName(name, errors, n -> repo.groupNameTaken(n, g.id));
    errors.throwIfAny();
    String before = g.name + "\u0000" + g.title;
    g.name = name;
    applyFields(g, dict, organization);
    g.revision++;
    addUsers(g, dict);
    repo.flush();
    if (!before.equals(g.name + "\u0000" + g.title)) {
      outbox.datasetsChanged(datasetRepo.idsIn(g));
    }
    Map<String, Object> result = show(actor, g.id, organization, false);
    activities.record(
        actor, "changed " + kind(organization), g.id, null, List.of(), kind(organization), result);
    return result;
  }

  /** {@code organization_member_create}: adds or changes a user's capacity (org admins). */
  public Map<String, Object> addMember(
      Actor actor, String groupRef, String userRef, String role, boolean organization) {
    FieldErrors errors = new FieldErrors();
    if (groupRef == null) {
      errors.add("id", "Missing value");
    }
    if (userRef == null) {
      errors.add("username", "Missing value");
    }
    Capacity capacity = Capacity.parse(role).orElse(null);
    if (capacity == null) {
      errors.add(
          "role", role == null ? "Missing value" : "Role must be one of: admin, editor, member");
    }
    errors.throwIfAny();
    CatalogGroup g = repo.group(groupRef, organization).orElseThrow(() -> notFound(organization));
    if (!actor.can(Capacity.ADMIN, g.id)) {
      throw new AccessDeniedException(
          "User not authorized to edit " + kind(organization) + " " + g.id + " members");
    }
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
    FieldErrors errors = new FieldErrors();
    if (groupRef == null) {
      errors.add("id", "Missing value");
    }
    if (userRef == null) {
      errors.add("username", "Missing value");
    }
    errors.throwIfAny();
    CatalogGroup g = repo.group(groupRef, organization).orElseThrow(() -> notFound(organization));
    if (!actor.can(Capacity.ADMIN, g.id)) {
      throw new AccessDeniedException(
          "User not authorized to edit " + kind(organization) + " " + g.id + " members");
    }
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

  /** Whether an organisation (or group) of this id or name exists, in any state. */
  public boolean exists(String ref, boolean organization) {
    return repo.group(ref, organization).isPresent();
  }

  /** {@code organization_show} / {@code group_show}. */
  public Map<String, Object> show(
      Actor actor, String ref, boolean organization, boolean includeDatasets) {
    CatalogGroup g =
        repo.group(ref, organization)
            .filter(x -> !"deleted".equals(x.state) || actor.sysadmin())
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
    String sort = Values.text(params.get("sort"));
    sort = sort == null ? "title asc" : sort.trim().toLowerCase(Locale.ROOT);
    String[] parts = sort.split("\\s+");
    String field = parts[0];
    boolean desc = parts.length > 1 && parts[1].equals("desc");
    if (!List.of("title", "name", "package_count").contains(field)
        || (parts.length > 1 && !List.of("asc", "desc").contains(parts[1]))
        || parts.length > 2) {
      throw InvalidInputException.of("sort", "Cannot sort by field `" + sort + "`");
    }
    String q = Values.text(params.get("q"));
    boolean allFields = TypedFields.bool(params, "all_fields", false);
    boolean withCounts = TypedFields.bool(params, "include_dataset_count", allFields);
    int limit = TypedFields.integer(params, "limit", allFields ? 25 : 1000);
    int offset = TypedFields.integer(params, "offset", 0);
    if (limit < 0 || offset < 0) {
      throw InvalidInputException.of(limit < 0 ? "limit" : "offset", "Must be a positive integer");
    }
    List<CatalogGroup> groups = repo.active(organization);
    if (q != null) {
      String needle = q.toLowerCase(Locale.ROOT);
      groups =
          groups.stream()
              .filter(
                  g ->
                      g.name.toLowerCase(Locale.ROOT).contains(needle)
                          || g.displayName().toLowerCase(Locale.ROOT).contains(needle)
                          || (g.description != null
                              && g.description.toLowerCase(Locale.ROOT).contains(needle)))
              .toList();
    }
    Map<String, Long> counts =
        field.equals("package_count") || withCounts ? countVisible(actor, groups) : Map.of();
    java.util.Comparator<CatalogGroup> order =
        switch (field) {
          case "name" -> java.util.Comparator.comparing((CatalogGroup g) -> g.name);
          case "package_count" ->
              java.util.Comparator.comparing((CatalogGroup g) -> counts.getOrDefault(g.id, 0L));
          default ->
              java.util.Comparator.comparing(
                  (CatalogGroup g) -> g.displayName().toLowerCase(Locale.ROOT));
        };
    if (desc) {
      order = order.reversed();
    }
    List<CatalogGroup> page =
        groups.stream().sorted(order.thenComparing(g -> g.name)).skip(offset).limit(limit).toList();
    List<Object> out = new ArrayList<>();
    CatalogDicts dicts = datasets.dicts();
    for (CatalogGroup g : page) {
      if (allFields) {
        Map<String, Object> m = dicts.group(g, counts.getOrDefault(g.id, 0L));
        if (!withCounts) {
          m.remove("package_count");
        }
        out.add(m);
      } else {
        out.add(g.name);
      }
    }
    return out;
  }

  /** Active datasets per group that the actor can see (one query for all groups). */
  private Map<String, Long> countVisible(Actor actor, List<CatalogGroup> groups) {
    Map<String, Long> counts = new HashMap<>();
    if (groups.isEmpty()) {
      return counts;
    }
    boolean orgs = groups.get(0).organization;
    // A private dataset counts for those who may read it: members of its organisation.
    for (GroupRepository.DatasetCount row : repo.activeDatasetCounts(orgs)) {
      String groupId = row.groupId();
      boolean priv = row.isPrivate();
      long n = row.count();
      if (groupId == null) {
        continue;
      }
      if (!priv || actor.can(Capacity.MEMBER, groupId) || (!orgs && actor.sysadmin())) {
        counts.merge(groupId, n, Long::sum);
      }
    }
    return counts;
  }

  private void applyFields(CatalogGroup g, Map<String, Object> dict, boolean organization) {
    g.title = Values.text(dict.get("title"));
    g.description = Values.rawText(dict.get("description"));
    g.imageUrl = Values.text(dict.get("image_url"));
    if (organization) {
      g.kodeUnit = Values.text(dict.get("kode_unit"));
      if (g.kodeUnit == null) {
        for (Object e : Values.list(dict.get("extras"))) {
          Map<String, Object> extra = Values.map(e);
          if (extra != null && Objects.equals(extra.get("key"), "kode_unit")) {
            g.kodeUnit = Values.text(extra.get("value"));
          }
        }
      }
    }
  }

  private void addUsers(CatalogGroup g, Map<String, Object> dict) {
    for (Object u : Values.list(dict.get("users"))) {
      Map<String, Object> um = Values.map(u);
      String ref =
          um == null
              ? Values.text(u)
              : Values.text(um.get("name") != null ? um.get("name") : um.get("id"));
      if (ref == null) {
        continue;
      }
      Capacity c =
          Capacity.parse(um == null ? null : Values.text(um.get("capacity")))
              .orElse(Capacity.MEMBER);
      UserAccount user =
          users
              .find(ref)
              .orElseThrow(() -> InvalidInputException.of("users", "User " + ref + " not found"));
      users.setMembership(g.id, user.id(), c);
    }
  }

  static ObjectNotFoundException notFound(boolean organization) {
    return new ObjectNotFoundException(organization ? "Organization not found" : "Group not found");
  }
}
