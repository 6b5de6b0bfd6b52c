package id.terbuka.audit.service;

import id.terbuka.audit.persistence.ActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
