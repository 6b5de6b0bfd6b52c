package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.TableRef;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code datastore_review_table}: which files waiting for review have (or are getting) a table of
 * their own, written in the transaction that submits, approves or withdraws the change. {@link
 * LoadJobs} runs their loads like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WaitingTables {
  @PersistenceContext EntityManager em;

  /** The stored file of each waiting table of this review item, by resource id. */
  public Map<String, String> filesOf(String itemId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select resource_id, sha256 from datastore_review_table where item_id = ?1")
            .setParameter(1, itemId)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    Map<String, String> out = new HashMap<>();
    for (Object[] row : rows) {
      out.put((String) row[0], ((String) row[1]).trim());
    }
    return out;
  }

  /**
   * Queues a load of the file now waiting for this resource; its previous waiting table stays
   * readable until the new one replaces it.
   */
  public void queue(String itemId, String datasetId, String resourceId, String sha256) {
    em.createNativeQuery(
            "insert into datastore_review_table (resource_id, item_id, dataset_id, status, sha256,"
                + " rows_loaded, updated) values (?1, ?2, ?3, 'pending', ?4, 0, ?5)"
                + " on conflict (resource_id) do update set item_id = excluded.item_id,"
                + " dataset_id = excluded.dataset_id, status = 'pending', sha256 = excluded.sha256,"
                + " rows_loaded = 0, error = null, updated = excluded.updated")
        .setParameter(1, resourceId)
        .setParameter(2, itemId)
        .setParameter(3, datasetId)
        .setParameter(4, sha256)
        .setParameter(5, Timestamps.now())
        .executeUpdate();
  }

  /** Forgets the resource's waiting table: the row first (readers lock it), then the table. */
  public void forget(String resourceId) {
    em.createNativeQuery("delete from datastore_review_table where resource_id = ?1")
        .setParameter(1, resourceId)
        .executeUpdate();
    em.createNativeQuery("drop table if exists " + Sql.table(TableRef.waitingFile(resourceId)))
        .executeUpdate();
  }
}
