package id.terbuka.ckan;

import id.terbuka.catalog.Upload;
import id.terbuka.identity.Actor;
import id.terbuka.identity.Authenticator;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.TerbukaConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CKAN Action API endpoint. A servlet rather than a JAX-RS resource because CKAN's contract
 * mixes JSON, form and multipart bodies on one URL and answers some errors with bare JSON strings;
 * here each of those is explicit.
 */
@WebServlet(
    name = "ckan-action-api",
    urlPatterns = {"/api/3/action/*", "/api/action/*", "/api", "/api/3", "/api/3/"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class CkanApiServlet extends HttpServlet {
  @Inject ActionTable actions;
  @Inject Authenticator authenticator;
  @Inject TerbukaConfig config;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp, false);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    handle(req, resp, true);
  }

  private void handle(HttpServletRequest req, HttpServletResponse resp, boolean post)
      throws IOException {
    long started = System.nanoTime();
    String servletPath = req.getServletPath();
    String pathInfo = req.getPathInfo();
    if (servletPath.equals("/api") && pathInfo == null) {
      send(resp, new ActionResponses.Reply(200, Map.of("version", 1)));
      return;
    }
    if (servletPath.startsWith("/api/3") && !servletPath.startsWith("/api/3/action")) {
      send(resp, new ActionResponses.Reply(200, Map.of("version", 3)));
      return;
    }
    String name = pathInfo == null ? "" : pathInfo.replaceFirst("^/", "").replaceFirst("/$", "");
    String help = config.siteUrl() + "/api/3/action/help_show?name=" + name;
    ActionTable.Entry entry = actions.find(name).orElse(null);
    if (entry == null) {
      send(resp, ActionResponses.badRequest("Action name not known: " + name));
      return;
    }
    if (!post && !entry.readOnly()) {
      send(
          resp,
          ActionResponses.badRequest(
              "JSON Error: Invalid request. Please use POST method for your request"));
      return;
    }
    if (post && config.declaredBodyTooLarge(req.getContentLengthLong())) {
      // Refused before the body is read: a client that declares 2 GB (and perhaps never sends
      // it) costs no disk and no wait. Closing the connection spares the container from reading
      // and discarding the rest of the body.
      resp.setHeader("Connection", "close");
      send(
          resp,
          ActionResponses.failure(
              help, name, InvalidInputException.of("upload", "File upload too large")));
      return;
    }
    if (req.getCharacterEncoding() == null) {
      // Form bodies default to ISO-8859-1 in the Servlet API; CKAN clients send UTF-8.
      req.setCharacterEncoding("UTF-8");
    }
    ActionResponses.Reply reply;
    try {
      Actor actor = authenticator.fromHeaders(req::getHeader);
      Map<String, Object> params = new LinkedHashMap<>();
      Upload upload = post ? readBody(req, params) : null;
      if (!post) {
        params.putAll(queryParams(req));
      }
      Object result = entry.action().run(new ActionCall(actor, params, upload));
      reply = ActionResponses.success(help, result);
    } catch (RuntimeException e) {
      reply = ActionResponses.failure(help, name, e);
    } catch (ServletException e) {
      reply = ActionResponses.badRequest("Could not read the multipart body: " + e.getMessage());
    }
    // Time spent in the application, for benchmarks and browsers' developer tools.
    resp.setHeader(
        "Server-Timing",
        String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
    send(resp, reply);
  }

  /** Fills {@code params} from the body; returns the uploaded file of a multipart body, if any. */
  private Upload readBody(HttpServletRequest req, Map<String, Object> params)
      throws IOException, ServletException {
    String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      Upload upload = null;
      for (Part part : req.getParts()) {
        if (part.getSubmittedFileName() != null) {
          if (part.getName().equals("upload")) {
            upload =
                new Upload(
                    part.getSubmittedFileName(), part.getContentType(), part.getInputStream());
          }
        } else {
          try (InputStream in = part.getInputStream()) {
            add(params, part.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      return upload;
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      params.putAll(queryParams(req));
      return null;
    }
    byte[] body = req.getInputStream().readAllBytes();
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (!text.isEmpty()) {
      params.putAll(Json.parseObject(text));
    }
    return null;
  }

  /** Query or form parameters: a repeated key becomes a list. */
  private static Map<String, Object> queryParams(HttpServletRequest req) {
    Map<String, Object> params = new LinkedHashMap<>();
    req.getParameterMap()
        .forEach(
            (k, values) -> {
              if (values.length == 1) {
                params.put(k, values[0]);
              } else {
                params.put(k, new ArrayList<>(List.of(values)));
              }
            });
    return params;
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> params, String key, String value) {
    Object existing = params.get(key);
    if (existing == null) {
      params.put(key, value);
    } else if (existing instanceof List<?> list) {
      ((List<Object>) list).add(value);
    } else {
      params.put(key, new ArrayList<>(List.of(existing, value)));
    }
  }

  private static void send(HttpServletResponse resp, ActionResponses.Reply reply)
      throws IOException {
    resp.setStatus(reply.status());
    resp.setContentType("application/json;charset=utf-8");
    resp.setHeader("Cache-Control", "no-cache");
    byte[] bytes = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }
}
