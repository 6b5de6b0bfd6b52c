package id.terbuka.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.search.Configsets;
import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchHealth;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchIndexes;
import id.terbuka.search.SearchSchemaMismatchException;
import id.terbuka.search.SearchUnavailableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.TokenInfo;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The contract against a standalone Solr core, plus what only standalone can show. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneSolrIT extends SearchContract {

  @TempDir static Path home;

  private JettySolrRunner solr;
  private SearchConfig config;
  private SearchIndex index;

  @BeforeAll
  void startSolr() throws Exception {
    // A second core whose schema is an older version of the same configset.
    Path old = home.resolve("datasets_old");
    solr = SolrHomes.start(home, Map.of("datasets", Configsets.DATASETS));
    solr.stop();
    Configsets.writeCore(Configsets.DATASETS, "datasets_old", old);
    Path schema = old.resolve("conf/schema.xml");
    Files.writeString(
        schema,
        Files.readString(schema, StandardCharsets.UTF_8)
            .replace("name=\"terbuka-datasets-1\"", "name=\"terbuka-datasets-0\""),
        StandardCharsets.UTF_8);
    solr.start();
    config =
        new SearchConfig(
            SearchConfig.Mode.STANDALONE,
            List.of(solr.getBaseUrl().toString()),
            Duration.ofSeconds(10));
    index = SearchIndexes.open(config, "datasets");
    indexCorpus();
  }

  @AfterAll
  void stopSolr() throws Exception {
    if (index != null) {
      index.close();
    }
    if (solr != null) {
      solr.stop();
    }
  }

  @Override
  SearchIndex index() {
    return index;
  }

  @Test
  void olderSchemaVersionIsRefused() {
    try (SearchIndex old =
        new SolrSearchIndex(config, "datasets_old", Configsets.DATASETS, new CloudLayout(1, 1))) {
      SearchSchemaMismatchException e =
          assertThrows(SearchSchemaMismatchException.class, old::verifySchema);
      assertTrue(e.getMessage().contains("terbuka-datasets-0"), e.getMessage());
    }
  }

  @Test
  void missingCoreIsReported() {
    try (SearchIndex missing = SearchIndexes.open(config, "no_such_core")) {
      SearchUnavailableException e =
          assertThrows(SearchUnavailableException.class, missing::verifySchema);
      assertTrue(e.getMessage().contains("no_such_core"), e.getMessage());
      assertFalse(missing.health().up());
    }
  }

  /** The analysis chain itself, as Solr's analysis handler reports it for field type text_id. */
  @Test
  void analyzerStemsAsDocumented() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Perekonomian", "ekonomi");
    expected.put("ekonomi", "ekonomi");
    expected.put("Kependudukan", "penduduk");
    expected.put("duduk", "duduk");
    expected.put("Penganggaran", "anggaran");
    expected.put("anggar", "anggar");
    expected.put("Sekolah", "sekolah");
    expected.put("persekolahan", "sekolah");
    expected.put("Perpajakan", "pajak");
    expected.put("pertanian", "tani");
    expected.put("kesehatan", "sehat");
    expected.put("teknologi", "teknologi");
    expected.put("perindustrian", "industri");
    expected.put("berita", "berita");
    expected.put("pengantar", "antar");
    expected.put("kantor", "kantor");
    expected.put("budget", "budget");
    try (HttpJdkSolrClient client =
        new HttpJdkSolrClient.Builder(solr.getBaseUrl().toString()).useHttp1_1(true).build()) {
      for (Map.Entry<String, String> word : expected.entrySet()) {
        FieldAnalysisRequest request =
            new FieldAnalysisRequest()
                .setFieldTypes(List.of("text_id"))
                .setFieldValue(word.getKey());
        FieldAnalysisResponse response = request.process(client, "datasets");
        List<AnalysisPhase> phases = new ArrayList<>();
        response.getFieldTypeAnalysis("text_id").getIndexPhases().forEach(phases::add);
        List<String> tokens = new ArrayList<>();
        for (TokenInfo token : phases.get(phases.size() - 1).getTokens()) {
          tokens.add(token.getText());
        }
        assertEquals(List.of(word.getValue()), tokens, word.getKey());
      }
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void solrDownIsUnavailableAndRecoversAfterRestart() throws Exception {
    solr.stop();
    SearchUnavailableException e =
        assertThrows(SearchUnavailableException.class, () -> index.search(text("ekonomi")));
    assertTrue(e.getMessage().startsWith("Solr is not reachable"), e.getMessage());
    assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    assertThrows(SearchUnavailableException.class, () -> index.upsert(Corpus.DOCUMENTS));
    assertThrows(SearchUnavailableException.class, index::verifySchema);
    SearchHealth down = index.health();
    assertFalse(down.up());
    assertFalse(down.detail().isBlank());

    solr.start();
    assertTrue(index.health().up(), index.health().detail());
    index.verifySchema();
    assertEquals(List.of("ds-ekonomi"), ids(text("ekonomi")));
  }
}
