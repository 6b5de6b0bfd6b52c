package id.terbuka.web;

import id.terbuka.catalog.service.DatasetSearch;
import id.terbuka.http.FrontController;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.Json;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/util/dataset/autocomplete?incomplete=jumlah pen&limit=10}: public datasets whose
 * title words start with the typed words, for the search box's suggestions. The answer has CKAN's
 * {@code /api/2/util/dataset/autocomplete} shape ({@code {"ResultSet":{"Result":[{"match_field",
 * "match_displayed","name","title"}]}}}), which is also served under that path for CKAN clients.
 *
 * <p>Always the anonymous visitor's view (never a private or draft dataset, whoever asks), so the
 * answer may be cached by browsers and shared caches for {@value #MAX_AGE_SECONDS} seconds: a new
 * dataset shows up in suggestions a minute later at most.
 */
@WebServlet(
    name = "dataset-autocomplete",
    urlPatterns = {"/api/util/dataset/autocomplete", "/api/2/util/dataset/autocomplete"})
public class AutocompleteServlet extends FrontController {
  private static final long serialVersionUID = 1L;

  static final int MAX_AGE_SECONDS = 60;
  static final int DEFAULT_LIMIT = 10;

  /** A longer "prefix" is not being typed into a search box. */
  static final int MAX_TEXT = 100;

  @Inject transient DatasetSearch search;

  @Override
  protected void handle(Exchange x) throws IOException {
    if (x.post()) {
      x.resp().setHeader("Allow", "GET, HEAD");
      send(x, 405, "no-store", List.of());
      return;
    }
    String incomplete = x.req().getParameter("incomplete");
    if (incomplete != null && incomplete.length() > MAX_TEXT) {
      incomplete = incomplete.substring(0, MAX_TEXT);
    }
    int limit = limit(x.req().getParameter("limit"));
    List<Map<String, Object>> found;
    try {
      found = search.complete(incomplete, limit);
    } catch (SearchUnavailableException e) {
      send(x, 503, "no-store", List.of());
      return;
    }
    List<Object> results = new ArrayList<>();
    String typed = incomplete == null ? "" : incomplete.strip().toLowerCase(Locale.ROOT);
    for (Map<String, Object> d : found) {
      String name = String.valueOf(d.get("name"));
      String title = String.valueOf(d.get("title"));
      boolean byName =
          name.startsWith(typed.replace(' ', '-'))
              && !title.toLowerCase(Locale.ROOT).contains(typed);
      results.add(
          Map.of(
              "match_field",
              byName ? "name" : "title",
              "match_displayed",
              byName ? name : title,
              "name",
              name,
              "title",
              title));
    }
    send(x, 200, "public, max-age=" + MAX_AGE_SECONDS, results);
  }

  /** A NUL refused at the edge: nothing is typed with one, so there is nothing to suggest. */
  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    send(x, 400, "no-store", List.of());
  }

  /** {@value #DEFAULT_LIMIT} unless a readable positive number is given; capped by the search. */
  static int limit(String param) {
    if (param == null || !param.strip().matches("\\d{1,4}")) {
      return DEFAULT_LIMIT;
    }
    return Math.max(1, Math.min(DatasetSearch.MAX_COMPLETIONS, Integer.parseInt(param.strip())));
  }

  private static void send(Exchange x, int status, String cache, List<Object> results)
      throws IOException {
    HttpServletResponse resp = x.resp();
    byte[] body =
        Json.write(Map.of("ResultSet", Map.of("Result", results))).getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json;charset=utf-8");
    resp.setHeader("Cache-Control", cache);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(body.length);
    if (!x.head()) {
      resp.getOutputStream().write(body);
    }
  }
}
