package id.terbuka.imports.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code import_run} table: one row per import attempt, its report as JSON. */
@ApplicationScoped
public class ImportRuns {
  @PersistenceContext EntityManager em;

  /** An import attempt as stored. */
  public record StoredRun(
      String id,
      String kind,
      String organizationId,
      String userId,
      String status,
      LocalDateTime created,
      String reportJson) {}

  public void add(StoredRun run, String fileName, String fileSha256, long fileRows) {
    em.createNativeQuery(
            "insert into import_run (id, kind, organization_id, user_id, status, file_name,"
                + " file_sha256, file_rows, created, report)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, run.id())
        .setParameter(2, run.kind())
        .setParameter(3, run.organizationId())
        .setParameter(4, run.userId())
        .setParameter(5, run.status())
        .setParameter(6, fileName)
        .setParameter(7, fileSha256)
        .setParameter(8, fileRows)
        .setParameter(9, Timestamp.valueOf(run.created()))
        .setParameter(10, run.reportJson())
        .executeUpdate();
  }

  /** Replaces a run's report (the accepted import's summary, known once its rows are written). */
  public void updateReport(String id, String reportJson) {
    em.createNativeQuery("update import_run set report = ?1 where id = ?2")
        .setParameter(1, reportJson)
        .setParameter(2, id)
        .executeUpdate();
  }

  /** An import waiting for review is accepted by the walidata: its status and final report. */
  public void approved(String id, String reportJson) {
    em.createNativeQuery("update import_run set status = 'accepted', report = ?1 where id = ?2")
        .setParameter(1, reportJson)
        .setParameter(2, id)
        .executeUpdate();
  }

  /** Whether an accepted or waiting import already keeps the file with this content. */
  public boolean fileKept(String sha256) {
    return !em.createNativeQuery(
            "select 1 from import_run where file_sha256 = ?1"
                + " and status in ('accepted', 'menunggu_verifikasi') limit 1")
        .setParameter(1, sha256)
        .getResultList()
        .isEmpty();
  }

  public Optional<StoredRun> find(String kind, String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, kind, organization_id, user_id, status, created, report"
                    + " from import_run where kind = ?1 and id = ?2")
            .setParameter(1, kind)
            .setParameter(2, id)
            .getResultList();
    return rows.stream().findFirst().map(ImportRuns::run);
  }

  /**
   * A page of the history, newest first; all organisations when {@code organizationId} is null,
   * every sender when {@code userId} is null.
   */
  public List<StoredRun> history(
      String kind, String organizationId, String userId, int offset, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, kind, organization_id, user_id, status, created, report"
                    + " from import_run where kind = ?1"
                    + " and (cast(?2 as varchar) is null or organization_id = ?2)"
                    + " and (cast(?5 as varchar) is null or user_id = ?5)"
                    + " order by created desc, id desc offset ?3 limit ?4")
            .setParameter(1, kind)
            .setParameter(2, organizationId)
            .setParameter(3, offset)
            .setParameter(4, limit)
            .setParameter(5, userId)
            .getResultList();
    return rows.stream().map(ImportRuns::run).toList();
  }

  /** How many runs {@link #history} pages through. */
  public long count(String kind, String organizationId, String userId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from import_run where kind = ?1"
                        + " and (cast(?2 as varchar) is null or organization_id = ?2)"
                        + " and (cast(?3 as varchar) is null or user_id = ?3)")
                .setParameter(1, kind)
                .setParameter(2, organizationId)
                .setParameter(3, userId)
                .getSingleResult())
        .longValue();
  }

  private static StoredRun run(Object[] r) {
    return new StoredRun(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((Timestamp) r[5]).toLocalDateTime(),
        (String) r[6]);
  }
}
