package id.terbuka.deploy.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The benchmark's HTTP client for one portal: sequential, HTTP/1.1 on loopback (no h2c upgrade in
 * the timings), with the admin's API token once {@link #signIn} has run. Answers are parsed with
 * the launcher's JSON-P provider, looked up once.
 */
final class PortalHttp {
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String portal;
  private final String cliSecret;
  private String token;

  PortalHttp(String portal, String cliSecret) {
    this.portal = portal;
    this.cliSecret = cliSecret;
  }

  /** An API token for the sysadmin {@code admin}, made through the CLI's secret. */
  void signIn() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(portal + "/api/v1/admin/tokens"))
            .header("X-Terbuka-Cli-Secret", cliSecret)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"admin\",\"name\":\"bench\"}"))
            .build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("Token: " + r.statusCode() + " " + abbreviate(r.body(), 500));
    }
    token = parse(r.body()).getString("token");
  }

  /** A CKAN action as the admin; fails unless it answers 200. */
  void action(String name, String jsonBody) throws IOException, InterruptedException {
    HttpResponse<String> r = post("/api/3/action/" + name, jsonBody, true, Duration.ofMinutes(2));
    if (r.statusCode() != 200) {
      throw new IOException(name + ": " + r.statusCode() + " " + abbreviate(r.body(), 500));
    }
  }

  /** POSTs JSON text, as the admin when {@code signed}. */
  HttpResponse<String> post(String path, String jsonBody, boolean signed, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(portal + path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
    if (signed) {
      b.header("Authorization", token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(portal + pathAndQuery))
            .timeout(Duration.ofMinutes(2))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject parse(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + " ...";
  }
}
