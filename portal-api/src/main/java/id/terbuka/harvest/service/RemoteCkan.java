package id.terbuka.harvest.service;

import id.terbuka.harvest.domain.Addresses;
import id.terbuka.harvest.domain.HarvestException;
import id.terbuka.harvest.domain.SearchPage;
import id.terbuka.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The remote portal's {@code package_search}, asked as an anonymous client (so only its public
 * datasets come) and answered defensively: a connect and an answer timeout, a cap on the answer's
 * size, redirects followed only to the same host (at most 3), only {@code http}/{@code https}, and
 * no private address unless the operator allowed them. Every failure is a {@link HarvestException}
 * with the reason, for the run report.
 *
 * <p>The address check resolves the host before each request; the HTTP client resolves it again
 * when it connects, so a DNS answer that changes in between (rebinding) is not caught. Operators
 * who fear that keep private addresses refused at the network level too (docs/operations.md).
 */
final class RemoteCkan {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

  /** Largest answer read (a page of 100 datasets is far below). */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final int MAX_REDIRECTS = 3;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String base;
  private final boolean allowPrivate;

  RemoteCkan(String base, boolean allowPrivate) {
    this.base = base;
    this.allowPrivate = allowPrivate;
  }

  /** One page, oldest changes first; {@code fq} null for every dataset. */
  SearchPage search(String fq, int start) {
    StringBuilder url =
        new StringBuilder(base)
            .append("/api/3/action/package_search?q=")
            .append(enc("*:*"))
            .append("&sort=")
            .append(enc("metadata_modified asc"))
            .append("&rows=")
            .append(SearchPage.ROWS)
            .append("&start=")
            .append(start);
    if (fq != null) {
      url.append("&fq=").append(enc(fq));
    }
    return SearchPage.read(getJson(URI.create(url.toString())));
  }

  private Object getJson(URI first) {
    URI uri = first;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkAddress(uri);
      HttpResponse<InputStream> answer = send(uri);
      int status = answer.statusCode();
      if (status >= 300 && status < 400) {
        uri = redirect(first, uri, answer);
        continue;
      }
      byte[] body = read(answer);
      if (status != 200 && status != 400 && status != 409) {
        // CKAN answers its own errors as JSON with 400/409; anything else is not its API.
        throw new HarvestException("The remote answered HTTP " + status + " at " + path(uri));
      }
      try {
        return Json.parse(new String(body, StandardCharsets.UTF_8));
      } catch (Json.MalformedJsonException e) {
        throw new HarvestException("The remote's answer is not JSON (HTTP " + status + ")");
      }
    }
    throw new HarvestException("The remote redirected more than " + MAX_REDIRECTS + " times");
  }

  private static URI redirect(URI first, URI current, HttpResponse<?> answer) {
    String location = answer.headers().firstValue("Location").orElse(null);
    if (location == null) {
      throw new HarvestException("The remote redirected without a Location");
    }
    URI next;
    try {
      next = current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new HarvestException("The remote redirected to an invalid URL");
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new HarvestException("The remote redirected to a URL that is not http or https");
    }
    if (next.getHost() == null || !next.getHost().equalsIgnoreCase(first.getHost())) {
      throw new HarvestException("The remote redirected to another host: " + next.getHost());
    }
    return next;
  }

  private void checkAddress(URI uri) {
    if (allowPrivate) {
      return;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (Addresses.isPrivate(a)) {
          throw new HarvestException(
              "The remote's host "
                  + uri.getHost()
                  + " is a private or local address, which this portal does not harvest"
                  + " (TERBUKA_HARVEST_ALLOW_PRIVATE)");
        }
      }
    } catch (UnknownHostException e) {
      throw new HarvestException("The remote's host " + uri.getHost() + " is unknown");
    }
  }

  private static HttpResponse<InputStream> send(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(ANSWER_TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "Terbuka-harvester/1")
            .GET()
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new HarvestException(
          "The remote did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      throw new HarvestException(
          "The remote could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarvestException("The run was interrupted");
    }
  }

  private static byte[] read(HttpResponse<InputStream> answer) {
    try (InputStream in = answer.body()) {
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw new HarvestException(
            "The remote's answer is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      return body;
    } catch (IOException e) {
      throw new HarvestException("The remote's answer broke off: " + e.getClass().getSimpleName());
    }
  }

  private static String path(URI uri) {
    return uri.getRawPath();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
