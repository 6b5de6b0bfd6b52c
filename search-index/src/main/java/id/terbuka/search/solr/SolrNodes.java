package id.terbuka.search.solr;

import id.terbuka.search.SearchConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * One JDK-HTTP SolrJ client per configured Solr URL, with fail-over: a call goes to the node that
 * answered last and moves on to the next only when a node cannot be reached (transport errors); an
 * HTTP error from a node that answered is Solr's verdict and is not retried elsewhere.
 */
final class SolrNodes implements AutoCloseable {

  /** A call against one node's client. */
  @FunctionalInterface
  interface Call<T> {
    T run(HttpJdkSolrClient client) throws SolrServerException, IOException;
  }

  private final List<String> urls;
  private final List<HttpJdkSolrClient> clients = new ArrayList<>();

  /**
   * Our own executor for the clients. HttpJdkSolrClient streams update bodies through a pipe
   * written by an executor thread; when Solr cannot be reached the pipe is never read and that
   * thread stays blocked. With the client's own executor, close() then waits 60 s for it; with
   * ours, close() interrupts it at once. Daemon threads, so a stuck writer never holds the JVM.
   */
  private final ExecutorService executor;

  private volatile int preferred;

  SolrNodes(SearchConfig config) {
    this.urls = config.baseUrls().stream().map(SolrNodes::trimSlash).toList();
    long timeoutMillis = config.timeout().toMillis();
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "terbuka-solr-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    for (String url : urls) {
      clients.add(
          new HttpJdkSolrClient.Builder(url)
              .withExecutor(executor)
              // HTTP/1.1: Jetty's h2c upgrade and the JDK client do not always agree, and
              // HTTP/2 buys nothing for a handful of requests per page view.
              .useHttp1_1(true)
              .withConnectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
              .withRequestTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
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
    for (HttpJdkSolrClient client : clients) {
      try {
        client.close();
      } catch (IOException e) {
        // Closing releases an executor; nothing useful to do if it complains.
      }
    }
    executor.shutdownNow();
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
