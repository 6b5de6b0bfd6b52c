package id.terbuka.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The DCAT catalogue page at scale (issue 13, item 10): datasets generated into PostgreSQL with
 * COPY and reindexed (as {@link SearchBenchmark} does), then random catalogue pages fetched over
 * HTTP in Turtle, RDF/XML and JSON-LD, each next to CKAN's {@code package_search} for the same 100
 * datasets (same order, same start) as the baseline, in the same run. Times are end to end: the
 * client's wall time from sending the request to having read the whole body.
 */
public final class DcatBenchmark {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String portal;
  private final String secret;

  private DcatBenchmark(String portal, String secret) {
    this.portal = portal;
    this.secret = secret;
  }

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    try (BenchStack stack = BenchStack.start(root)) {
      DcatBenchmark bench = new DcatBenchmark(stack.portal, stack.secret);
      var coords = stack.coordinates();
      CatalogGenerator generator =
          new CatalogGenerator(coords.jdbcUrl(), coords.user(), stack.dbPassword);
      long t0 = System.nanoTime();
      generator.growTo(size);
      double generate = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      bench.post("/api/v1/admin/reindex");
      double reindex = (System.nanoTime() - t1) / 1e9;
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "%,d datasets: generated (COPY) in %.1f s, reindexed in %.1f s. %d cores;"
                  + " %d warm-up then %d measured requests per row, random pages of %d,"
                  + " sequential client on loopback.%n%n",
              size,
              generate,
              reindex,
              Runtime.getRuntime().availableProcessors(),
              warmup,
              requests,
              (size + 99) / 100));
      out.append(
          "| endpoint | p50 ms | p95 ms | p99 ms | max ms | mean body KB |\n"
              + "|---|---:|---:|---:|---:|---:|\n");
      int pages = (size + 99) / 100;
      for (int page : List.of(1, pages / 2 + 1, pages - 100, pages)) {
        bench.samePage(page);
      }
      for (String kind :
          List.of("catalog.ttl", "catalog.rdf", "catalog.jsonld", "package_search")) {
        out.append(bench.row(kind, pages, warmup, requests));
      }
      out.append(bench.row("catalog.ttl first page", 1, warmup, requests));
      System.out.println(out);
    }
  }

  private String row(String kind, int pages, int warmup, int requests) throws Exception {
    Random random = new Random(kind.hashCode());
    Latencies times = new Latencies();
    long bytes = 0;
    for (int i = 0; i < warmup + requests; i++) {
      int page = 1 + random.nextInt(pages);
      String path =
          kind.equals("package_search")
              ? "/api/3/action/package_search?rows=100&facet=false&start="
                  + (page - 1) * 100
                  + "&sort="
                  + URLEncoder.encode("metadata_modified desc, id asc", StandardCharsets.UTF_8)
              : "/" + kind.split(" ")[0] + "?page=" + page;
      long a = System.nanoTime();
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(portal + path))
                  .timeout(Duration.ofMinutes(2))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      long b = System.nanoTime();
      if (r.statusCode() != 200) {
        throw new IOException(path + ": " + r.statusCode());
      }
      if (i >= warmup) {
        times.add(b - a);
        bytes += r.body().length;
      }
    }
    return String.format(
        "| %s | %.1f | %.1f | %.1f | %.1f | %.0f |%n",
        kind.startsWith("package") ? "package_search rows=100 (baseline)" : "/" + kind,
        times.percentileMillis(50),
        times.percentileMillis(95),
        times.percentileMillis(99),
        times.percentileMillis(100),
        bytes / 1024.0 / requests);
  }

  /**
   * A check before timing: the catalogue page holds exactly the datasets {@code package_search}
   * returns for the same rows (deep pages are read from the other end of the order).
   */
  private void samePage(int page) throws IOException, InterruptedException {
    String ckan =
        fetch(
            "/api/3/action/package_search?rows=100&facet=false&fl=id&start="
                + (page - 1) * 100
                + "&sort="
                + URLEncoder.encode("metadata_modified desc, id asc", StandardCharsets.UTF_8));
    String ttl = fetch("/catalog.ttl?page=" + page);
    var ids = java.util.regex.Pattern.compile("\"id\": ?\"([0-9a-f-]{36})\"").matcher(ckan);
    int n = 0;
    while (ids.find()) {
      n++;
      if (!ttl.contains("/dataset/" + ids.group(1) + ">")) {
        throw new IllegalStateException("page " + page + " lacks " + ids.group(1));
      }
    }
    int inTtl = ttl.split("a +dcat:Dataset|rdf:type +dcat:Dataset", -1).length - 1;
    if (n == 0 || n != inTtl) {
      throw new IllegalStateException("page " + page + ": " + n + " vs " + inTtl + " datasets");
    }
    System.err.println("page " + page + ": the same " + n + " datasets");
  }

  private String fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(portal + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(path + ": " + r.statusCode());
    }
    return r.body();
  }

  private void post(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(portal + path))
                .timeout(Duration.ofMinutes(30))
                .header("X-Terbuka-Cli-Secret", secret)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(""))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(path + " failed: " + r.statusCode() + " " + r.body());
    }
  }
}
