package id.terbuka.datastore.persistence;

import id.terbuka.catalog.domain.DatastoreKeys;
import id.terbuka.shared.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DataStore keys of resource dicts, read from {@code datastore_table}: one query per dataset
 * (package_show, the search index) or per resource (resource_show).
 *
 * <p>The queries run with {@link FlushModeType#COMMIT}: {@code datastore_table} is written only by
 * SQL that runs at once, never through entities, so nothing pending in the persistence context can
 * change their answer. With the default AUTO mode EclipseLink compares every managed entity for
 * changes before each query; a reindex batch, which builds a thousand dataset dicts in one
 * persistence context, then spent its time in those comparisons (quadratic: 10,000 datasets took 48
 * s instead of 14 s).
 */
@ApplicationScoped
public class TableStates implements DatastoreKeys {
  private static final String COLUMNS =
      "select t.resource_id, t.status, t.rows_loaded, t.row_count, t.error from datastore_table t";

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, Map<String, Object>> ofDataset(String datasetId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                COLUMNS + " join resource r on r.id = t.resource_id where r.dataset_id = ?1")
            .setParameter(1, datasetId)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    Map<String, Map<String, Object>> out = new HashMap<>();
    for (Object[] row : rows) {
      out.put((String) row[0], keys(row));
    }
    return out;
  }

  @Override
  public Map<String, Object> ofResource(String resourceId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COLUMNS + " where t.resource_id = ?1")
            .setParameter(1, resourceId)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    return rows.isEmpty() ? DatastoreKeys.none() : keys(rows.get(0));
  }

  @Override
  public Map<String, Map<String, Object>> ofWaitingFiles(String reviewItemId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select t.resource_id, t.status, t.rows_loaded, t.row_count, t.error"
                    + " from datastore_review_table t where t.item_id = ?1")
            .setParameter(1, reviewItemId)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    Map<String, Map<String, Object>> out = new HashMap<>();
    for (Object[] row : rows) {
      out.put((String) row[0], keys(row));
    }
    return out;
  }

  /**
   * {@code datastore_rows} is the rows copied so far while loading and the table's row count once
   * active, so a client polling it sees the load advance and then the final number.
   */
  private static Map<String, Object> keys(Object[] row) {
    String status = (String) row[1];
    boolean active = "active".equals(status);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("datastore_active", active);
    m.put("datastore_status", status);
    m.put("datastore_rows", number(active && row[3] != null ? row[3] : row[2]));
    m.put("datastore_error", row[4] == null ? null : Json.parse((String) row[4]));
    return m;
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
