package id.terbuka.web;

import id.terbuka.audit.domain.ActivityDiff;
import id.terbuka.audit.service.ActivityQueries;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.ckan.ActivityActions;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset's whole history for people (issue 13, item 2): {@code /dataset/activity/{name}} lists
 * every change newest first with who, when, the resource it was about, the publisher's reason and
 * the fields it changed; {@code /dataset/changes/{activity id}} shows one change field by field,
 * with the unified diff {@code activity_diff} answers. Both use the API's streams and visibility
 * rules ({@code package_activity_list}, {@code activity_diff}), so a page never shows what the API
 * would hide: a version from while the dataset was private stays hidden from strangers.
 */
@ApplicationScoped
public class HistoryPage {
  /** Changes per page of the history. */
  static final int PAGE_SIZE = 20;

  /** Deep pages of a long history are the API's job ({@code offset}). */
  static final int MAX_PAGE = 500;

  private static final Set<String> RESOURCE_CHANGES = Set.of("created", "updated", "deleted");

  @Inject ActivityQueries activities;
  @Inject ActivityActions rules;
  @Inject UserService users;
  @Inject DatasetService datasets;

  public View history(PageContext ctx, Actor actor, String name, String pageParam) {
    Integer page = page(pageParam);
    if (page == null) {
      return ErrorView.badRequest("page");
    }
    Map<String, Object> d = readable(actor, name);
    String id = Dicts.text(d, "id");
    String current = Dicts.text(d, "name");
    // One more than the page: the change before the last one listed, to tell what it changed,
    // and whether an older page exists.
    List<Map<String, Object>> stream =
        activities.ofObject(
            id, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1, ActivityActions.visibleTo(actor));
    List<HistoryView.Entry> entries = new ArrayList<>();
    for (int i = 0; i < Math.min(PAGE_SIZE, stream.size()); i++) {
      Map<String, Object> before = i + 1 < stream.size() ? stream.get(i + 1) : null;
      entries.add(entry(ctx, stream.get(i), before));
    }
    String base = "/dataset/activity/" + current;
    String title = Dicts.text(d, "title");
    return View.of(
        "datasetHistory.jte",
        new HistoryView(
            current,
            title == null ? current : title,
            entries,
            page > 1 ? ctx.url(base + (page == 2 ? "" : "?page=" + (page - 1))) : null,
            stream.size() > PAGE_SIZE && page < MAX_PAGE
                ? ctx.url(base + "?page=" + (page + 1))
                : null));
  }

  public View change(PageContext ctx, Actor actor, String activityId) {
    Map<String, Object> diff =
        activities
            .diff(activityId, "package", rules.visibleNowTo(actor))
            .orElseThrow(() -> new ObjectNotFoundException("Not found"));
    List<Map<String, Object>> pair = Dicts.maps(diff, "activities");
    Map<String, Object> now = pair.get(pair.size() - 1);
    if (!String.valueOf(now.get("activity_type")).endsWith(" package")) {
      throw new ObjectNotFoundException("Not found"); // a unit's or topic's change
    }
    Map<String, Object> before = pair.size() > 1 ? pair.get(0) : null;
    Map<String, Object> pkg = packageOf(now);
    String name = nameNow(actor, Dicts.text(now, "object_id"), Dicts.text(pkg, "name"));
    List<HistoryView.Field> fields = new ArrayList<>();
    for (Map<String, Object> c : Dicts.maps(diff, "changes")) {
      fields.add(
          new HistoryView.Field(
              Dicts.text(c, "field"), Dicts.text(c, "before"), Dicts.text(c, "after")));
    }
    String title = Dicts.text(pkg, "title");
    return View.of(
        "datasetChange.jte",
        new HistoryView.Change(
            entry(ctx, now, before),
            name,
            title == null ? name : title,
            fields,
            Dicts.text(diff, "diff"),
            ctx.url(
                "/api/3/action/activity_diff?id="
                    + URLEncoder.encode(activityId, StandardCharsets.UTF_8)
                    + "&object_type=package")));
  }

  private HistoryView.Entry entry(
      PageContext ctx, Map<String, Object> activity, Map<String, Object> before) {
    String type = Dicts.text(activity, "activity_type");
    Map<String, Object> data = Dicts.map(activity, "data");
    Map<String, Object> resource = Dicts.map(data, "resource");
    String change = Dicts.text(resource, "change");
    String resourceKey = null;
    if (change != null && RESOURCE_CHANGES.contains(change)) {
      resourceKey =
          "history.resource."
              + (Boolean.TRUE.equals(resource.get("new_file")) ? "new_file" : change);
    }
    List<String> fields =
        ActivityDiff.fields(before == null ? Map.of() : packageOf(before), packageOf(activity))
            .stream()
            .map(ActivityDiff.FieldChange::field)
            .toList();
    return new HistoryView.Entry(
        who(ctx, activity, data),
        ActivityText.whatKey(type),
        ctx.fmt().dateTime(Dicts.text(activity, "timestamp")),
        isoUtc(Dicts.text(activity, "timestamp")),
        resourceKey == null ? null : Dicts.text(resource, "name"),
        resourceKey,
        Dicts.text(data, "reason"),
        fields,
        ctx.url("/dataset/changes/" + Dicts.text(activity, "id")));
  }

  /** The account's full name, else the user name the activity recorded, else "someone". */
  private String who(PageContext ctx, Map<String, Object> activity, Map<String, Object> data) {
    String userId = Dicts.text(activity, "user_id");
    if (userId != null) {
      var user = users.find(userId);
      if (user.isPresent()) {
        return ActivityText.displayName(user.get());
      }
    }
    String recorded = Dicts.text(data, "actor");
    return recorded == null ? ctx.t("activity.someone") : recorded;
  }

  private Map<String, Object> readable(Actor actor, String name) {
    try {
      return datasets.show(actor, name);
    } catch (AccessDeniedException e) {
      throw new ObjectNotFoundException("Not found");
    }
  }

  /** The dataset's name today (it may have been renamed since), else its name then. */
  private String nameNow(Actor actor, String id, String then) {
    try {
      return Dicts.text(datasets.show(actor, id), "name");
    } catch (AccessDeniedException | ObjectNotFoundException e) {
      return then;
    }
  }

  private static Map<String, Object> packageOf(Map<String, Object> activity) {
    return Dicts.map(Dicts.map(activity, "data"), "package");
  }

  /** CKAN's timestamps are UTC without a zone; {@code <time datetime>} gets the zone. */
  private static String isoUtc(String ckanUtc) {
    return ckanUtc == null ? null : ckanUtc + "Z";
  }

  /** The page number, 1 when absent; null when it is not a number from 1 to {@link #MAX_PAGE}. */
  static Integer page(String param) {
    if (param == null || param.isEmpty()) {
      return 1;
    }
    if (!param.matches("\\d{1,4}")) {
      return null;
    }
    int n = Integer.parseInt(param);
    return n >= 1 && n <= MAX_PAGE ? n : null;
  }
}
