package id.terbuka.deploy.solr;

import id.terbuka.search.Configsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lays out a standalone solr home with one core per configset shipped in search-index: {@value
 * #CORE} and {@value #CONTRACTS_CORE}, each named after its configset. The configuration is
 * rewritten on every start so an upgraded launcher brings its schemas along; the indexes ({@code
 * <core>/data/}) are left alone.
 */
public final class SolrHome {

  /** The datasets core, the one the launcher pings to know Solr is up. */
  public static final String CORE = Configsets.DATASETS;

  /** The contracts core (one document per contracting process). */
  public static final String CONTRACTS_CORE = Configsets.CONTRACTS;

  /** Every core of the home, core name to configset name. */
  public static final Map<String, String> CORES =
      Map.of(CORE, Configsets.DATASETS, CONTRACTS_CORE, Configsets.CONTRACTS);

  private SolrHome() {}

  /** Creates or refreshes the layout under {@code home}; returns {@code home}. */
  public static Path prepare(Path home) throws IOException {
    try {
      Configsets.writeSolrHome(home, CORES);
    } catch (UncheckedIOException e) {
      throw new IOException("cannot lay out the solr home " + home + ": " + e.getMessage(), e);
    }
    return home;
  }
}
