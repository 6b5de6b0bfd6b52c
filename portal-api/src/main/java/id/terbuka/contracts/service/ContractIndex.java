package id.terbuka.contracts.service;

import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchIndexes;
import id.terbuka.shared.TerbukaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code contracts} search collection (its own configset, next to {@code datasets}): one
 * document per contracting process, derived from the records and rebuilt from them at any time.
 */
@ApplicationScoped
public class ContractIndex {
  public static final String COLLECTION = "contracts";

  @Inject TerbukaConfig config;

  private SearchIndex index;

  @PostConstruct
  void open() {
    List<String> urls =
        Arrays.stream(config.solrUrl().split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    SearchConfig.Mode mode =
        config.solrCloud() ? SearchConfig.Mode.CLOUD : SearchConfig.Mode.STANDALONE;
    index = SearchIndexes.open(new SearchConfig(mode, urls, Duration.ofSeconds(10)), COLLECTION);
  }

  @PreDestroy
  void close() {
    try {
      index.close();
    } catch (RuntimeException e) {
      // Closing an HTTP client at shutdown: nothing to do about a failure.
    }
  }

  public SearchIndex index() {
    return index;
  }
}
