package id.terbuka.web;

import id.terbuka.catalog.domain.ResourceDownload;
import id.terbuka.catalog.domain.ResourceFile;
import id.terbuka.catalog.service.ResourceFiles;
import id.terbuka.http.Visitors;
import id.terbuka.http.download.DownloadableFile;
import id.terbuka.http.download.FileResponder;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads of uploaded resource files at CKAN's URL {@code
 * /dataset/{id}/resource/{rid}/download/{filename}} (dataset name accepted for the id), and of
 * earlier files at {@code /dataset/{id}/resource/{rid}/version/{n}/download/{filename}}. Which file
 * (and whether the visitor may have it) is {@link ResourceFiles}'s answer; the HTTP side (304,
 * ranges, gzip) is {@link FileResponder}'s.
 *
 * <p>Not a servlet of its own: {@code /dataset/*} is shared with the dataset pages, and the pages'
 * front controller hands the paths for which {@link #isDownload} holds to {@link #serve}.
 */
@ApplicationScoped
public class ResourceDownloads {
  private static final Pattern PATH =
      Pattern.compile("^/([^/]+)/resource/([^/]+)(?:/version/(\\d{1,9}))?/download(?:/([^/]*))?$");

  @Inject Visitors visitors;
  @Inject ResourceFiles resourceFiles;
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
    ResourceDownload download;
    try {
      download =
          resourceFiles.resolve(
              visitors.fromRequest(req),
              m.group(1),
              m.group(2),
              m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    } catch (ObjectNotFoundException e) {
      resp.sendError(404, "Resource not found");
      return;
    } catch (AccessDeniedException e) {
      resp.sendError(403, "Access denied");
      return;
    }
    if (download.file() != null) {
      new FileResponder(files).send(req, resp, servable(download.file()), head);
    } else if (download.link() != null) {
      // A link resource: CKAN redirects its download URL to the link.
      resp.sendRedirect(download.link());
    } else {
      resp.sendError(404, "No file");
    }
  }

  private static DownloadableFile servable(ResourceFile f) {
    return new DownloadableFile(
        f.sha256(), f.filename(), f.mimetype(), f.modified(), f.ofPrivateDataset());
  }
}
