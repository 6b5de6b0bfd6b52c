package id.terbuka.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.search.Configsets;
import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same contract against a two-node SolrCloud cluster with a two-shard collection, reached only
 * through node URLs. The collection and its configset do not exist before the test: {@code
 * verifySchema()} uploads and creates them.
 */
class CloudSolrIT extends SearchContract {

  private static final String COLLECTION = "datasets";

  @TempDir static Path dir;

  private MiniSolrCloudCluster cluster;
  private SearchIndex index;
  private SearchConfig config;

  @BeforeAll
  void startCluster() throws Exception {
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster")).build();
    List<String> urls = new ArrayList<>();
    // A dead node first: requests must fail over to the live ones.
    urls.add("http://127.0.0.1:9/solr");
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      urls.add(node.getBaseUrl().toString());
    }
    config = new SearchConfig(SearchConfig.Mode.CLOUD, urls, Duration.ofSeconds(20));
    index = new SolrSearchIndex(config, COLLECTION, new CloudLayout(2, 1));
    indexCorpus();
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (index != null) {
      index.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Override
  SearchIndex index() {
    return index;
  }

  @Test
  void verifySchemaCreatedATwoShardCollectionFromTheVersionedConfigset() throws Exception {
    index.verifySchema(); // a second call finds everything in place
    var client = cluster.getSolrClient();
    assertTrue(
        new ConfigSetAdminRequest.List()
            .process(client)
            .getConfigSets()
            .contains(Configsets.cloudConfigName(Configsets.DATASETS)));
    assertTrue(CollectionAdminRequest.listCollections(client).contains(COLLECTION));
    DocCollection collection = client.getClusterStateProvider().getCollection(COLLECTION);
    assertEquals(2, collection.getSlices().size());
    assertEquals(Configsets.cloudConfigName(Configsets.DATASETS), collection.getConfigName());
    // Documents really are spread over both shards.
    for (var slice : collection.getSlices()) {
      long perShard =
          client
              .query(
                  COLLECTION,
                  new org.apache.solr.common.params.ModifiableSolrParams()
                      .set("q", "*:*")
                      .set("rows", 0)
                      .set("distrib", false)
                      .set("shards", slice.getLeader().getCoreUrl()))
              .getResults()
              .getNumFound();
      assertTrue(perShard > 0, slice.getName());
    }
  }

  /**
   * The contracts collection is created from its own configset next to datasets, and its sums come
   * out whole although the documents are spread over two shards.
   */
  @Test
  void contractsCollectionIsCreatedFromItsConfigsetAndSumsAcrossShards() throws Exception {
    try (SearchIndex contracts =
        new SolrSearchIndex(config, Configsets.CONTRACTS, new CloudLayout(2, 1))) {
      contracts.verifySchema();
      contracts.upsert(ContractCorpus.DOCUMENTS);
      contracts.commit();
      var client = cluster.getSolrClient();
      assertEquals(
          Configsets.cloudConfigName(Configsets.CONTRACTS),
          client.getClusterStateProvider().getCollection(Configsets.CONTRACTS).getConfigName());
      SearchResult result =
          contracts.search(
              new SearchQuery(
                      "*:*", List.of(), null, 0, 0, List.of("buyer"), 2, 1, List.of(), Map.of())
                  .withSums(SearchQuery.Sums.rankedBySum("value")));
      assertEquals(ContractCorpus.DOCUMENTS.size(), result.total());
      assertEquals("3270000000.5", result.sum().toPlainString());
      assertEquals(
          List.of(
              new SearchResult.FacetCount(
                  ContractCorpus.PU, 3, new java.math.BigDecimal("1620000000")),
              new SearchResult.FacetCount(
                  ContractCorpus.DINKES, 3, new java.math.BigDecimal("1200000000"))),
          result.facets().get("buyer"));
    }
  }
}
