package id.terbuka.ckan;

import id.terbuka.audit.service.ActivityQueries;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Predicate;

/** The activity stream actions; activities of datasets the caller may not read are left out. */
@ApplicationScoped
public class ActivityActions {
  private static final int DEFAULT_LIMIT = 31;
  private static final int MAX_LIMIT = 100;

  @Inject ActivityQueries activities;
  @Inject DatasetService datasets;
  @Inject GroupService groups;

  void register(ActionTable t) {
    t.read(
        "package_activity_list",
        c -> {
          String id = datasets.readable(c.actor(), c.required("id")).id();
          return activities.ofObject(
              id, CatalogReadActions.offset(c), limit(c), visibleTo(c.actor()));
        });
    t.read(
        "organization_activity_list",
        c -> {
          String id = groups.idOf(c.required("id"), true);
          return activities.ofOrganization(
              id, CatalogReadActions.offset(c), limit(c), visibleTo(c.actor()));
        });
    t.read(
        "group_activity_list",
        c -> {
          String id = groups.idOf(c.required("id"), false);
          return activities.ofGroup(
              id, CatalogReadActions.offset(c), limit(c), visibleTo(c.actor()));
        });
    t.read(
        "recently_changed_packages_activity_list",
        c ->
            activities.recentDatasets(
                CatalogReadActions.offset(c), limit(c), visibleTo(c.actor())));
  }

  private static int limit(ActionCall c) {
    return Math.min(MAX_LIMIT, Math.max(0, CatalogReadActions.limit(c, DEFAULT_LIMIT)));
  }

  /** A dataset activity is visible when the dataset, as it was then, is readable now. */
  @SuppressWarnings("unchecked")
  public static Predicate<Map<String, Object>> visibleTo(Actor actor) {
    return activity -> {
      Map<String, Object> data = (Map<String, Object>) activity.get("data");
      Map<String, Object> pkg = data == null ? null : (Map<String, Object>) data.get("package");
      if (pkg == null || actor.sysadmin()) {
        return true;
      }
      String state = pkg.get("state") == null ? "active" : pkg.get("state").toString();
      if ("purged package".equals(activity.get("activity_type"))) {
        state = "active";
      }
      return DatasetAccess.canRead(
          actor,
          state,
          Values.bool(pkg.get("private"), false),
          (String) pkg.get("owner_org"),
          (String) pkg.get("creator_user_id"));
    };
  }
}
