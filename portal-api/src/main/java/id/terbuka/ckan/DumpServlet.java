package id.terbuka.ckan;

import id.terbuka.datastore.service.DataStoreDump;
import id.terbuka.http.FrontController;
import id.terbuka.http.Visitors;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.usage.service.UsageCounter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /datastore/dump/{resource_id}}: CKAN's DataStore dump URL. Errors before the first
 * byte are JSON with a status (400 bad parameter or unknown column, 403 private dataset, 404 no
 * such resource or no active table, 503 too many dumps running); the file itself is streamed
 * without a {@code Content-Length}. A failure after the headers went out aborts the response, so a
 * client never mistakes a cut file for a whole one.
 */
@WebServlet(name = "datastore-dump", urlPatterns = "/datastore/dump/*")
public class DumpServlet extends FrontController {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DumpServlet.class.getName());

  @Inject transient Visitors visitors;
  @Inject transient DataStoreDump dumps;
  @Inject transient UsageCounter usage;

  @Override
  protected void handle(Exchange x) throws IOException {
    if (x.post()) {
      x.resp().setHeader("Allow", "GET, HEAD");
      error(x.resp(), 405, "Bad Request", Map.of("message", "Use GET for dumps"));
      return;
    }
    serve(x.req(), x.resp(), !x.head());
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    error(
        x.resp(),
        400,
        "Validation Error",
        Map.of("message", "Invalid parameters", field, List.of(message)));
  }

  private void serve(HttpServletRequest req, HttpServletResponse resp, boolean rows)
      throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    String resourceId = path.startsWith("/") ? path.substring(1) : path;
    if (resourceId.isEmpty() || resourceId.contains("/")) {
      error(resp, 404, "Not Found Error", Map.of("message", "Resource not found"));
      return;
    }
    Map<String, Object> params = parameters(req);
    // A token, or a signed-in publisher's session: a dump is a GET download, like the files.
    Actor actor = visitors.fromRequest(req);
    DataStoreDump.Target target = target(req, resp, rows);
    try {
      if (rows) {
        dumps.dump(actor, resourceId, params, target);
      } else {
        dumps.check(actor, resourceId, params, target);
      }
    } catch (InvalidInputException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", "Invalid parameters");
      body.putAll(e.errors());
      error(resp, 400, "Validation Error", body);
    } catch (ObjectNotFoundException e) {
      error(resp, 404, "Not Found Error", Map.of("message", e.getMessage()));
    } catch (AccessDeniedException e) {
      error(resp, 403, "Authorization Error", Map.of("message", "Access denied"));
    } catch (DataStoreDump.BusyException e) {
      resp.setHeader("Retry-After", "30");
      error(resp, 503, "Service Unavailable", Map.of("message", e.getMessage()));
    } catch (IOException | RuntimeException e) {
      if (resp.isCommitted()) {
        // Mid-stream (often the client went away): the connection is dropped, not completed.
        LOG.log(Level.WARNING, "DataStore dump of {0} aborted: {1}", new Object[] {resourceId, e});
        throw e instanceof IOException io ? io : new IOException("Dump aborted", e);
      }
      LOG.log(Level.SEVERE, "DataStore dump of " + resourceId + " failed", e);
      error(resp, 500, "Internal Server Error", Map.of("message", "Internal error"));
    }
  }

  /**
   * Where the dump is written: the response, its headers set when the service knows the format; a
   * dump of rows is committed and counted as a download then.
   */
  private DataStoreDump.Target target(
      HttpServletRequest req, HttpServletResponse resp, boolean rows) {
    return (format, id, privateData) -> {
      resp.setStatus(200);
      resp.setContentType(format.contentType());
      resp.setHeader(
          "Content-Disposition", "attachment; filename=\"" + id + "." + format.extension() + "\"");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Cache-Control", privateData ? "private, no-store" : "no-cache");
      if (rows) {
        // Committed now: streamed (chunked), never buffered whole to get a Content-Length.
        resp.flushBuffer();
        // A dump is a download of the resource (counted when it starts; HEAD is not).
        usage.downloadAnswered(req.getHeader("User-Agent"), req.getMethod(), 200, null, null, id);
      }
      return resp.getOutputStream();
    };
  }

  /** CKAN's error shape ({@code success: false}, {@code error} with {@code __type}). */
  private static void error(
      HttpServletResponse resp, int status, String type, Map<String, ?> details)
      throws IOException {
    if (resp.isCommitted()) {
      return;
    }
    resp.reset();
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("__type", type);
    error.putAll(details);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", false);
    body.put("error", error);
    resp.setStatus(status);
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    try (OutputStream out = resp.getOutputStream()) {
      Json.write(body, out);
    }
  }
}
