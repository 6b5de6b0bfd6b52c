package id.terbuka.search.solr;

import id.terbuka.search.Configsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/** Starts a real standalone Solr in-process on a home laid out from the bundled configset. */
final class SolrHomes {

  private SolrHomes() {}

  static JettySolrRunner start(Path home, Map<String, String> configsetByCore) throws Exception {
    System.setProperty("solr.log.dir", home.resolve("logs").toString());
    Configsets.writeSolrHome(home, configsetByCore);
    JettySolrRunner solr =
        new JettySolrRunner(
            home.toString(), JettyConfig.builder().setPort(0).setContext("/solr").build());
    solr.start();
    return solr;
  }
}
