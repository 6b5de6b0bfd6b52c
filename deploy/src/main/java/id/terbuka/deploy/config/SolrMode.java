package id.terbuka.deploy.config;

import java.util.Locale;

/** How the WAR talks to Solr; the value of {@code terbuka.solr.mode}. */
public enum SolrMode {
  STANDALONE,
  CLOUD;

  /** The lower-case spelling used in configuration. */
  public String configValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SolrMode parse(String value) {
    for (SolrMode mode : values()) {
      if (mode.configValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new ConfigException(
        "TERBUKA_SOLR_MODE must be 'standalone' or 'cloud', not '" + value + "'");
  }
}
