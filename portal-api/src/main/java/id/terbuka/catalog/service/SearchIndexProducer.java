package id.terbuka.catalog.service;

import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchIndexes;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Opens the {@code datasets} collection from configuration. */
@ApplicationScoped
public class SearchIndexProducer {
  public static final String DATASETS = "datasets";

  @Inject TerbukaConfig config;

  @Produces
  @ApplicationScoped
  SearchIndex datasets() {
    return open(config, DATASETS);
  }

  /**
   * Opens a collection of the configured Solr ({@code TERBUKA_SOLR_URL}, {@code
   * TERBUKA_SOLR_MODE}): {@code datasets} here, {@code contracts} for open contracting.
   */
  public static SearchIndex open(TerbukaConfig config, String collection) {
    List<String> urls =
        Arrays.stream(config.solrUrl().split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    SearchConfig.Mode mode =
        config.solrCloud() ? SearchConfig.Mode.CLOUD : SearchConfig.Mode.STANDALONE;
    return SearchIndexes.open(new SearchConfig(mode, urls, Duration.ofSeconds(10)), collection);
  }

  void close(@Disposes SearchIndex index) {
    index.close();
  }
}
