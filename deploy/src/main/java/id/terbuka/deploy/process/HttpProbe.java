package id.terbuka.deploy.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks whether a URL answers 200, without following redirects or throwing for "not yet". */
public final class HttpProbe {

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * What a GET answered.
   *
   * @param status the status code, -1 when nothing answered (refused, timed out)
   * @param body the body as text, empty when nothing answered
   */
  public record Answer(int status, String body) {}

  /** The status code of a GET, or -1 when nothing answered (refused, timed out). */
  public int status(String url) {
    return get(url).status();
  }

  public Answer get(String url) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(-1, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "");
    }
  }

  public boolean isOk(String url) {
    return status(url) == 200;
  }
}
