package id.terbuka.audit;

import id.terbuka.identity.Actor;
import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Records activities. Must run inside the transaction of the change it records. */
@ApplicationScoped
public class ActivityLog {
  @PersistenceContext EntityManager em;

  /**
   * Records one activity.
   *
   * @param type CKAN's activity type, e.g. {@code new package}, {@code changed organization}
   * @param objectId the dataset, organisation or group changed
   * @param ownerOrgId the organisation a dataset belongs to (for organisation streams), or null
   * @param groupIds the groups a dataset is in (for group streams)
   * @param objectKey {@code package}, {@code organization} or {@code group}
   * @param object the object's dict after the change
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      String type,
      String objectId,
      String ownerOrgId,
      Collection<String> groupIds,
      String objectKey,
      Map<String, Object> object) {
    String id = UUID.randomUUID().toString();
    LocalDateTime now = Timestamps.now();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(objectKey, object);
    data.put("actor", actor.userName());
    em.createNativeQuery(
            "insert into activity (id, timestamp, user_id, object_id, owner_org_id, activity_type,"
                + " data) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, id)
        .setParameter(2, now)
        .setParameter(3, actor.userId().orElse(null))
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
}
