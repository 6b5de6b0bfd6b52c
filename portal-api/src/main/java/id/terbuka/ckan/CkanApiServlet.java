package id.terbuka.ckan;

import id.terbuka.catalog.domain.Upload;
import id.terbuka.http.FrontController;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.NulCharacters;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
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
import java.util.Optional;

/**
 * The CKAN Action API endpoint. A servlet rather than a JAX-RS resource because CKAN's contract
 * mixes JSON, form and multipart bodies on one URL and answers some errors with bare JSON strings;
 * here each of those is explicit. The order of checks is CKAN's: the action must exist, then the
 * caller must be allowed (an anonymous caller may not write, whatever the body says), then the data
 * dict is read and validated.
 */
@WebServlet(
    name = "ckan-action-api",
    urlPatterns = {"/api/3/action/*", "/api/action/*", "/api", "/api/3", "/api/3/"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class CkanApiServlet extends FrontController {
  private static final long serialVersionUID = 1L;

  @Inject transient ActionTable actions;
  @Inject transient Authenticator authenticator;

  @Override
  protected void handle(Exchange x) throws IOException {
    Optional<ActionResponses.Reply> version = apiVersion(x.req());
    if (version.isPresent()) {
      send(x.resp(), version.get());
      return;
    }
    String name = actionName(x.req());
    ActionTable.Entry entry = actions.find(name).orElse(null);
    Optional<ActionResponses.Reply> refusal = refusalBeforeBody(x, name, entry);
    if (refusal.isPresent()) {
      send(x.resp(), refusal.get());
      return;
    }
    ActionResponses.Reply reply = run(x, name, entry);
    // Time spent in the application, for benchmarks and browsers' developer tools.
    x.resp().setHeader("Server-Timing", x.serverTiming());
    send(x.resp(), reply);
  }

  /** {@code /api} and {@code /api/3} answer with the API's version, as CKAN's do. */
  private static Optional<ActionResponses.Reply> apiVersion(HttpServletRequest req) {
    String servletPath = req.getServletPath();
    if (servletPath.equals("/api") && req.getPathInfo() == null) {
      return Optional.of(new ActionResponses.Reply(200, Map.of("version", 1)));
    }
    if (servletPath.startsWith("/api/3") && !servletPath.startsWith("/api/3/action")) {
      return Optional.of(new ActionResponses.Reply(200, Map.of("version", 3)));
    }
    return Optional.empty();
  }

  /**
   * What is refused before the caller is known and the body read: an unknown action, a write by
   * GET, a body declared too large.
   */
  private Optional<ActionResponses.Reply> refusalBeforeBody(
      Exchange x, String name, ActionTable.Entry entry) {
    if (entry == null) {
      return Optional.of(ActionResponses.badRequest("Action name not known: " + name));
    }
    if (!x.post() && !entry.readOnly()) {
      return Optional.of(
          ActionResponses.badRequest(
              "JSON Error: Invalid request. Please use POST method for your request"));
    }
    if (x.bodyTooLarge()) {
      // Refused before the body is read: a client that declares 2 GB (and perhaps never sends
      // it) costs no disk and no wait. Closing the connection spares the container from reading
      // and discarding the rest of the body.
      x.resp().setHeader("Connection", "close");
      return Optional.of(
          ActionResponses.failure(
              help(name), name, InvalidInputException.of("upload", "File upload too large")));
    }
    return Optional.empty();
  }

  /** Authorises, reads the data dict and runs the action; every failure becomes CKAN's reply. */
  private ActionResponses.Reply run(Exchange x, String name, ActionTable.Entry entry)
      throws IOException {
    HttpServletRequest req = x.req();
    try {
      Actor actor = authenticator.fromHeaders(req::getHeader);
      if (!entry.readOnly() && !actor.authenticated()) {
        // Authorisation before validation, as CKAN: a stranger learns nothing from the body's
        // faults (not even which organisations exist), and the body is not even read.
        throw new AccessDeniedException("Action " + name + " requires an authenticated user");
      }
      Map<String, Object> params = new LinkedHashMap<>();
      Upload upload = x.post() ? readBody(req, params) : null;
      if (!x.post()) {
        params.putAll(parameters(req));
      }
      NulCharacters.fieldOf(params)
          .ifPresent(
              field -> {
                throw InvalidInputException.of(field, NulCharacters.MESSAGE);
              });
      Object result = entry.action().run(new ActionCall(actor, params, upload));
      return ActionResponses.success(help(name), result);
    } catch (RuntimeException e) {
      return ActionResponses.failure(help(name), name, e);
    } catch (ServletException e) {
      return ActionResponses.badRequest("Could not read the multipart body: " + e.getMessage());
    }
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    String name = actionName(x.req());
    send(
        x.resp(),
        ActionResponses.failure(help(name), name, InvalidInputException.of(field, message)));
  }

  private static String actionName(HttpServletRequest req) {
    String pathInfo = req.getPathInfo();
    return pathInfo == null ? "" : pathInfo.replaceFirst("^/", "").replaceFirst("/$", "");
  }

  private String help(String name) {
    return config.siteUrl() + "/api/3/action/help_show?name=" + name;
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
      params.putAll(parameters(req));
      return null;
    }
    String text = readText(req);
    if (!text.isEmpty()) {
      params.putAll(Json.parseObject(text));
    }
    return null;
  }

  /**
   * A JSON body as text, at most the upload limit long: a body sent without a declared length
   * cannot make the server hold more than that in memory.
   */
  private String readText(HttpServletRequest req) throws IOException {
    long limit = config.maxUploadBytes();
    try (InputStream in = req.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw InvalidInputException.of("upload", "File upload too large");
      }
      return new String(body, StandardCharsets.UTF_8).strip();
    }
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
