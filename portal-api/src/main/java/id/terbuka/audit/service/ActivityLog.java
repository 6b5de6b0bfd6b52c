package id.terbuka.audit.service;

import id.terbuka.audit.persistence.ActivityRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Records activities. Must run inside the transaction of the change it records. */
@ApplicationScoped
public class ActivityLog {
  @Inject ActivityRepository activities;

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
    record(actor, type, objectId, ownerOrgId, groupIds, objectKey, object, Map.of());
  }

  /**
   * Records one activity with what caused it beside the object, e.g. {@code "import": {"id",
   * "kind"}} for a dataset an accepted import regenerated, so that the history points back to the
   * file.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor,
      String type,
      String objectId,
      String ownerOrgId,
      Collection<String> groupIds,
      String objectKey,
      Map<String, Object> object,
      Map<String, Object> cause) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(objectKey, object);
    data.put("actor", actor.userName());
    data.putAll(cause);
    activities.insert(
        UUID.randomUUID().toString(),
        Timestamps.now(),
        actor.userId().orElse(null),
        objectId,
        ownerOrgId,
        type,
        data,
        groupIds);
  }
}
