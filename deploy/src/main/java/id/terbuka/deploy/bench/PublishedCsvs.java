package id.terbuka.deploy.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches a generated dataset through anonymous {@code package_show} until its CSV resources are
 * there (and, when asked, loaded into the DataStore): the moment a publisher's data is visible, or
 * queryable. Polls every 250 ms, so a figure it ends is at most that late.
 */
final class PublishedCsvs {
  private static final long POLL_MILLIS = 250;

  private PublishedCsvs() {}

  /**
   * Waits until {@code dataset} shows at least {@code minimum} CSV resources and, with {@code
   * datastoreActive}, every CSV resource reports {@code datastore_active}; returns how many CSV
   * resources it has.
   */
  static int await(
      PortalHttp http, String dataset, int minimum, boolean datastoreActive, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = http.get("/api/3/action/package_show?id=" + dataset);
      last = r.body();
      if (r.statusCode() == 200) {
        List<JsonObject> csvs = csvResources(last);
        boolean active =
            !datastoreActive
                || csvs.stream().allMatch(res -> res.getBoolean("datastore_active", false));
        if (csvs.size() >= minimum && active) {
          return csvs.size();
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new IllegalStateException(
        "The CSV resources of "
            + dataset
            + (datastoreActive ? " were not all datastore_active" : " did not appear")
            + " within "
            + timeout.toMinutes()
            + " minutes; last package_show: "
            + PortalHttp.abbreviate(last, 2000));
  }

  /** The CSV resources of a {@code package_show} answer (by format, or by the URL's ending). */
  static List<JsonObject> csvResources(String packageShow) {
    JsonObject result = PortalHttp.parse(packageShow).getJsonObject("result");
    List<JsonObject> csvs = new ArrayList<>();
    for (JsonValue v : result.getJsonArray("resources")) {
      JsonObject res = v.asJsonObject();
      String format = res.getString("format", "");
      String url = res.getString("url", "");
      if (format.equalsIgnoreCase("csv") || url.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        csvs.add(res);
      }
    }
    return csvs;
  }
}
