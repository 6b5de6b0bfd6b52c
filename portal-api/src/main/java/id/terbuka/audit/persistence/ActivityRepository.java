package id.terbuka.audit.persistence;

import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code activity} and {@code activity_group} tables: inserts, and the streams read newest
 * first in CKAN's activity dict shape. Reads return raw rows by position; who may see which
 * activity is decided by the caller.
 */
@ApplicationScoped
public class ActivityRepository {
  private static final String COLUMNS =
      "select a.id, a.timestamp, a.user_id, a.object_id, a.activity_type, a.data from activity a ";
  private static final String NEWEST_FIRST = " order by a.timestamp desc, a.id";

  @PersistenceContext EntityManager em;

  /**
   * Stores one activity and the groups it shows up in.
   *
   * @param data the activity's {@code data} dict, stored as JSON
   */
  public void insert(
      String id,
      LocalDateTime timestamp,
      String userId,
      String objectId,
      String ownerOrgId,
      String type,
      Map<String, Object> data,
      Collection<String> groupIds) {
    em.createNativeQuery(
            "insert into activity (id, timestamp, user_id, object_id, owner_org_id, activity_type,"
                + " data) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, id)
        .setParameter(2, timestamp)
        .setParameter(3, userId)
        .setParameter(4, objectId)
        .setParameter(5, ownerOrgId)
        .setParameter(6, type)
        .setParameter(7, Json.write(data))
        .executeUpdate();
    for (String groupId : groupIds) {
      em.createNativeQuery("insert into activity_group (activity_id, group_id) values (?1, ?2)")
          .setParameter(1, id)
          .setParameter(2, groupId)
          .executeUpdate();
    }
  }

  /** One activity by its id. */
  public java.util.Optional<Map<String, Object>> byId(String id) {
    return rows(COLUMNS + "where a.id = ?1", id, 0, 1).stream().findFirst();
  }

  /** The activity of the same object just before {@code activity} (by time, then id), if any. */
  public java.util.Optional<Map<String, Object>> previous(Map<String, Object> activity) {
    Query q =
        em.createNativeQuery(
            COLUMNS
                + "join activity t on t.id = ?1 where a.object_id = t.object_id and"
                + " (a.timestamp < t.timestamp or (a.timestamp = t.timestamp and a.id > t.id))"
                + NEWEST_FIRST);
    q.setParameter(1, activity.get("id"));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(1).getResultList();
    return rows.stream().findFirst().map(ActivityRepository::dict);
  }

  /** Activities of one object (a dataset, organisation or group itself), from row {@code first}. */
  public List<Map<String, Object>> ofObject(String objectId, int first, int max) {
    return rows(COLUMNS + "where a.object_id = ?1" + NEWEST_FIRST, objectId, first, max);
  }

  /** An organisation's own activities and those of its datasets. */
  public List<Map<String, Object>> ofOrganization(String orgId, int first, int max) {
    return rows(
        COLUMNS + "where a.object_id = ?1 or a.owner_org_id = ?1" + NEWEST_FIRST,
        orgId,
        first,
        max);
  }

  /** A group's own activities and those of datasets that were in it. */
  public List<Map<String, Object>> ofGroup(String groupId, int first, int max) {
    return rows(
        COLUMNS
            + "where a.object_id = ?1 or exists (select 1 from activity_group g where"
            + " g.activity_id = a.id and g.group_id = ?1)"
            + NEWEST_FIRST,
        groupId,
        first,
        max);
  }

  /**
   * A user's stream: what they did and what was done to their account (CKAN's {@code
   * user_activity_list}).
   */
  public List<Map<String, Object>> ofUser(String userId, int first, int max) {
    return rows(
        COLUMNS + "where a.user_id = ?1 or a.object_id = ?1" + NEWEST_FIRST, userId, first, max);
  }

  /** Dataset activities across the site. */
  public List<Map<String, Object>> ofDatasets(int first, int max) {
    return rows(
        COLUMNS + "where a.activity_type like '% package'" + NEWEST_FIRST, null, first, max);
  }

  private List<Map<String, Object>> rows(String sql, String param, int first, int max) {
    Query q = em.createNativeQuery(sql);
    if (param != null) {
      q.setParameter(1, param);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setFirstResult(first).setMaxResults(max).getResultList();
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      out.add(dict(row));
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
