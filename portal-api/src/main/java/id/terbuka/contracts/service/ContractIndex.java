package id.terbuka.contracts.service;

import id.terbuka.catalog.service.SearchIndexProducer;
import id.terbuka.search.SearchIndex;
import id.terbuka.shared.TerbukaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
    index = SearchIndexProducer.open(config, COLLECTION);
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
