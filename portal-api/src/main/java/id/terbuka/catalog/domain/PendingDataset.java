package id.terbuka.catalog.domain;

import id.terbuka.shared.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change waiting for review, as a dataset dict (pure). Each of the producer's actions turns the
 * dataset as they see it (the live dict, or the change already waiting) into the next proposal, the
 * way the action would change the dataset itself; approving sends the proposal through {@code
 * package_update}, so it is a {@code package_show}-shaped dict that CKAN's update accepts.
 */
public final class PendingDataset {
  /** Kept from the live dataset whatever the proposal says: the system sets them. */
  private static final Set<String> SYSTEM_KEYS =
      Set.of("id", "metadata_created", "metadata_modified", "creator_user_id", "state");

  /**
   * A resource's keys the server keeps (the DataStore's state, the stored file's facts, times):
   * taken from the live resource, so that what the proposal recorded when it was made (say, a
   * DataStore load still pending) is not shown, or diffed, as part of the change.
   */
  private static final Set<String> RESOURCE_SYSTEM_KEYS =
      Set.of(
          "package_id",
          "size",
          "hash",
          "url_type",
          "position",
          "state",
          "created",
          "metadata_modified",
          "cache_url",
          "cache_last_updated",
          "generated_by",
          "datastore_active",
          "datastore_rows",
          "datastore_status",
          "datastore_error",
          "datastore_fields");

  private PendingDataset() {}

  /** {@code package_update}: the dict replaces the dataset; resources stay when none are sent. */
  public static Map<String, Object> updated(Map<String, Object> view, Map<String, Object> dict) {
    Map<String, Object> next = new LinkedHashMap<>(dict);
    if (!dict.containsKey("resources")) {
      next.put("resources", view.get("resources"));
    }
    return withSystemKeys(next, view);
  }

  /** {@code package_patch}: the given top-level keys replaced. */
  public static Map<String, Object> patched(Map<String, Object> view, Map<String, Object> dict) {
    Map<String, Object> next = new LinkedHashMap<>(view);
    next.putAll(dict);
    return withSystemKeys(next, view);
  }

  /** {@code resource_create}: the resource appended (its id chosen now, kept when approved). */
  public static Map<String, Object> withNewResource(
      Map<String, Object> view, Map<String, Object> resource) {
    Map<String, Object> next = new LinkedHashMap<>(view);
    List<Map<String, Object>> resources = resources(view);
    resources.add(new LinkedHashMap<>(resource));
    next.put("resources", resources);
    return next;
  }

  /**
   * {@code resource_update} ({@code replace}: keys left out are cleared) or {@code resource_patch}.
   *
   * @throws IllegalArgumentException the proposal has no resource of that id
   */
  public static Map<String, Object> withResourceChanged(
      Map<String, Object> view, String id, Map<String, Object> dict, boolean replace) {
    Map<String, Object> next = new LinkedHashMap<>(view);
    List<Map<String, Object>> resources = resources(view);
    int i = indexOf(resources, id);
    Map<String, Object> changed = replace ? new LinkedHashMap<>() : resources.get(i);
    changed.putAll(dict);
    changed.put("id", id);
    resources.set(i, changed);
    next.put("resources", resources);
    return next;
  }

  /** {@code resource_delete}. */
  public static Map<String, Object> withoutResource(Map<String, Object> view, String id) {
    Map<String, Object> next = new LinkedHashMap<>(view);
    List<Map<String, Object>> resources = resources(view);
    resources.remove(indexOf(resources, id));
    next.put("resources", resources);
    return next;
  }

  /**
   * The files a proposal stages, as uploads of its resources (the format as the proposed resource
   * has it), in the proposal's order; a staged file of a resource the proposal no longer has is
   * left out, as approval leaves it out.
   */
  public static List<ResourceFileStored> stagedFiles(
      String datasetId, Map<String, Object> proposal, Map<String, StagedFile> staged) {
    List<ResourceFileStored> out = new ArrayList<>();
    for (Map<String, Object> r : resources(proposal)) {
      String id = Values.text(r.get("id"));
      StagedFile file = id == null ? null : staged.get(id);
      if (file != null) {
        out.add(
            new ResourceFileStored(
                id,
                datasetId,
                file.sha256(),
                Values.text(r.get("format")),
                file.mimetype(),
                file.filename()));
      }
    }
    return out;
  }

  /** Whether the proposal has a resource of this id. */
  public static boolean hasResource(Map<String, Object> view, String id) {
    return resources(view).stream().anyMatch(r -> id.equals(Values.text(r.get("id"))));
  }

  /** The proposal's resource of this id. */
  public static Map<String, Object> resource(Map<String, Object> view, String id) {
    List<Map<String, Object>> resources = resources(view);
    return resources.get(indexOf(resources, id));
  }

  /**
   * What the dataset's editors see while a change waits: the proposal, with the system's fields
   * from the live dataset, the review's status and (when returned) the walidata's reason.
   */
  public static Map<String, Object> editorView(
      Map<String, Object> live, Map<String, Object> proposed, ReviewStatus status, String reason) {
    Map<String, Object> view = withSystemKeys(new LinkedHashMap<>(proposed), live);
    view.remove("reason");
    List<Map<String, Object>> resources = resources(view);
    Map<String, Map<String, Object>> published = new java.util.HashMap<>();
    resources(live).forEach(r -> published.put(Values.text(r.get("id")), r));
    for (Map<String, Object> r : resources) {
      Map<String, Object> current = published.get(Values.text(r.get("id")));
      if (current != null) {
        for (String key : RESOURCE_SYSTEM_KEYS) {
          if (current.containsKey(key)) {
            r.put(key, current.get(key));
          } else {
            r.remove(key);
          }
        }
      }
    }
    view.put("resources", resources);
    view.put("num_resources", resources.size());
    view.put("num_tags", Values.list(view.get("tags")).size());
    view.put("review_status", status.code());
    view.put("review_reason", reason);
    return view;
  }

  private static Map<String, Object> withSystemKeys(
      Map<String, Object> next, Map<String, Object> live) {
    for (String key : SYSTEM_KEYS) {
      if (live.containsKey(key)) {
        next.put(key, live.get(key));
      }
    }
    return next;
  }

  private static List<Map<String, Object>> resources(Map<String, Object> view) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object r : Values.list(view.get("resources"))) {
      Map<String, Object> m = Values.map(r);
      if (m != null) {
        out.add(new LinkedHashMap<>(m));
      }
    }
    return out;
  }

  private static int indexOf(List<Map<String, Object>> resources, String id) {
    for (int i = 0; i < resources.size(); i++) {
      if (id.equals(Values.text(resources.get(i).get("id")))) {
        return i;
      }
    }
    throw new IllegalArgumentException("No resource " + id + " in the proposal");
  }
}
