package id.terbuka.search.solr;

/**
 * Shard and replica counts used when this code creates a missing SolrCloud collection. Ignored in
 * standalone mode and for collections that already exist.
 *
 * @param numShards number of shards (at least 1)
 * @param replicationFactor NRT replicas per shard (at least 1)
 */
public record CloudLayout(int numShards, int replicationFactor) {

  /** System property (or, upper-cased with underscores, environment variable) for numShards. */
  public static final String NUM_SHARDS = "terbuka.solr.numShards";

  /** System property (or environment variable) for replicationFactor. */
  public static final String REPLICATION_FACTOR = "terbuka.solr.replicationFactor";

  public CloudLayout {
    if (numShards < 1 || replicationFactor < 1) {
      throw new IllegalArgumentException("numShards and replicationFactor must be at least 1");
    }
  }

  /**
   * Reads {@code -Dterbuka.solr.numShards} / {@code TERBUKA_SOLR_NUMSHARDS} and {@code
   * -Dterbuka.solr.replicationFactor} / {@code TERBUKA_SOLR_REPLICATIONFACTOR}; both default to 1,
   * which suits a regency portal's data volume (thousands of datasets) on one or two nodes.
   */
  public static CloudLayout fromEnvironment() {
    return new CloudLayout(setting(NUM_SHARDS), setting(REPLICATION_FACTOR));
  }

  private static int setting(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
    }
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " is not a number: " + value, e);
    }
  }
}
