package id.terbuka.search.solr;

import id.terbuka.search.SearchUnavailableException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * Whether a standalone core has finished replaying its update log, so that its answers are the
 * catalogue and not an older state of it.
 *
 * <p>After an unclean stop Solr opens the core on its last hard commit (often an empty index: the
 * portal's changes become visible through soft commits) and replays the update log in the
 * background. Meanwhile queries and pings succeed with that older index, so a search says "0
 * datasets". Only the update log's state, published as the core metric {@value #METRIC}, tells a
 * core that is still loading from an empty catalogue.
 *
 * <p>SolrCloud needs no such check: a replica replays its log before it is published active, and
 * queries go to active replicas only (Solr answers 503 when there is none).
 *
 * <p>A verdict of "ready" is trusted for {@link #TRUSTED_FOR_NANOS}, so a busy portal asks Solr
 * about once a second rather than once per search. A Solr restart takes several seconds (a JVM
 * start and the core load), so a verdict that young cannot date from before the restart; and any
 * failed request drops it ({@link #forget()}).
 */
final class CoreReadiness {

  /** The update log's state gauge, e.g. {@code solr.core.datasets:TLOG.state}. */
  static final String METRIC = "TLOG.state";

  /** {@code UpdateLog.State.ACTIVE}: not replaying, not buffering; the only "ready" state. */
  static final long ACTIVE = 3;

  static final long TRUSTED_FOR_NANOS = 1_000_000_000L;

  private final SolrNodes nodes;
  private final String core;
  private final LongSupplier nanoClock;

  /** {@link LongSupplier#getAsLong()} of the clock when the core was last seen ready. */
  private volatile long readySince;

  private volatile boolean known;

  CoreReadiness(SolrNodes nodes, String core, LongSupplier nanoClock) {
    this.nodes = nodes;
    this.core = core;
    this.nanoClock = nanoClock;
  }

  /**
   * Returns when the core is ready, or when Solr answers without telling (a core without update
   * log, metrics not permitted to this client).
   *
   * @throws SearchUnavailableException while the core replays its update log, or when Solr cannot
   *     be reached
   */
  void require() {
    long now = nanoClock.getAsLong();
    if (known && now - readySince < TRUSTED_FOR_NANOS) {
      return;
    }
    known = false;
    Optional<Long> state = state();
    if (state.isPresent() && state.get() != ACTIVE) {
      throw new SearchUnavailableException(
          "Solr core '" + core + "' is still loading (replaying its update log)", null);
    }
    readySince = now;
    known = true;
  }

  /** Drops the last verdict: the next {@link #require()} asks Solr again. */
  void forget() {
    known = false;
  }

  private Optional<Long> state() {
    String key = metricKey(core);
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("key", key);
    try {
      NamedList<Object> response =
          nodes.call(
              client ->
                  client.request(
                      new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/metrics", params)));
      return stateIn(response, key);
    } catch (SolrException e) {
      // Solr answered but will not say (e.g. metrics not permitted to this client): as before.
      return Optional.empty();
    } catch (SolrServerException | IOException e) {
      // Not reachable, or a pooled connection Solr closed when it restarted: a core that cannot be
      // asked is not vouched for, or the query could reach a fresh Solr still replaying.
      throw SolrErrors.unavailable(core, e);
    }
  }

  /** The metrics API key of the update log's state of {@code core}. */
  static String metricKey(String core) {
    return "solr.core." + core + ":" + METRIC;
  }

  /**
   * The state number in a metrics answer ({@code {"metrics": {key: 0}}}), empty when the key is
   * absent (a core without update log, or one not loaded at all) or not a number.
   */
  static Optional<Long> stateIn(NamedList<Object> response, String key) {
    Object metrics = response.get("metrics");
    Object value = null;
    if (metrics instanceof NamedList<?> list) {
      value = list.get(key);
    } else if (metrics instanceof Map<?, ?> map) {
      value = map.get(key);
    }
    return value instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
  }
}
