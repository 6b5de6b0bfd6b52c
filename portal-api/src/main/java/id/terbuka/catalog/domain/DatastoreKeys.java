package id.terbuka.catalog.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DataStore keys of resource dicts ({@code datastore_active}, {@code datastore_status}, {@code
 * datastore_rows}, {@code datastore_error}). The DataStore supplies them: it depends on the
 * catalogue, so the catalogue only knows this interface.
 */
public interface DatastoreKeys {
  /** For a catalogue without a DataStore (and unit tests): no resource has a table. */
  DatastoreKeys NONE =
      new DatastoreKeys() {
        @Override
        public Map<String, Map<String, Object>> ofDataset(String datasetId) {
          return Map.of();
        }

        @Override
        public Map<String, Object> ofResource(String resourceId) {
          return none();
        }

        @Override
        public Map<String, Map<String, Object>> ofWaitingFiles(String reviewItemId) {
          return Map.of();
        }
      };

  /**
   * The keys of every resource of the dataset that has a DataStore entry, by resource id, read in
   * one query (a dataset dict must not cost a query per resource).
   */
  Map<String, Map<String, Object>> ofDataset(String datasetId);

  /** The keys of one resource ({@link #none()} when it has no DataStore entry). */
  Map<String, Object> ofResource(String resourceId);

  /**
   * The keys of the tables of the files a review item stages, by resource id: what the dataset's
   * editors read while the change waits.
   */
  Map<String, Map<String, Object>> ofWaitingFiles(String reviewItemId);

  /** The keys of a resource that is not in the DataStore: every key present, as CKAN does. */
  static Map<String, Object> none() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("datastore_active", false);
    m.put("datastore_status", null);
    m.put("datastore_rows", null);
    m.put("datastore_error", null);
    return Collections.unmodifiableMap(m);
  }
}
