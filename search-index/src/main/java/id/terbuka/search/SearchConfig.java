package id.terbuka.search;

import java.time.Duration;
import java.util.List;

/**
 * How to reach the search backend.
 *
 * @param mode standalone Solr (one base URL) or SolrCloud (one or more node URLs; requests go to
 *     the first that answers and Solr routes them)
 * @param baseUrls Solr base URLs, e.g. {@code http://localhost:8983/solr}
 * @param timeout connect and request timeout
 */
public record SearchConfig(Mode mode, List<String> baseUrls, Duration timeout) {

  public enum Mode {
    STANDALONE,
    CLOUD
  }

  public SearchConfig {
    baseUrls = List.copyOf(baseUrls);
    if (baseUrls.isEmpty()) {
      throw new IllegalArgumentException("at least one Solr URL is needed");
    }
  }
}
