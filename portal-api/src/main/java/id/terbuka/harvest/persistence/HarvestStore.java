package id.terbuka.harvest.persistence;

import id.terbuka.harvest.domain.HarvestRun;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.domain.HarvestedDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The tables of V13: {@code harvest_source}, {@code harvest_run}, {@code harvest_object}. */
@ApplicationScoped
public class HarvestStore {
  @PersistenceContext EntityManager em;

  private static final String SOURCE_COLUMNS =
      "select id, url, organization_id, title, schedule, enabled, created, high_water"
          + " from harvest_source";
  private static final String RUN_COLUMNS =
      "select id, source_id, full_run, started, finished, status, created, updated, unchanged,"
          + " withdrawn, failed, message, errors from harvest_run";

  public void addSource(HarvestSource s, String createdBy) {
    em.createNativeQuery(
            "insert into harvest_source (id, url, organization_id, title, schedule, enabled,"
                + " created, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, s.id())
        .setParameter(2, s.url())
        .setParameter(3, s.organizationId())
        .setParameter(4, s.title())
        .setParameter(5, s.schedule())
        .setParameter(6, s.enabled())
        .setParameter(7, Timestamp.valueOf(s.created()))
        .setParameter(8, createdBy)
        .executeUpdate();
  }

  public List<HarvestSource> sources() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SOURCE_COLUMNS + " order by created, id").getResultList();
    return rows.stream().map(HarvestStore::source).toList();
  }

  public Optional<HarvestSource> source(String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SOURCE_COLUMNS + " where id = ?1").setParameter(1, id).getResultList();
    return rows.stream().findFirst().map(HarvestStore::source);
  }

  public void setHighWater(String sourceId, String mark) {
    em.createNativeQuery("update harvest_source set high_water = ?1 where id = ?2")
        .setParameter(1, mark)
        .setParameter(2, sourceId)
        .executeUpdate();
  }

  /**
   * Inserts a running run; false when the source already has one (the partial unique index decides,
   * so two nodes or two requests cannot both start).
   */
  public boolean startRun(String id, String sourceId, boolean full, LocalDateTime started) {
    int n =
        em.createNativeQuery(
                "insert into harvest_run (id, source_id, full_run, started, status)"
                    + " values (?1, ?2, ?3, ?4, 'running') on conflict do nothing")
            .setParameter(1, id)
            .setParameter(2, sourceId)
            .setParameter(3, full)
            .setParameter(4, Timestamp.valueOf(started))
            .executeUpdate();
    return n == 1;
  }

  public void finishRun(HarvestRun r) {
    em.createNativeQuery(
            "update harvest_run set finished = ?1, status = ?2, created = ?3, updated = ?4,"
                + " unchanged = ?5, withdrawn = ?6, failed = ?7, message = ?8, errors = ?9"
                + " where id = ?10")
        .setParameter(1, Timestamp.valueOf(r.finished()))
        .setParameter(2, r.status())
        .setParameter(3, r.created())
        .setParameter(4, r.updated())
        .setParameter(5, r.unchanged())
        .setParameter(6, r.withdrawn())
        .setParameter(7, r.failed())
        .setParameter(8, r.message())
        .setParameter(9, r.errorsJson())
        .setParameter(10, r.id())
        .executeUpdate();
  }

  /** Runs a node left running when it stopped: marked interrupted at the next start. */
  public int interruptRunning(LocalDateTime now) {
    return em.createNativeQuery(
            "update harvest_run set status = 'interrupted', finished = ?1,"
                + " message = 'The server stopped during the run' where status = 'running'")
        .setParameter(1, Timestamp.valueOf(now))
        .executeUpdate();
  }

  public List<HarvestRun> runs(String sourceId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                RUN_COLUMNS + " where source_id = ?1 order by started desc, id desc limit ?2")
            .setParameter(1, sourceId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(HarvestStore::run).toList();
  }

  public Optional<HarvestRun> run(String sourceId, String runId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(RUN_COLUMNS + " where source_id = ?1 and id = ?2")
            .setParameter(1, sourceId)
            .setParameter(2, runId)
            .getResultList();
    return rows.stream().findFirst().map(HarvestStore::run);
  }

  public Optional<HarvestedDataset> object(String sourceId, String remoteId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select source_id, remote_id, dataset_id, dataset_name, remote_modified,"
                    + " content_sha256, resource_ids, withdrawn from harvest_object"
                    + " where source_id = ?1 and remote_id = ?2")
            .setParameter(1, sourceId)
            .setParameter(2, remoteId)
            .getResultList();
    return rows.stream().findFirst().map(HarvestStore::object);
  }

  /** Remote ids of the source's objects not withdrawn (a full run withdraws those not seen). */
  public List<String> activeRemoteIds(String sourceId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select remote_id from harvest_object where source_id = ?1 and not withdrawn"
                    + " order by remote_id")
            .setParameter(1, sourceId)
            .getResultList();
    return rows.stream().map(String.class::cast).toList();
  }

  public void saveObject(HarvestedDataset o) {
    em.createNativeQuery(
            "insert into harvest_object (source_id, remote_id, dataset_id, dataset_name,"
                + " remote_modified, content_sha256, resource_ids, withdrawn)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " on conflict (source_id, remote_id) do update set dataset_id = excluded.dataset_id,"
                + " dataset_name = excluded.dataset_name, remote_modified = excluded.remote_modified,"
                + " content_sha256 = excluded.content_sha256, resource_ids = excluded.resource_ids,"
                + " withdrawn = excluded.withdrawn")
        .setParameter(1, o.sourceId())
        .setParameter(2, o.remoteId())
        .setParameter(3, o.datasetId())
        .setParameter(4, o.datasetName())
        .setParameter(5, o.remoteModified())
        .setParameter(6, o.contentSha256())
        .setParameter(7, o.resourceIdsJson())
        .setParameter(8, o.withdrawn())
        .executeUpdate();
  }

  private static HarvestSource source(Object[] r) {
    return new HarvestSource(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (Boolean) r[5],
        ((Timestamp) r[6]).toLocalDateTime(),
        (String) r[7]);
  }

  private static HarvestRun run(Object[] r) {
    return new HarvestRun(
        (String) r[0],
        (String) r[1],
        (Boolean) r[2],
        ((Timestamp) r[3]).toLocalDateTime(),
        r[4] == null ? null : ((Timestamp) r[4]).toLocalDateTime(),
        (String) r[5],
        ((Number) r[6]).intValue(),
        ((Number) r[7]).intValue(),
        ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(),
        ((Number) r[10]).intValue(),
        (String) r[11],
        (String) r[12]);
  }

  private static HarvestedDataset object(Object[] r) {
    return new HarvestedDataset(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((String) r[5]).trim(),
        (String) r[6],
        (Boolean) r[7]);
  }
}
