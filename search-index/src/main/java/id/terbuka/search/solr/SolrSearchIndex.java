package id.terbuka.search.solr;

import id.terbuka.search.Configsets;
import id.terbuka.search.PrefixQuery;
import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchDocument;
import id.terbuka.search.SearchException;
import id.terbuka.search.SearchHealth;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import id.terbuka.search.SearchSchemaMismatchException;
import id.terbuka.search.SearchUnavailableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.SolrPing;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SolrPingResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * {@link SearchIndex} on a Solr core (standalone) or SolrCloud collection (cloud), through the JDK
 * HTTP client. In cloud mode every request goes to one reachable node and Solr routes it to the
 * shards; no ZooKeeper client is needed.
 */
public final class SolrSearchIndex implements SearchIndex {

  /** Changes become searchable within this time without explicit commits. */
  static final int COMMIT_WITHIN_MS = 1000;

  private static final int SCAN_PAGE = 1000;

  private final SearchConfig config;
  private final String collection;
  private final String configset;
  private final SolrNodes nodes;
  private final CloudLayout layout;

  /** The free-text fields of the configset, when a query's tuning names none. */
  private final String defaultQf;

  /** Standalone only: whether the core still replays its update log (see the class). */
  private final CoreReadiness readiness;

  /**
   * @param config where Solr is and in which mode
   * @param collection the core or collection name
   * @param configset the bundled configset the collection must run (see {@link Configsets})
   * @param layout shard and replica counts for a collection this code creates (cloud mode only)
   */
  public SolrSearchIndex(
      SearchConfig config, String collection, String configset, CloudLayout layout) {
    this.config = Objects.requireNonNull(config, "config");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.configset = configset;
    Configsets.version(configset);
    this.defaultQf = QueryTranslator.defaultQf(configset);
    this.layout = Objects.requireNonNull(layout, "layout");
    this.nodes = new SolrNodes(config);
    this.readiness =
        config.mode() == SearchConfig.Mode.STANDALONE
            ? new CoreReadiness(nodes, collection, System::nanoTime)
            : null;
  }

  /** The collection runs the configset of the same name, or {@link Configsets#DATASETS}. */
  public SolrSearchIndex(SearchConfig config, String collection, CloudLayout layout) {
    this(config, collection, configsetFor(collection), layout);
  }

  private static String configsetFor(String collection) {
    return Configsets.names().contains(collection) ? collection : Configsets.DATASETS;
  }

  @Override
  public String collection() {
    return collection;
  }

  @Override
  public void upsert(Collection<SearchDocument> documents) {
    if (documents.isEmpty()) {
      return;
    }
    UpdateRequest request = new UpdateRequest();
    for (SearchDocument document : documents) {
      request.add(SolrDocuments.toSolr(document));
    }
    request.setCommitWithin(COMMIT_WITHIN_MS);
    write(request);
  }

  @Override
  public void delete(Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    UpdateRequest request = new UpdateRequest();
    request.deleteById(new ArrayList<>(ids));
    request.setCommitWithin(COMMIT_WITHIN_MS);
    write(request);
  }

  @Override
  public SearchResult search(SearchQuery query) {
    ModifiableSolrParams params = QueryTranslator.toParams(query, defaultQf);
    QueryResponse response = query(params);
    return SearchResults.from(query, response);
  }

  @Override
  public SearchResult complete(PrefixQuery query) {
    ModifiableSolrParams params = QueryTranslator.toCompletionParams(query);
    if (params == null) {
      return new SearchResult(0, java.util.List.of(), java.util.Map.of(), java.util.List.of());
    }
    return SearchResults.documentsOf(query(params));
  }

  /**
   * The Solr request parameters a query becomes, name to values: lets a benchmark send exactly the
   * portal's query straight to Solr, to measure what the portal adds.
   */
  public static java.util.Map<String, String[]> solrParameters(SearchQuery query) {
    ModifiableSolrParams params = QueryTranslator.toParams(query);
    java.util.Map<String, String[]> out = new java.util.LinkedHashMap<>();
    params
        .getParameterNamesIterator()
        .forEachRemaining(name -> out.put(name, params.getParams(name)));
    return out;
  }

