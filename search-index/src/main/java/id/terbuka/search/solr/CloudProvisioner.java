package id.terbuka.search.solr;

import id.terbuka.search.Configsets;
import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates what a SolrCloud collection needs when it is missing: the bundled configset (uploaded as
 * a zip through the ConfigSet API under its versioned name) and the collection itself (Collections
 * API). Existing configsets and collections are never modified: a new configset version is uploaded
 * next to the old one, and moving a collection to it is an explicit operation (reindex into a new
 * collection, then switch an alias).
 */
final class CloudProvisioner {

  private final SolrNodes nodes;
  private final CloudLayout layout;

  CloudProvisioner(SolrNodes nodes, CloudLayout layout) {
    this.nodes = nodes;
    this.layout = layout;
  }

  void ensure(String collection, String configset) throws SolrServerException, IOException {
    String configName = Configsets.cloudConfigName(configset);
    if (!configSets().contains(configName)) {
      upload(configset, configName);
    }
    if (!collections().contains(collection)) {
      create(collection, configName);
    }
  }

  private List<String> configSets() throws SolrServerException, IOException {
    ConfigSetAdminResponse.List response =
        nodes.call(client -> new ConfigSetAdminRequest.List().process(client));
    return response.getConfigSets();
  }

  private List<String> collections() throws SolrServerException, IOException {
    return nodes.call(CollectionAdminRequest::listCollections);
  }

  private void upload(String configset, String configName) throws SolrServerException, IOException {
    byte[] zip = Configsets.zip(configset);
    try {
      nodes.call(
          client ->
              new ConfigSetAdminRequest.Upload()
                  .setConfigSetName(configName)
                  .setUploadStream(
                      new ContentStreamBase.ByteArrayStream(
                          zip, configName + ".zip", "application/zip"))
                  .process(client));
    } catch (SolrException e) {
      // Another portal instance may have uploaded it a moment ago; that is fine.
      if (!configSets().contains(configName)) {
        throw e;
      }
    }
  }

  private void create(String collection, String configName)
      throws SolrServerException, IOException {
    try {
      nodes.call(
          client ->
              CollectionAdminRequest.createCollection(
                      collection, configName, layout.numShards(), layout.replicationFactor())
                  .process(client));
    } catch (SolrException e) {
      // Created concurrently by another instance: equally fine.
      if (!collections().contains(collection)) {
        throw e;
      }
    }
  }
}
