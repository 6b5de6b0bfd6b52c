package id.terbuka.deploy.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public pages' weight and server time (issue 4, item 3) on the demo catalogue, in one run:
 * every page is loaded in headless Chromium with an empty cache at phone size, adding up the bytes
 * transferred for it and everything it pulls in (compressed, headers included); then each page is
 * requested a few hundred times by a sequential HTTP client accepting gzip, for the server time
 * (the pages' own {@code Server-Timing}) and the wall time on loopback.
 *
 * <p>Arguments: {@code [requests per page, default 300]}. Prints a Markdown report.
 */
public final class PageBenchmark {
  private static final int WARMUP = 200;
  private static final long BUDGET_BYTES = 100 * 1024;
  private static final double BUDGET_SERVER_MS = 50;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final BenchStack stack;

  private PageBenchmark(BenchStack stack) {
    this.stack = stack;
  }

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path root = Path.of(System.getProperty("terbuka.repo.root", ".")).toAbsolutePath();
    try (BenchStack stack = BenchStack.start(root, true)) {
      System.out.print(new PageBenchmark(stack).run(requests));
    }
  }

  private String run(int requests) throws Exception {
    Map<String, String> pages = pages();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "### Results (%s, demo catalogue, %d warm-up + %d measured requests per page)%n%n",
            LocalDate.now(), WARMUP, requests));
    report.append(
        "| page | path | transferred KB (cold, 360 px) | requests | load ms | server p50 ms |"
            + " server p99 ms | wall p50 ms | HTML gzip KB |\n");
    report.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> misses = new ArrayList<>();
    try (DevToolsBrowser browser = DevToolsBrowser.start(360, 800)) {
      // One throw-away load: Chromium's own first-start work is not the page's.
      browser.load(stack.portal + "/");
      for (Map.Entry<String, String> page : pages.entrySet()) {
        String url = stack.portal + page.getValue();
        DevToolsBrowser.PageLoad load = browser.load(url);
        Timing timing = time(url, requests);
        report.append(
            String.format(
                "| %s | `%s` | %.1f | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n",
                page.getKey(),
                page.getValue(),
                load.transferredBytes() / 1024.0,
                load.requests(),
                load.loadMillis(),
                timing.server.percentileMillis(50),
                timing.server.percentileMillis(99),
                timing.wall.percentileMillis(50),
                timing.htmlBytes / 1024.0));
        if (load.transferredBytes() > BUDGET_BYTES) {
          misses.add(page.getKey() + ": " + load.transferredBytes() / 1024 + " KB transferred");
        }
        if (timing.server.percentileMillis(50) > BUDGET_SERVER_MS) {
          misses.add(page.getKey() + ": server p50 " + timing.server.percentileMillis(50) + " ms");
        }
      }
    }
    report.append(
        misses.isEmpty()
            ? "\nEvery page within the budget (100 KB transferred, server p50 50 ms).\n"
            : "\nOver the budget: " + String.join("; ", misses) + "\n");
    return report.toString();
  }

  /** The pages measured: fixed paths plus the first demo dataset, resource and unit found. */
  private Map<String, String> pages() throws IOException, InterruptedException {
    JsonObject search = awaitDemoCatalogue();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("search", "/dataset");
    pages.put("search, a query", "/dataset?q=penduduk");
    JsonArray results = search.getJsonArray("results");
    JsonObject dataset = results.getJsonObject(0);
    for (int i = 0; i < results.size(); i++) {
      // The dataset with the most resources is the heaviest page of its kind.
      if (results.getJsonObject(i).getInt("num_resources") > dataset.getInt("num_resources")) {
        dataset = results.getJsonObject(i);
      }
    }
    pages.put("dataset", "/dataset/" + dataset.getString("name"));
    for (JsonObject d : results.getValuesAs(JsonObject.class)) {
      for (JsonObject r : d.getJsonArray("resources").getValuesAs(JsonObject.class)) {
        if (r.getBoolean("datastore_active", false)) {
          String path = "/dataset/" + d.getString("name") + "/resource/" + r.getString("id");
          if (status(stack.portal + path) == 200) {
            pages.put("resource with preview", path);
          }
          break;
        }
      }
      if (pages.containsKey("resource with preview")) {
        break;
      }
    }
    JsonObject org = dataset.getJsonObject("organization");
    if (org != null && status(stack.portal + "/organization/" + org.getString("name")) == 200) {
      pages.put("unit", "/organization/" + org.getString("name"));
    }
    return pages;
  }

  /** Waits until the demo datasets are searchable and their tables loaded. */
  private JsonObject awaitDemoCatalogue() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject result =
          json(stack.portal + "/api/3/action/package_search?rows=100").getJsonObject("result");
      if (result.getInt("count") > 0 && allLoaded(result.getJsonArray("results"))) {
        return result;
      }
      Thread.sleep(500);
    }
    throw new IOException("The demo catalogue was not searchable and loaded within 3 minutes");
  }

  private static boolean allLoaded(JsonArray datasets) {
    for (JsonObject d : datasets.getValuesAs(JsonObject.class)) {
      for (JsonObject r : d.getJsonArray("resources").getValuesAs(JsonObject.class)) {
        String status = r.isNull("datastore_status") ? null : r.getString("datastore_status");
        if ("pending".equals(status) || "loading".equals(status)) {
          return false;
        }
      }
    }
    return true;
  }

  private record Timing(Latencies server, Latencies wall, long htmlBytes) {}

  private static Timing time(String url, int requests) throws IOException, InterruptedException {
    Latencies server = new Latencies();
    Latencies wall = new Latencies();
    long bytes = 0;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept-Encoding", "gzip")
            .header("User-Agent", "Mozilla/5.0 (terbuka page benchmark)")
            .GET()
            .build();
    for (int i = 0; i < WARMUP + requests; i++) {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long t1 = System.nanoTime();
      if (r.statusCode() != 200) {
        throw new IOException(url + " answered " + r.statusCode());
      }
      if (i >= WARMUP) {
        wall.add(t1 - t0);
        bytes = r.body().length;
        String timing = r.headers().firstValue("Server-Timing").orElse("");
        if (timing.matches(".*dur=[0-9.]+.*")) {
          server.add(
              (long) (Double.parseDouble(timing.replaceAll(".*dur=([0-9.]+).*", "$1")) * 1e6));
        }
      }
    }
    return new Timing(server, wall, bytes);
  }

  private static int status(String url) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static JsonObject json(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }
}
