package id.terbuka.search.solr;

import id.terbuka.search.SearchConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpSolrClient;

/**
 * One SolrJ client per configured Solr URL, with fail-over: a call goes to the node that answered
 * last and moves on to the next only when a node cannot be reached (transport errors); an HTTP
 * error from a node that answered is Solr's verdict and is not retried elsewhere.
 *
 * <p>The clients are SolrJ's Apache-HttpClient {@link HttpSolrClient}, deprecated in SolrJ 9 in
 * favour of the Jetty and JDK clients, chosen on measurement: it does the whole exchange on the
 * calling thread, where {@code HttpJdkSolrClient} hands each request to the JDK client's selector
 * thread and, for the POSTed queries we send, writes the body from an executor thread. On this
 * 2-core machine a warm search query took 0.35 ms with this client against 0.73 ms with the JDK one
 * (docs/adr/0008-solr-client.md), which is most of the portal's own overhead per search.
 */
@SuppressWarnings("deprecation") // HttpSolrClient: see above.
final class SolrNodes implements AutoCloseable {

  /** A call against one node's client. */
  @FunctionalInterface
  interface Call<T> {
    T run(SolrClient client) throws SolrServerException, IOException;
  }

  private final List<String> urls;
  private final List<HttpSolrClient> clients = new ArrayList<>();

  private volatile int preferred;

  SolrNodes(SearchConfig config) {
    this.urls = config.baseUrls().stream().map(SolrNodes::trimSlash).toList();
    int timeoutMillis = (int) config.timeout().toMillis();
    for (String url : urls) {
      clients.add(
          new HttpSolrClient.Builder(url)
              .withConnectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
              .withSocketTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
              .build());
    }
  }

  /** Runs {@code call} on the first node that can be reached, starting with the last good one. */
  <T> T call(Call<T> call) throws SolrServerException, IOException {
    int start = preferred;
    Exception last = null;
    for (int i = 0; i < clients.size(); i++) {
      int index = (start + i) % clients.size();
      try {
        T result = call.run(clients.get(index));
        preferred = index;
        return result;
      } catch (SolrServerException | IOException e) {
        // Transport failure (refused, timed out, reset): try the next node.
        last = e;
      }
    }
    if (last instanceof SolrServerException sse) {
      throw sse;
    }
    throw (IOException) last;
  }

  /** The configured URLs, for messages. */
  List<String> urls() {
    return urls;
  }

  @Override
  public void close() {
    for (HttpSolrClient client : clients) {
      try {
        client.close();
      } catch (IOException e) {
        // Closing releases the connection pool; nothing useful to do if it complains.
      }
    }
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
