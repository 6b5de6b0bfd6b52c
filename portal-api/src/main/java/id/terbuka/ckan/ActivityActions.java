package id.terbuka.ckan;

import id.terbuka.accounts.domain.AccountChange;
import id.terbuka.accounts.service.Accounts;
import id.terbuka.audit.service.ActivityQueries;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserRules;
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
  @Inject Accounts accounts;

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
        "user_activity_list",
        c ->
            accounts.activitiesOf(
                c.actor(),
                c.required("id"),
                CatalogReadActions.offset(c),
                limit(c),
                visibleTo(c.actor())));
    t.read(
        "activity_show",
        c ->
            activities
                .show(c.required("id"), visibleNowTo(c.actor()))
                .map(a -> c.bool("include_data", true) ? a : withoutData(a))
                .orElseThrow(ActivityActions::notFound));
    t.read("activity_diff", this::diff);
    t.read(
        "recently_changed_packages_activity_list",
        c ->
            activities.recentDatasets(
                CatalogReadActions.offset(c), limit(c), visibleTo(c.actor())));
  }

  /** CKAN's {@code activity_diff}: the activity's object before and after, unified. */
  private Object diff(ActionCall c) {
    String type = c.text("object_type") == null ? "package" : c.text("object_type");
    if (!java.util.Set.of("package", "organization", "group").contains(type)) {
      throw id.terbuka.shared.InvalidInputException.of(
          "object_type", "Must be package, organization or group");
    }
    String diffType = c.text("diff_type");
    if (diffType != null && !diffType.equals("unified")) {
      throw id.terbuka.shared.InvalidInputException.of(
          "diff_type", "Only unified diffs are offered");
    }
    return activities
        .diff(c.required("id"), type, visibleNowTo(c.actor()))
        .orElseThrow(ActivityActions::notFound);
  }

  /**
   * For one activity asked for by id: visible as {@link #visibleTo} says, and its dataset readable
   * by the caller now, as {@code package_activity_list} requires. A dataset withdrawn because it
   * held what it should not keeps its old versions from strangers.
   */
  public Predicate<Map<String, Object>> visibleNowTo(Actor actor) {
    Predicate<Map<String, Object>> then = visibleTo(actor);
    return activity ->
        then.test(activity)
            && (actor.sysadmin()
                || !String.valueOf(activity.get("activity_type")).endsWith(" package")
                || datasets.canRead(actor, String.valueOf(activity.get("object_id"))));
  }

  private static id.terbuka.shared.ObjectNotFoundException notFound() {
    return new id.terbuka.shared.ObjectNotFoundException("Activity not found");
  }

  private static Map<String, Object> withoutData(Map<String, Object> activity) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(activity);
    copy.remove("data");
    return copy;
  }

  private static int limit(ActionCall c) {
    return Math.min(MAX_LIMIT, Math.max(0, CatalogReadActions.limit(c, DEFAULT_LIMIT)));
  }

  /**
   * A dataset activity is visible when the dataset, as it was then, is readable now; an account's
   * activity only to the user themself and sysadmins, as their whole stream is.
   */
  @SuppressWarnings("unchecked")
  public static Predicate<Map<String, Object>> visibleTo(Actor actor) {
    return activity -> {
      Map<String, Object> data = (Map<String, Object>) activity.get("data");
      if (data != null && data.containsKey(AccountChange.OBJECT_KEY)) {
        return UserRules.maySeeActivityOf(actor, String.valueOf(activity.get("object_id")));
      }
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
