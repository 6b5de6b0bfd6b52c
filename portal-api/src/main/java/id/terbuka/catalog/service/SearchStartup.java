package id.terbuka.catalog.service;

import id.terbuka.search.SearchException;
import id.terbuka.search.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks at start-up that the search collection runs the configset this build expects (creating it
 * on SolrCloud when missing). A search server that is down or outdated does not stop the portal:
 * writes go on through the outbox and search reports itself degraded.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchStartup {
  private static final Logger LOG = Logger.getLogger(SearchStartup.class.getName());

  @Inject SearchIndex index;

  private volatile String problem;

  @PostConstruct
  void verify() {
    try {
      index.verifySchema();
      problem = null;
      LOG.info("Search collection '" + index.collection() + "' verified");
    } catch (SearchException e) {
      problem = e.getMessage();
      LOG.log(Level.WARNING, "Search is degraded: {0}", e.getMessage());
    }
  }

  /** The start-up problem, if the check failed (null when fine). */
  public String problem() {
    return problem;
  }

  /** Checks again (called by health checks while degraded). */
  public void recheck() {
    if (problem != null) {
      verify();
    }
  }
}
