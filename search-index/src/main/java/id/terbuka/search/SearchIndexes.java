package id.terbuka.search;

import id.terbuka.search.solr.CloudLayout;
import id.terbuka.search.solr.SolrSearchIndex;

/** Entry point for callers that should not know which backend implements {@link SearchIndex}. */
public final class SearchIndexes {

  private SearchIndexes() {}

  /**
   * Opens the Solr implementation for {@code collection}. Opening does not contact Solr; call
   * {@link SearchIndex#verifySchema()} at start-up. In cloud mode a missing collection is created
   * with the shard and replica counts of {@link CloudLayout#fromEnvironment()}.
   */
  public static SearchIndex open(SearchConfig config, String collection) {
    return new SolrSearchIndex(config, collection, CloudLayout.fromEnvironment());
  }
}
