package id.terbuka.deploy.solr;

import id.terbuka.search.Configsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Lays out a standalone solr home with one core, {@value #CORE}, built from the configset shipped
 * in search-index. The configuration is rewritten on every start so an upgraded launcher brings its
 * schema along; the index ({@code <core>/data/}) is left alone.
 */
public final class SolrHome {

  public static final String CORE = "datasets";

  private SolrHome() {}

  /** Creates or refreshes the layout under {@code home}; returns {@code home}. */
  public static Path prepare(Path home) throws IOException {
    try {
      Configsets.writeSolrHome(home, Map.of(CORE, Configsets.DATASETS));
    } catch (UncheckedIOException e) {
      throw new IOException("cannot lay out the solr home " + home + ": " + e.getMessage(), e);
    }
    return home;
  }
}
