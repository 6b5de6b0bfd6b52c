package id.terbuka.deploy.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.deploy.process.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSolrIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void servesTheDatasetsAndContractsCoresAndComesBackOnTheSamePort() throws Exception {
    try (BundledSolr solr = BundledSolr.startInProcess(dir.resolve("solr"), 0)) {
      String ping = solr.baseUrl() + "/" + SolrHome.CORE + "/admin/ping?wt=json";
      assertTrue(solr.baseUrl().startsWith("http://127.0.0.1:"), solr.baseUrl());
      HttpResponse<String> first = get(ping);
      assertEquals(200, first.statusCode(), first.body());
      assertTrue(first.body().contains("\"status\":\"OK\""), first.body());

      String contractsSchema =
          solr.baseUrl() + "/" + SolrHome.CONTRACTS_CORE + "/schema/name?wt=json";
      HttpResponse<String> contracts = get(contractsSchema);
      assertEquals(200, contracts.statusCode(), contracts.body());
      assertTrue(contracts.body().contains("\"terbuka-contracts-1\""), contracts.body());

      solr.stop();
      assertTrue(Ports.isFree(solr.port()), "port still taken after stop");

      solr.restart();
      assertEquals(200, get(ping).statusCode());
      assertEquals(200, get(contractsSchema).statusCode());
    }
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
