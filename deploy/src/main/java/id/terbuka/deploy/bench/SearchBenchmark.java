package id.terbuka.deploy.bench;

import id.terbuka.deploy.solr.SolrHome;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.solr.SolrSearchIndex;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * package_search latency through the portal next to the same query sent straight to Solr, indexing
 * throughput (full reindex) and write-path throughput, at several catalogue sizes, in one run on
 * one machine. Usage: {@code deploy/bench/search-benchmark [sizes] [queries]}.
 */
public final class SearchBenchmark {
  private static final List<String> FACETS =
      List.of("organization", "groups", "tags", "res_format", "license_id");
  private static final int WARMUP = 4000;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          // HTTP/1.1 like the portal's own Solr client: no h2c upgrade attempts in the timings.
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String portal;
  private final String solrSelect;
  private final String secret;
  private final StringBuilder report = new StringBuilder();

  private SearchBenchmark(String portal, String solrBase, String secret) {
    this.portal = portal;
    this.solrSelect = solrBase + "/" + SolrHome.CORE + "/select";
    this.secret = secret;
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String s : (args.length > 0 ? args[0] : "10000,100000").split(",")) {
      sizes.add(Integer.parseInt(s.trim()));
    }
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    try (BenchStack stack = BenchStack.start(root)) {
      SearchBenchmark bench = new SearchBenchmark(stack.portal, stack.solr.baseUrl(), stack.secret);
      var coords = stack.coordinates();
      bench.run(
          new CatalogGenerator(coords.jdbcUrl(), coords.user(), stack.dbPassword), sizes, queries);
      System.out.println(bench.report);
    }
  }

  private void run(CatalogGenerator generator, List<Integer> sizes, int queries) throws Exception {
    report
        .append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; ")
        .append(queries)
        .append(" measured queries per row after ")
        .append(Math.max(WARMUP, queries))
        .append(" warm-up queries; sequential client on loopback.\n\n");
    report.append(
        "| datasets | generate (COPY) s | reindex s | indexing datasets/s |\n|---:|---:|---:|---:|\n");
    StringBuilder latency =
        new StringBuilder(
            "| datasets | query | portal p50 ms | portal p99 ms | Solr p50 ms | Solr p99 ms"
                + " | portal/Solr p50 | portal app time p50 ms |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
      long t0 = System.nanoTime();
      generator.growTo(size);
      double generateSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      String reindex = post("/api/v1/admin/reindex", "");
      double reindexSeconds = (System.nanoTime() - t1) / 1e9;
      System.err.println("reindex " + size + ": " + reindex);
      report.append(
          String.format(
              "| %,d | %.1f | %.1f | %,.0f |%n",
              size, generateSeconds, reindexSeconds, size / reindexSeconds));
      for (String kind : List.of("free text", "fielded", "free text + 5 facets")) {
        latency.append(measure(size, kind, queries));
      }
    }
    report.append("\n").append(latency);
    report.append("\n").append(writePath(200));
  }

  /** One row: the same queries alternately through the portal and straight to Solr. */
  private String measure(int size, String kind, int queries) throws Exception {
    // Each side draws its own query sequence from the same distribution: sending the portal's
    // query to Solr right after the portal sent it would hand Solr its own cached result.
    Random portalQueries = new Random(size + kind.hashCode());
    Random solrQueries = new Random(31L * size + kind.hashCode() + 7);
    Latencies viaPortal = new Latencies();
    Latencies viaSolr = new Latencies();
    Latencies appTime = new Latencies();
    // The portal's path (servlet container, SolrJ, JSON) needs a few thousand calls before the
    // JIT has compiled it; measured here with Server-Timing, the app time halves between the first
    // and the third thousand requests. Both sides get the same warm-up.
    int warmup = Math.max(WARMUP, queries);
    List<String> facets = kind.contains("facets") ? FACETS : List.of();
    for (int i = 0; i < warmup + queries; i++) {
      long a = System.nanoTime();
      HttpResponse<String> r =
          send(
              portal
                  + "/api/3/action/package_search?"
                  + portalQuery(queryText(kind, portalQueries), facets));
      long b = System.nanoTime();
      get(solrSelect + "?" + solrQuery(queryText(kind, solrQueries), facets));
      long c = System.nanoTime();
      if (i >= warmup) {
        viaPortal.add(b - a);
        viaSolr.add(c - b);
        r.headers()
            .firstValue("Server-Timing")
            .ifPresent(
                t ->
                    appTime.add(
                        (long)
                            (Double.parseDouble(t.replaceAll(".*dur=([0-9.]+).*", "$1")) * 1e6)));
      }
    }
    double p50 = viaPortal.percentileMillis(50);
    double s50 = viaSolr.percentileMillis(50);
    return String.format(
        "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f |%n",
        size,
        kind,
        p50,
        viaPortal.percentileMillis(99),
        s50,
        viaSolr.percentileMillis(99),
        p50 / s50,
        appTime.percentileMillis(50));
  }

  /**
   * Two words per query (about 10,000 combinations), so that most queries miss Solr's result
   * caches: one word from a 100-word list would measure mostly cache hits.
   */
  private static String queryText(String kind, Random random) {
    String first = Vocabulary.pick(random);
    String second = Vocabulary.pick(random);
    return kind.equals("fielded") ? "tags:" + first + " OR title:" + second : first + " " + second;
  }

  private static String portalQuery(String text, List<String> facets) {
    StringJoiner q = new StringJoiner("&");
    q.add("q=" + enc(text));
    for (String f : facets) {
      q.add("facet.field=" + enc(f));
    }
    return q.toString();
  }

  /**
   * The Solr request the portal makes for an anonymous package_search with default paging and sort:
   * the same filters DatasetSearch adds and the parameters SolrSearchIndex derives.
   */
  private static String solrQuery(String text, List<String> facets) {
    SearchQuery query =
        new SearchQuery(
            text,
            List.of("+state:(active)", "+capacity:public", "+permission_labels:(\"public\")"),
            "score desc, metadata_modified desc",
            0,
            10,
            facets,
            50,
            1,
            List.of("data_dict"),
            Map.of());
    StringJoiner q = new StringJoiner("&");
    SolrSearchIndex.solrParameters(query)
        .forEach(
            (name, values) -> {
              for (String v : values) {
                q.add(enc(name) + "=" + enc(v));
              }
            });
    q.add("wt=json");
    return q.toString();
  }

  /** Sequential package_create calls through the API, then the time until all are searchable. */
  private String writePath(int count) throws Exception {
    String token =
        extract(post("/api/v1/admin/tokens", "{\"user\":\"admin\",\"name\":\"bench\"}"), "token");
    long t0 = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String body =
          "{\"name\":\"bench-api-"
              + i
              + "\",\"title\":\"Benchmark tulis "
              + i
              + "\",\"owner_org\":\""
              + CatalogGenerator.orgName(0)
              + "\",\"tags\":[{\"name\":\"tulisbench\"}],\"resources\":[{\"url\":\"https://x.invalid/a.csv\"}]}";
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(portal + "/api/3/action/package_create"))
                  .header("Authorization", token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException("package_create failed: " + r.body());
      }
    }
    double createSeconds = (System.nanoTime() - t0) / 1e9;
    while (!get(portal + "/api/3/action/package_search?fq=tags:tulisbench&rows=0")
        .contains("\"count\":" + count)) {
      Thread.sleep(50);
      if ((System.nanoTime() - t0) / 1e9 > 300) {
        throw new IOException("created datasets not searchable after 300 s");
      }
    }
    double searchableSeconds = (System.nanoTime() - t0) / 1e9;
    return String.format(
        "Write path: %d sequential package_create calls in %.1f s (%.0f/s); all searchable %.1f s after the first call.%n",
        count, createSeconds, count / createSeconds, searchableSeconds);
  }

  private String post(String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(portal + path))
                .timeout(Duration.ofMinutes(30))
                .header("X-Terbuka-Cli-Secret", secret)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(path + " failed: " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static String get(String url) throws IOException, InterruptedException {
    return send(url).body();
  }

  private static HttpResponse<String> send(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " failed: " + r.statusCode() + " " + r.body());
    }
    return r;
  }

  private static String extract(String json, String key) {
    int i = json.indexOf("\"" + key + "\":\"") + key.length() + 4;
    return json.substring(i, json.indexOf('"', i));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
