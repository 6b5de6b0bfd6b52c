package id.terbuka.audit.service;

import id.terbuka.audit.domain.ActivityDiff;
import id.terbuka.audit.persistence.ActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads activity streams, newest first, in CKAN's activity dict shape. Callers pass a filter that
 * hides activities of datasets the caller may not read (private, draft).
 */
@ApplicationScoped
@Transactional
public class ActivityQueries {
  @Inject ActivityRepository activities;

  /** Reads rows {@code first} to {@code first + max - 1} of one stream. */
  private interface Chunks {
    List<Map<String, Object>> read(int first, int max);
  }

  /** Activities of one object (a dataset, organisation or group itself). */
  public List<Map<String, Object>> ofObject(
      String objectId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page((first, max) -> activities.ofObject(objectId, first, max), offset, limit, visible);
  }

  /** An organisation's own activities and those of its datasets. */
  public List<Map<String, Object>> ofOrganization(
      String orgId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page(
        (first, max) -> activities.ofOrganization(orgId, first, max), offset, limit, visible);
  }

  /** A group's own activities and those of datasets that were in it. */
  public List<Map<String, Object>> ofGroup(
      String groupId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page((first, max) -> activities.ofGroup(groupId, first, max), offset, limit, visible);
  }

  /** What a user did, and what was done to their account. */
  public List<Map<String, Object>> ofUser(
      String userId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page((first, max) -> activities.ofUser(userId, first, max), offset, limit, visible);
  }

  /** One activity, if it exists and {@code visible} lets the caller see it. */
  public Optional<Map<String, Object>> show(String id, Predicate<Map<String, Object>> visible) {
    return activities.byId(id).filter(visible);
  }

  /**
   * CKAN's {@code activity_diff}: the activity, the one of the same object before it (an empty
   * object before the first), and the unified diff of their objects' dicts ({@code objectKey}:
   * {@code package}, {@code organization} or {@code group}). Empty when the activity is unknown or
   * hidden; the earlier activity is used only if it is visible too.
   */
  public Optional<Map<String, Object>> diff(
      String id, String objectKey, Predicate<Map<String, Object>> visible) {
    Optional<Map<String, Object>> current = show(id, visible);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> before = activities.previous(current.get()).filter(visible).orElse(null);
    Map<String, Object> was = object(before, objectKey);
    Map<String, Object> now = object(current.get(), objectKey);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "diff",
        ActivityDiff.unified(
            was,
            now,
            before == null ? "(nothing before)" : String.valueOf(before.get("timestamp")),
            String.valueOf(current.get().get("timestamp"))));
    out.put(
        "changes",
        ActivityDiff.fields(was, now).stream()
            .map(
                c -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("field", c.field());
                  m.put("before", c.before());
                  m.put("after", c.after());
                  return m;
                })
            .toList());
    List<Map<String, Object>> pair = new ArrayList<>();
    if (before != null) {
      pair.add(before);
    }
    pair.add(current.get());
    out.put("activities", pair);
    return Optional.of(out);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> activity, String objectKey) {
    if (activity == null || !(activity.get("data") instanceof Map<?, ?> data)) {
      return Map.of();
    }
    Object o = ((Map<String, Object>) data).get(objectKey);
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** Recent dataset activities across the site. */
  public List<Map<String, Object>> recentDatasets(
      int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page(activities::ofDatasets, offset, limit, visible);
  }

  /**
   * Pages through a stream, skipping invisible activities. Filtering happens after the query, so
   * the stream is read in chunks until the page is full.
   */
  private static List<Map<String, Object>> page(
      Chunks stream, int offset, int limit, Predicate<Map<String, Object>> visible) {
    List<Map<String, Object>> out = new ArrayList<>();
    int skipped = 0;
    int chunk = Math.max(50, limit * 2);
    for (int position = 0; out.size() < limit; position += chunk) {
      List<Map<String, Object>> rows = stream.read(position, chunk);
      for (Map<String, Object> activity : rows) {
        if (!visible.test(activity)) {
          continue;
        }
        if (skipped < offset) {
          skipped++;
          continue;
        }
        out.add(activity);
        if (out.size() == limit) {
          break;
        }
      }
      if (rows.size() < chunk) {
        break;
      }
    }
    return out;
  }
}
