package id.terbuka.catalog.domain;

/**
 * What a resource's download URL leads to: one of its stored files, the link a link resource points
 * at (CKAN redirects there), or nothing (a resource with neither, or an unknown version).
 *
 * @param file the file to serve, or null
 * @param link the URL to redirect to, or null
 */
public record ResourceDownload(ResourceFile file, String link) {
  public static ResourceDownload of(ResourceFile file) {
    return new ResourceDownload(file, null);
  }

  public static ResourceDownload redirect(String link) {
    return new ResourceDownload(null, link);
  }

  public static ResourceDownload nothing() {
    return new ResourceDownload(null, null);
  }
}
