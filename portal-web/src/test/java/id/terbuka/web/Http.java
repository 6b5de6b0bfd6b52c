package id.terbuka.web;

import id.terbuka.shared.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** A small HTTP client for the tests: CKAN-style calls, with or without a token. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;

  public Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public String base() {
    return base;
  }

  /** A response: status, body text, and the body parsed as JSON when it is JSON. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public Object json() {
      return Json.parse(body);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
      return (Map<String, Object>) json();
    }

    /** The CKAN {@code result}. */
    @SuppressWarnings("unchecked")
    public <T> T result() {
      return (T) map().get("result");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> error() {
      return (Map<String, Object>) map().get("error");
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public Reply postJson(String path, String token, Object body) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
            .build());
  }

  /** A JSON POST with the given headers (no {@code Authorization} unless given). */
  public Reply postJsonWithHeaders(String path, Map<String, String> headers, Object body) {
    var b =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
    headers.forEach(b::header);
    return send(b.build());
  }

  /** A GET with the given headers. */
  public Reply getWithHeaders(String path, Map<String, String> headers) {
    var b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    headers.forEach(b::header);
    return send(b.build());
  }

  public Reply postRaw(String path, String token, String contentType, String body) {
    return send(
        request(path, token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Any method (PUT, DELETE...) with an optional body of the given type. */
  public Reply call(String method, String path, String token, String contentType, String body) {
    var b =
        request(path, token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  public Reply postForm(String path, String token, Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            form.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return postRaw(path, token, "application/x-www-form-urlencoded", form.toString());
  }

  /** A multipart body with text fields and one file in field {@code upload}. */
  public Reply postMultipart(
      String path, String token, Map<String, String> fields, String filename, byte[] file) {
    return postMultipart(path, token, fields, "upload", filename, file);
  }

  /** A multipart body with text fields and one file in the named field. */
  public Reply postMultipart(
      String path,
      String token,
      Map<String, String> fields,
      String fileField,
      String filename,
      byte[] file) {
    String boundary = "----terbuka" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    try {
      for (var e : fields.entrySet()) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + e.getKey()
                    + "\"\r\n\r\n"
                    + e.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + filename
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(file);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return send(
        request(path, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
            .build());
  }

  /** A GET with headers given as name, value, name, value... */
  public HttpResponse<byte[]> getBytes(String pathOrUrl, String... headerPairs) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.put(headerPairs[i], headerPairs[i + 1]);
    }
    return getBytes(pathOrUrl, headers);
  }

  public HttpResponse<byte[]> getBytes(String pathOrUrl, Map<String, String> headers) {
    var b = HttpRequest.newBuilder(uri(pathOrUrl)).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(b::header);
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code /api/3/action/NAME} with query parameters (repeated keys allowed as lists). */
  public static String action(String name, Object... keyValues) {
    StringJoiner q = new StringJoiner("&");
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      for (Object item : v instanceof List<?> l ? l : List.of(v)) {
        q.add(
            URLEncoder.encode(keyValues[i].toString(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(item.toString(), StandardCharsets.UTF_8));
      }
    }
    return "/api/3/action/" + name + (keyValues.length == 0 ? "" : "?" + q);
  }

  private HttpRequest.Builder request(String path, String token) {
    var b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", token);
    }
    return b;
  }

  private URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
  }

  private static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.body(), r.headers());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
    }
  }
}
