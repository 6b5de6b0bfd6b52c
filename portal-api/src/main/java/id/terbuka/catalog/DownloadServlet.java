package id.terbuka.catalog;

import id.terbuka.identity.Authenticator;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.storage.FileStore;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads of uploaded resource files at CKAN's URL {@code
 * /dataset/{id}/resource/{rid}/download/{filename}} (dataset name accepted for the id), streamed,
 * with the file hash as ETag. Visibility is the dataset's.
 */
@WebServlet(name = "resource-download", urlPatterns = "/dataset/*")
public class DownloadServlet extends HttpServlet {
  private static final Pattern PATH =
      Pattern.compile("^/([^/]+)/resource/([^/]+)/download(?:/([^/]*))?$");

  @Inject Authenticator authenticator;
  @Inject ResourceService resources;
  @Inject FileStore files;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      resp.sendError(404);
      return;
    }
    Resource r;
    try {
      r = resources.readable(authenticator.fromHeaders(req::getHeader), m.group(2));
    } catch (ObjectNotFoundException e) {
      resp.sendError(404, "Resource not found");
      return;
    } catch (AccessDeniedException e) {
      resp.sendError(403, "Access denied");
      return;
    }
    String dataset = m.group(1);
    if (!dataset.equals(r.dataset.id) && !dataset.equals(r.dataset.name)) {
      resp.sendError(404, "Resource not found");
      return;
    }
    String sha = ResourceService.storedSha256(r);
    if (!"upload".equals(r.urlType) || sha == null) {
      if (r.url != null && !r.url.isBlank()) {
        resp.sendRedirect(r.url);
      } else {
        resp.sendError(404, "No file");
      }
      return;
    }
    String etag = "\"" + sha + "\"";
    resp.setHeader("ETag", etag);
    // Shared caches may keep public files only: a private dataset's file is the reader's alone.
    resp.setHeader(
        "Cache-Control",
        (r.dataset.isPrivate() ? "private" : "public") + ", max-age=0, must-revalidate");
    if (etag.equals(req.getHeader("If-None-Match"))) {
      resp.setStatus(304);
      return;
    }
    Optional<InputStream> in = files.open(sha);
    if (in.isEmpty()) {
      resp.sendError(404, "File missing from storage");
      return;
    }
    String filename = r.url;
    resp.setContentType(r.mimetype == null ? "application/octet-stream" : r.mimetype);
    resp.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + filename.replace("\"", "")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    files.size(sha).ifPresent(resp::setContentLengthLong);
    try (InputStream stream = in.get()) {
      stream.transferTo(resp.getOutputStream());
    }
  }
}
