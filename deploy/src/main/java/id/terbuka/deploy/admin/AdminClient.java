package id.terbuka.deploy.admin;

import id.terbuka.deploy.data.DataDirectory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the admin endpoints of the instance running on a data directory. It finds the instance
 * through {@code terbuka.url} and proves it is the operator through the CLI secret, which only the
 * owner of the data directory can read.
 */
public final class AdminClient {

  /** The header the WAR checks against the contents of {@code terbuka.cli.secret.file}. */
  public static final String SECRET_HEADER = "X-Terbuka-Cli-Secret";

  private final String baseUrl;
  private final String secret;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  AdminClient(String baseUrl, String secret) {
    this.baseUrl = baseUrl;
    this.secret = secret;
  }

  /** A client for the instance on {@code dataDir}; fails when none is running there. */
  public static AdminClient forDataDirectory(DataDirectory dataDir) throws AdminException {
    try {
      if (!Files.exists(dataDir.urlFile())) {
        throw new AdminException(
            "no running Terbuka found for "
                + dataDir.root()
                + " (start it with: deploy/terbuka start, or set TERBUKA_DATA_DIR)");
      }
      String url = Files.readString(dataDir.urlFile(), StandardCharsets.UTF_8).trim();
      String secret = Files.readString(dataDir.cliSecret(), StandardCharsets.UTF_8).trim();
      return new AdminClient(url, secret);
    } catch (IOException e) {
      throw new AdminException(
          "cannot read the instance files in " + dataDir.root() + ": " + e.getMessage(), e);
    }
  }

  /** {@code POST /api/v1/admin/reindex}: rebuilds the search index; returns the JSON report. */
  public String reindex() throws AdminException {
    return send(
        request("/api/v1/admin/reindex", Duration.ofHours(1))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /**
   * {@code GET /api/v1/admin/reindex/check}: compares database and index.
   *
   * @return the report and whether it found drift (its boolean member {@code drift})
   */
  public DriftReport check() throws AdminException {
    String body =
        send(request("/api/v1/admin/reindex/check", Duration.ofMinutes(10)).GET().build());
    JsonObject report =
        Json.object(body)
            .orElseThrow(() -> new AdminException("the check did not answer with JSON:\n" + body));
    JsonValue drift = report.get("drift");
    if (drift != JsonValue.TRUE && drift != JsonValue.FALSE) {
      throw new AdminException("the check's answer has no boolean 'drift':\n" + Json.pretty(body));
    }
    return new DriftReport(Json.pretty(body), drift == JsonValue.TRUE);
  }

  /** The result of a drift check, ready to print. */
  public record DriftReport(String prettyJson, boolean drift) {}

  /** {@code POST /api/v1/admin/tokens}: creates an API token named "cli" for {@code user}. */
  public String createToken(String user) throws AdminException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("user", user);
    body.put("name", "cli");
    String response =
        send(
            request("/api/v1/admin/tokens", Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.objectOf(body), StandardCharsets.UTF_8))
                .build());
    return Json.object(response)
        .map(o -> o.getString("token", ""))
        .filter(token -> !token.isBlank())
        .orElseThrow(() -> new AdminException("no token in the answer:\n" + Json.pretty(response)));
  }

  /**
   * {@code POST /api/v1/admin/demo/budget}: loads the demo budget through the portal's import
   * service (once per database); returns the JSON answer.
   */
  public String loadDemoBudget() throws AdminException {
    return send(
        request("/api/v1/admin/demo/budget", Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /**
   * {@code POST /api/v1/admin/demo/contracts}: loads the demo procurement through the portal's
   * spreadsheet import (once per database); returns the JSON answer.
   */
  public String loadDemoContracts() throws AdminException {
    return send(
        request("/api/v1/admin/demo/contracts", Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /**
   * {@code POST /api/v1/admin/demo/dasawisma}: loads the demo's Dasa Wisma households, targets and
   * snapshot (once per database); returns the JSON answer.
   */
  public String loadDemoDasaWisma() throws AdminException {
    return send(
        request("/api/v1/admin/demo/dasawisma", Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /** Prettified JSON of a successful answer, for printing. */
  public static String pretty(String json) {
    return Json.pretty(json);
  }

  private HttpRequest.Builder request(String path, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header(SECRET_HEADER, secret);
  }

  private String send(HttpRequest request) throws AdminException {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AdminException(
          "cannot reach Terbuka at " + baseUrl + " (is it running?): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdminException("interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      String detail =
          Json.object(response.body())
              .map(o -> ":\n" + Json.pretty(response.body()))
              // An HTML error page says nothing useful on a terminal.
              .orElse(
                  response.statusCode() == 404
                      ? " (the running WAR has no such endpoint: is it up to date?)"
                      : "");
      throw new AdminException(
          request.method()
              + " "
              + request.uri().getPath()
              + " failed with HTTP "
              + response.statusCode()
              + detail);
    }
    return response.body();
  }
}