  @Override
  public void forEachIndexed(BiConsumer<String, Long> idAndVersion) {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("defType", "lucene");
      params.set("sort", "id asc");
      params.set("fl", "id,index_version");
      params.set("rows", SCAN_PAGE);
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(params);
      for (SolrDocument document : response.getResults()) {
        Object version = document.getFirstValue("index_version");
        idAndVersion.accept(
            String.valueOf(document.getFirstValue("id")),
            version instanceof Number number ? number.longValue() : null);
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  @Override
  public long count() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("defType", "lucene");
    params.set("rows", 0);
    return query(params).getResults().getNumFound();
  }

  @Override
  public SearchHealth health() {
    try {
      SolrPingResponse response = nodes.call(client -> new SolrPing().process(client, collection));
      if (response.getStatus() != 0) {
        return new SearchHealth(false, "Solr ping status " + response.getStatus());
      }
      // A core replaying its update log answers pings, but not yet with the catalogue.
      requireLoaded();
      return new SearchHealth(true, "ok");
    } catch (SearchUnavailableException e) {
      return new SearchHealth(false, e.getMessage());
    } catch (Exception e) {
      // Never throws: health is what callers use when everything else fails.
      return new SearchHealth(false, SolrErrors.unavailable(collection, e).getMessage());
    }
  }

  @Override
  public void verifySchema() {
    try {
      if (config.mode() == SearchConfig.Mode.CLOUD) {
        new CloudProvisioner(nodes, layout).ensure(collection, configset);
      } else {
        requireCore();
      }
      String running = schemaName();
      String expected = Configsets.schemaName(configset);
      if (!expected.equals(running)) {
        throw new SearchSchemaMismatchException(
            "Solr collection '"
                + collection
                + "' runs schema '"
                + running
                + "' but this portal needs '"
                + expected
                + "': deploy configset version "
                + Configsets.version(configset)
                + " and reindex");
      }
    } catch (SolrServerException | IOException | SolrException e) {
      throw SolrErrors.unavailable(collection, e);
    }
  }

  @Override
  public void commit() {
    UpdateRequest request = new UpdateRequest();
    request.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    write(request);
  }

  @Override
  public void close() {
    nodes.close();
  }

  private void requireCore() throws SolrServerException, IOException {
    CoreAdminResponse status = nodes.call(client -> CoreAdminRequest.getStatus(collection, client));
    NamedList<Object> core = status.getCoreStatus(collection);
    if (core == null || core.get("name") == null) {
      throw new SearchUnavailableException(
          "Solr core '"
              + collection
              + "' does not exist; create it from configset '"
              + configset
              + "'",
          null);
    }
  }

  private String schemaName() throws SolrServerException, IOException {
    return nodes
        .call(client -> new SchemaRequest.SchemaName().process(client, collection))
        .getSchemaName();
  }

  private QueryResponse query(ModifiableSolrParams params) {
    requireLoaded();
    try {
      // POST: permission filters can make the parameter list longer than a URL should be.
      return nodes.call(
          client -> new QueryRequest(params, SolrRequest.METHOD.POST).process(client, collection));
    } catch (SolrServerException | IOException | SolrException e) {
      SearchException failure = SolrErrors.onRead(collection, e);
      if (failure instanceof SearchUnavailableException && readiness != null) {
        // Solr may be restarting: ask again whether the core is loaded before trusting it.
        readiness.forget();
      }
      throw failure;
    }
  }

  /**
   * Reads answer from the whole catalogue or fail: a standalone core that still replays its update
   * log after an unclean stop would answer from an older, often empty, index.
   */
  private void requireLoaded() {
    if (readiness != null) {
      readiness.require();
    }
  }

  private void write(UpdateRequest request) {
    try {
      nodes.call(client -> client.request(request, collection));
    } catch (SolrServerException | IOException | SolrException e) {
      throw SolrErrors.onWrite(collection, e);
    }
  }

  @Override
  public String toString() {
    return "SolrSearchIndex[" + config.mode() + " " + nodes.urls() + " " + collection + "]";
  }
}
