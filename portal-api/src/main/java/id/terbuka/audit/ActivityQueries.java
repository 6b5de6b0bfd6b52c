package id.terbuka.audit;

import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
  private static final String COLUMNS =
      "select a.id, a.timestamp, a.user_id, a.object_id, a.activity_type, a.data from activity a ";

  @PersistenceContext EntityManager em;

  /** Activities of one object (a dataset, organisation or group itself). */
  public List<Map<String, Object>> ofObject(
      String objectId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page(
        COLUMNS + "where a.object_id = ?1 order by a.timestamp desc, a.id",
        List.of(objectId),
        offset,
        limit,
        visible);
  }

  /** An organisation's own activities and those of its datasets. */
  public List<Map<String, Object>> ofOrganization(
      String orgId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page(
        COLUMNS + "where a.object_id = ?1 or a.owner_org_id = ?1 order by a.timestamp desc, a.id",
        List.of(orgId),
        offset,
        limit,
        visible);
  }

  /** A group's own activities and those of datasets that were in it. */
  public List<Map<String, Object>> ofGroup(
      String groupId, int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page(
        COLUMNS
            + "where a.object_id = ?1 or exists (select 1 from activity_group g where"
            + " g.activity_id = a.id and g.group_id = ?1) order by a.timestamp desc, a.id",
        List.of(groupId),
        offset,
        limit,
        visible);
  }

  /** Recent dataset activities across the site. */
  public List<Map<String, Object>> recentDatasets(
      int offset, int limit, Predicate<Map<String, Object>> visible) {
    return page(
        COLUMNS + "where a.activity_type like '% package' order by a.timestamp desc, a.id",
        List.of(),
        offset,
        limit,
        visible);
  }

  /**
   * Pages through matching rows, skipping invisible ones. Filtering happens after the query, so the
   * query reads in chunks until the page is full.
   */
  private List<Map<String, Object>> page(
      String sql,
      List<Object> params,
      int offset,
      int limit,
      Predicate<Map<String, Object>> visible) {
    List<Map<String, Object>> out = new ArrayList<>();
    int skipped = 0;
    int chunk = Math.max(50, limit * 2);
    for (int position = 0; out.size() < limit; position += chunk) {
      Query q = em.createNativeQuery(sql);
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(i + 1, params.get(i));
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows = q.setFirstResult(position).setMaxResults(chunk).getResultList();
      for (Object[] row : rows) {
        Map<String, Object> activity = dict(row);
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

  private static Map<String, Object> dict(Object[] row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", row[0]);
    m.put("timestamp", Timestamps.ckan(toLocal(row[1])));
    m.put("user_id", row[2]);
    m.put("object_id", row[3]);
    m.put("activity_type", row[4]);
    m.put("data", Json.parse((String) row[5]));
    return m;
  }

  private static LocalDateTime toLocal(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toLocalDateTime();
    }
    return (LocalDateTime) value;
  }
}
