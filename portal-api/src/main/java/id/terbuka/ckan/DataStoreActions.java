package id.terbuka.ckan;

import id.terbuka.datastore.service.DataStoreCreate;
import id.terbuka.datastore.service.DataStoreInfo;
import id.terbuka.datastore.service.DataStoreSearch;
import id.terbuka.datastore.service.DataStoreWrites;
import id.terbuka.datastore.service.SqlSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * DataStore actions. Kept here, next to the other action tables, so that the DataStore package does
 * not depend on the API layer.
 */
@ApplicationScoped
public class DataStoreActions {
  @Inject DataStoreSearch search;
  @Inject DataStoreInfo info;
  @Inject DataStoreWrites writes;
  @Inject DataStoreCreate create;
  @Inject SqlSearch sqlSearch;

  void register(ActionTable t) {
    t.read("datastore_search", c -> search.search(c.actor(), c.params()));
    t.read("datastore_search_sql", c -> sqlSearch.search(c.actor(), c.params()));
    t.read("datastore_info", c -> info.info(c.actor(), c.params()));
    t.write("datastore_create", c -> create.create(c.actor(), c.params()));
    t.write("datastore_upsert", c -> writes.upsert(c.actor(), c.params()));
    t.write("datastore_delete", c -> writes.delete(c.actor(), c.params()));
  }
}
