package id.terbuka.web;

import id.terbuka.catalog.ResourceDownloads;
import java.util.regex.Pattern;

/**
 * Maps a path (servlet path plus path info, decoded, relative to the context root) to a {@link
 * Route}. Pure, so that the URL scheme is unit-tested: CKAN's download URLs under {@code /dataset}
 * must keep reaching the downloads while {@code /dataset} and {@code /dataset/{name}} are pages.
 */
public final class Router {
  /** CKAN's dataset names: lowercase letters, digits, - and _; ids are UUIDs, which fit too. */
  private static final Pattern DATASET = Pattern.compile("^/dataset/([a-zA-Z0-9_-]{1,100})/?$");

  /** {@code /dataset/{name or id}/resource/{id}}: a resource's page (CKAN's URL for it too). */
  private static final Pattern RESOURCE =
      Pattern.compile("^/dataset/([a-zA-Z0-9_-]{1,100})/resource/([a-zA-Z0-9_-]{1,100})/?$");

  private Router() {}

  public static Route route(String servletPath, String pathInfo) {
    String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    if (path.isEmpty() || path.equals("/")) {
      return Route.of(Route.Page.HOME);
    }
    if (path.equals("/dataset") || path.equals("/dataset/")) {
      return Route.of(Route.Page.SEARCH);
    }
    if ("/dataset".equals(servletPath) && ResourceDownloads.isDownload(pathInfo)) {
      return Route.of(Route.Page.DOWNLOAD);
    }
    var resource = RESOURCE.matcher(path);
    if (resource.matches()) {
      return new Route(Route.Page.RESOURCE, resource.group(1), resource.group(2));
    }
    var m = DATASET.matcher(path);
    if (m.matches()) {
      return new Route(Route.Page.DATASET, m.group(1));
    }
    return Route.of(Route.Page.NOT_FOUND);
  }
}
