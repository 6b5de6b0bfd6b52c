package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.datastore.domain.LoadJob;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.datastore.load.ColumnType;
import id.terbuka.datastore.load.LoadError;
import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every transition of {@code datastore_table}: progress and the start-up sweep in a transaction of
 * their own, the others in the caller's (the upload, the delete, or {@code
 * service.LoadTransitions}, which re-indexes the dataset on a status change, because package_search
 * serves resource dicts from the index). Transitions of a running load are conditional on the row
 * still being that load ({@code status = 'loading'} and the same file): a newer upload or a delete
 * in between wins, and the old load's result is thrown away. A load of a file waiting for review
 * makes the same transitions on {@code datastore_review_table} ({@link WaitingTables} queues them).
 */
@ApplicationScoped
public class LoadJobs {
  @PersistenceContext EntityManager em;

  /** Queues (or re-queues) a load of the resource's new file, in the upload's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void queue(String resourceId, String sha256) {
    // fields and row_count keep describing the live table, which stays readable until replaced.
    em.createNativeQuery(
            "insert into datastore_table (resource_id, status, sha256, rows_loaded, updated)"
                + " values (?1, 'pending', ?2, 0, ?3) on conflict (resource_id) do update set"
                + " status = 'pending', sha256 = excluded.sha256, rows_loaded = 0, error = null,"
                + " origin = 'file', updated = excluded.updated")
        .setParameter(1, resourceId)
        .setParameter(2, sha256)
        .setParameter(3, Timestamps.now())
        .executeUpdate();
  }

  /**
   * Forgets the resource's table, in the caller's transaction (resource deleted, or its new file is
   * not tabular). The row goes first: it is what readers lock, so none is mid-query on the table.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forget(String resourceId) {
    em.createNativeQuery("delete from datastore_table where resource_id = ?1")
        .setParameter(1, resourceId)
        .executeUpdate();
    em.createNativeQuery("drop table if exists " + Sql.table(resourceId)).executeUpdate();
  }

  /**
   * The oldest pending job, now {@code loading}; empty when there is none. Loads of live tables go
   * first: what the public reads comes before what waits for review.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<LoadJob> claimNext() {
    Optional<LoadJob> live =
        claim(
            "select t.resource_id, r.dataset_id, t.sha256, t.dictionary from datastore_table t"
                + " join resource r on r.id = t.resource_id where t.status = 'pending'"
                + " order by t.updated limit 1 for update of t skip locked",
            false);
    if (live.isPresent()) {
      return live;
    }
    // A waiting file is loaded with the dictionary of the live resource, if it has one.
    return claim(
        "select t.resource_id, t.dataset_id, t.sha256, d.dictionary from datastore_review_table t"
            + " left join datastore_table d on d.resource_id = t.resource_id"
            + " where t.status = 'pending' order by t.updated limit 1 for update of t skip locked",
        true);
  }

  private Optional<LoadJob> claim(String select, boolean waitingFile) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(select).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    LoadJob job =
        new LoadJob(
            (String) row[0],
            (String) row[1],
            ((String) row[2]).trim(),
            overrides((String) row[3]),
            waitingFile);
    em.createNativeQuery(
            "update "
                + job.table().registry()
                + " set status = 'loading', rows_loaded = 0, updated = ?2 where resource_id = ?1")
        .setParameter(1, job.resourceId())
        .setParameter(2, Timestamps.now())
        .executeUpdate();
    return Optional.of(job);
  }

  /** The dictionary's {@code type_override}s; names no type matches were refused when edited. */
  public static Map<String, ColumnType> overrides(String dictionaryJson) {
    Map<String, ColumnType> out = new LinkedHashMap<>();
    LiveTable.dictionary(dictionaryJson)
        .forEach(
            (column, info) -> {
              Object name = info.get("type_override");
              ColumnType type = name instanceof String s ? ColumnType.fromOverride(s) : null;
              if (type != null) {
                out.put(column, type);
              }
            });
    return out;
  }

