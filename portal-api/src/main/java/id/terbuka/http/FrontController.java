package id.terbuka.http;

import id.terbuka.shared.NulCharacters;
import id.terbuka.shared.TerbukaConfig;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The base of the front controllers (the CKAN Action API, the public pages, the publisher pages,
 * the DataStore dumps). What they all need is done here, once and in the same order: parameters
 * decoded as UTF-8, the start time kept for {@code Server-Timing}, a body declared larger than the
 * upload limit recognised before anything reads it, and a NUL character in the path or in any
 * parameter refused before a handler sees the request. Each controller answers a refusal in its own
 * shape ({@link #refuse}).
 */
public abstract class FrontController extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The HTTP methods a front controller may serve. */
  protected enum Method {
    GET,
    HEAD,
    POST
  }

  /**
   * One request as a handler sees it.
   *
   * @param bodyTooLarge a POST whose declared length is over the upload limit: its body must not be
   *     read (its parameters were not checked either)
   */
  protected record Exchange(
      HttpServletRequest req,
      HttpServletResponse resp,
      Method method,
      long startedNanos,
      boolean bodyTooLarge) {
    public boolean head() {
      return method == Method.HEAD;
    }

    public boolean post() {
      return method == Method.POST;
    }

    /** The {@code Server-Timing} value for the time spent so far. */
    public String serverTiming() {
      return String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - startedNanos) / 1e6);
    }
  }

  @Inject protected transient TerbukaConfig config;

  @Override
  protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    serve(req, resp, Method.GET);
  }

  @Override
  protected final void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    serve(req, resp, Method.HEAD);
  }

  @Override
  protected final void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    serve(req, resp, Method.POST);
  }

  private void serve(HttpServletRequest req, HttpServletResponse resp, Method method)
      throws IOException {
    long started = System.nanoTime();
    boolean tooLarge =
        method == Method.POST && config.declaredBodyTooLarge(req.getContentLengthLong());
    Exchange x = new Exchange(req, resp, method, started, tooLarge);
    if (!tooLarge && req.getCharacterEncoding() == null) {
      // The Servlet API decodes parameters as ISO-8859-1 unless told; browsers and CKAN clients
      // send UTF-8.
      req.setCharacterEncoding("UTF-8");
    }
    Optional<String> nul = tooLarge ? pathWithNul(req) : nulField(req);
    if (nul.isPresent()) {
      refuse(x, nul.get(), NulCharacters.MESSAGE);
      return;
    }
    handle(x);
  }

  /** Serves one request whose path and parameters passed the edge checks. */
  protected abstract void handle(Exchange x) throws IOException;

  /**
   * Answers input refused at the edge, naming the field ({@code path} for the URL path) and the
   * reason, in the controller's own shape and with a 4xx status.
   */
  protected abstract void refuse(Exchange x, String field, String message) throws IOException;

  /** The path or parameter (query, or a form body) that holds a NUL character, if any. */
  private static Optional<String> nulField(HttpServletRequest req) {
    Optional<String> inPath = pathWithNul(req);
    if (inPath.isPresent()) {
      return inPath;
    }
    Map<String, String[]> params;
    try {
      params = req.getParameterMap();
    } catch (RuntimeException e) {
      // A body the container cannot parse (a broken multipart): the handler reads it again and
      // answers its own 400; nothing was found to refuse here.
      return Optional.empty();
    }
    for (Map.Entry<String, String[]> e : params.entrySet()) {
      if (NulCharacters.in(e.getKey())) {
        return Optional.of(NulCharacters.printable(e.getKey()));
      }
      for (String value : e.getValue()) {
        if (NulCharacters.in(value)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> pathWithNul(HttpServletRequest req) {
    String uri = req.getRequestURI();
    boolean nul =
        NulCharacters.in(req.getPathInfo())
            || NulCharacters.in(req.getServletPath())
            || (uri != null && uri.toLowerCase(Locale.ROOT).contains("%00"));
    return nul ? Optional.of("path") : Optional.empty();
  }

  /** Query or form parameters as a data dict: a repeated key becomes a list. */
  protected static Map<String, Object> parameters(HttpServletRequest req) {
    Map<String, Object> params = new LinkedHashMap<>();
    req.getParameterMap()
        .forEach(
            (k, values) ->
                params.put(k, values.length == 1 ? values[0] : new ArrayList<>(List.of(values))));
    return params;
  }
}
