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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The benchmark's HTTP client for one portal: sequential, HTTP/1.1 on loopback (no h2c upgrade in
 * the timings), with the admin's API token once {@link #signIn} has run, and other users' tokens
 * for the calls made in their name. Answers are parsed with the launcher's JSON-P provider, looked
 * up once.
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
    actionResult(name, jsonBody);
  }

  /** A CKAN action as the admin: its {@code result}; fails unless it answers 200. */
  JsonObject actionResult(String name, String jsonBody) throws IOException, InterruptedException {
    HttpResponse<String> r = post("/api/3/action/" + name, jsonBody, true, Duration.ofMinutes(2));
    if (r.statusCode() != 200) {
      throw new IOException(name + ": " + r.statusCode() + " " + abbreviate(r.body(), 500));
    }
    return parse(r.body()).getJsonObject("result");
  }

  /** A new user (no organisation) and an API token for it, made by the admin; returns the token. */
  String userWithToken(String name) throws IOException, InterruptedException {
    action(
        "user_create",
        JSON.createObjectBuilder()
            .add("name", name)
            .add("email", name + "@example.org")
            .add("password", "rahasia-" + name)
            .build()
            .toString());
    return actionResult(
            "api_token_create",
            JSON.createObjectBuilder().add("user", name).add("name", "bench").build().toString())
        .getString("token");
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

  /** POSTs JSON text in the name of the holder of {@code userToken}. */
  HttpResponse<String> postAs(String userToken, String path, String jsonBody, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(portal + path))
            .timeout(timeout)
            .header("Authorization", userToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * POSTs {@code file} as the multipart part {@code file} with the text {@code fields} before it,
   * in the name of the holder of {@code userToken}; the file is streamed from disk, not read into
   * memory.
   */
  HttpResponse<String> postFile(
      String userToken,
      String path,
      Map<String, String> fields,
      Path file,
      String contentType,
      Duration timeout)
      throws IOException, InterruptedException {
    String boundary = "bench" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(file.getFileName())
        .append("\"\r\nContent-Type: ")
        .append(contentType)
        .append("\r\n\r\n");
    String tail = "\r\n--" + boundary + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(portal + path))
            .timeout(timeout)
            .header("Authorization", userToken)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head.toString()),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString(tail)))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return getAs(null, pathAndQuery);
  }

  /** GETs in the name of the holder of {@code userToken}, anonymously when it is null. */
  HttpResponse<String> getAs(String userToken, String pathAndQuery)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(portal + pathAndQuery)).timeout(Duration.ofMinutes(2));
    if (userToken != null) {
      b.header("Authorization", userToken);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The admin's API token ({@link #signIn} first). */
  String adminToken() {
    if (token == null) {
      throw new IllegalStateException("signIn first");
    }
    return token;
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