  /** Rows copied so far, for {@code datastore_rows} while loading (not re-indexed: too chatty). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(LoadJob job, long rows) {
    em.createNativeQuery(
            "update "
                + job.table().registry()
                + " set rows_loaded = ?3, updated = ?4 where resource_id = ?1 and status = 'loading' and sha256 = ?2")
        .setParameter(1, job.resourceId())
        .setParameter(2, job.sha256())
        .setParameter(3, rows)
        .setParameter(4, Timestamps.now())
        .executeUpdate();
  }

  /**
   * Makes the loaded table the live one: in one transaction the row becomes {@code active} and the
   * loading table replaces the old one, so readers see the old table or the new one, never half.
   *
   * @return false if the job was superseded (newer file, resource deleted): nothing changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean publish(
      LoadJob job, List<TableField> fields, long rows, Map<String, Object> loadStats) {
    int updated =
        em.createNativeQuery(
                "update "
                    + job.table().registry()
                    + " set status = 'active', rows_loaded = ?3, row_count = ?3,"
                    + " error = null, fields = ?4, updated = ?5, revision = revision + 1,"
                    + " primary_key = null, load_stats = ?6"
                    + " where resource_id = ?1 and status = 'loading' and sha256 = ?2")
            .setParameter(1, job.resourceId())
            .setParameter(2, job.sha256())
            .setParameter(3, rows)
            .setParameter(4, TableField.toJson(fields))
            .setParameter(5, Timestamps.now())
            .setParameter(6, Json.write(loadStats))
            .executeUpdate();
    if (updated == 0) {
      return false;
    }
    TableRef table = job.table();
    em.createNativeQuery("drop table if exists " + Sql.table(table)).executeUpdate();
    em.createNativeQuery(
            "alter table " + Sql.loadingTable(table) + " rename to " + Sql.quote(table.name()))
        .executeUpdate();
    em.createNativeQuery(
            "alter index datastore."
                + Sql.quote(Sql.loadingName(table) + "_pkey")
                + " rename to "
                + Sql.quote(table.name() + "_pkey"))
        .executeUpdate();
    em.createNativeQuery(
            "alter index if exists datastore."
                + Sql.quote(FullText.indexName(Sql.loadingName(table)))
                + " rename to "
                + Sql.quote(FullText.indexName(table.name())))
        .executeUpdate();
    return true;
  }

  /**
   * Records why the file could not be loaded. The previous table of the resource goes too: it holds
   * another file's rows, and serving them next to a failed status would mislead.
   *
   * @return false if the job was superseded: nothing changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean fail(LoadJob job, List<LoadError> errors, long total) {
    int updated =
        em.createNativeQuery(
                "update "
                    + job.table().registry()
                    + " set status = 'failed', error = ?3, fields = null,"
                    + " row_count = null, updated = ?4"
                    + " where resource_id = ?1 and status = 'loading' and sha256 = ?2")
            .setParameter(1, job.resourceId())
            .setParameter(2, job.sha256())
            .setParameter(3, Json.write(errorList(errors, total)))
            .setParameter(4, Timestamps.now())
            .executeUpdate();
    if (updated > 0) {
      em.createNativeQuery("drop table if exists " + Sql.table(job.table())).executeUpdate();
    }
    return updated > 0;
  }

  /**
   * After a restart nothing is loading: jobs a crash interrupted are queued again, and tables no
   * job or live table accounts for (a crash mid-load, resources removed by a package update) are
   * dropped. Run at start-up only, before the first load (single node: another node's running load
   * would look interrupted too).
   *
   * @return the number of jobs queued again
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int recoverAfterRestart() {
    int requeued = 0;
    for (String registry : List.of("datastore_table", "datastore_review_table")) {
      requeued +=
          em.createNativeQuery(
                  "update "
                      + registry
                      + " set status = 'pending', rows_loaded = 0 where status = 'loading'")
              .executeUpdate();
    }
    @SuppressWarnings("unchecked")
    List<String> orphans =
        em.createNativeQuery(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'datastore' and c.relkind = 'r' and not exists"
                    + " (select 1 from datastore_table t where t.resource_id = c.relname"
                    + " and t.fields is not null) and not exists"
                    + " (select 1 from datastore_review_table w"
                    + " where w.resource_id || '__review' = c.relname and w.fields is not null)")
            .getResultList();
    for (String table : orphans) {
      em.createNativeQuery("drop table if exists datastore." + Sql.quote(table)).executeUpdate();
    }
    return requeued;
  }

  /** {@code datastore_error}: the problems as {row, column, reason}, and how many went unlisted. */
  public static List<Map<String, Object>> errorList(List<LoadError> errors, long total) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (LoadError e : errors) {
      out.add(error(e.row() > 0 ? e.row() : null, e.column(), e.reason()));
    }
    if (total > errors.size()) {
      out.add(error(null, null, String.format("and %,d more problems", total - errors.size())));
    }
    return out;
  }

  private static Map<String, Object> error(Long row, String column, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    m.put("column", column);
    m.put("reason", reason);
    return m;
  }
}
