package id.terbuka.catalog;

import id.terbuka.download.DownloadableFile;
import id.terbuka.download.FileResponder;
import id.terbuka.http.Visitors;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads of uploaded resource files at CKAN's URL {@code
 * /dataset/{id}/resource/{rid}/download/{filename}} (dataset name accepted for the id), and of
 * earlier files at {@code /dataset/{id}/resource/{rid}/version/{n}/download/{filename}}. Visibility
 * is the dataset's; the HTTP side (304, ranges, gzip) is {@link FileResponder}'s.
 *
 * <p>Not a servlet of its own: {@code /dataset/*} is shared with the dataset pages, and the pages'
 * front controller hands the paths for which {@link #isDownload} holds to {@link #serve}.
 */
@ApplicationScoped
public class ResourceDownloads {
  private static final Pattern PATH =
      Pattern.compile("^/([^/]+)/resource/([^/]+)(?:/version/(\\d{1,9}))?/download(?:/([^/]*))?$");

  @Inject Visitors visitors;
  @Inject ResourceService resources;
  @Inject FileStore files;

  /**
   * Whether a path below {@code /dataset} (the servlet's path info, e.g. {@code
   * /x/resource/y/download/f.csv}) is a download URL.
   */
  public static boolean isDownload(String pathInfo) {
    return pathInfo != null && PATH.matcher(pathInfo).matches();
  }

  /** The resource id in a download URL's path info, or null when it is not one (usage counting). */
  public static String resourceId(String pathInfo) {
    Matcher m = PATH.matcher(pathInfo == null ? "" : pathInfo);
    return m.matches() ? m.group(2) : null;
  }

  /** Answers a GET or HEAD ({@code head}) of a download URL below {@code /dataset}. */
  public void serve(HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      resp.sendError(404);
      return;
    }
    Resource r;
    try {
      r = resources.readable(visitors.fromRequest(req), m.group(2));
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
    Optional<DownloadableFile> file =
        m.group(3) == null ? current(r) : version(r, Integer.parseInt(m.group(3)));
    if (file.isPresent()) {
      new FileResponder(files).send(req, resp, file.get(), head);
    } else if (m.group(3) == null && r.url != null && !r.url.isBlank()) {
      // A link resource: CKAN redirects its download URL to the link.
      resp.sendRedirect(r.url);
    } else {
      resp.sendError(404, "No file");
    }
  }

  private static Optional<DownloadableFile> current(Resource r) {
    String sha = ResourceService.storedSha256(r);
    if (!"upload".equals(r.urlType) || sha == null) {
      return Optional.empty();
    }
    LocalDateTime modified = r.lastModified != null ? r.lastModified : r.metadataModified;
    return Optional.of(
        new DownloadableFile(
            sha, r.url, r.mimetype, Timestamps.instant(modified), r.dataset.isPrivate()));
  }

  private Optional<DownloadableFile> version(Resource r, int n) {
    return resources
        .version(r, n)
        .map(
            v ->
                new DownloadableFile(
                    v.sha256(),
                    v.filename(),
                    v.mimetype(),
                    Timestamps.instant(v.created()),
                    r.dataset.isPrivate()));
  }
}
