package id.terbuka.catalog.domain;

import java.time.LocalDateTime;

/**
 * What an uploaded file does to its resource once stored: the resource points at it, and the fields
 * the uploader left empty are filled from the file (name, media type, format).
 */
public final class ResourceUploads {
  private static final String SHA256_PREFIX = "sha256:";

  private ResourceUploads() {}

  /**
   * Points {@code r} at a stored file. A media type is taken from the upload only when the resource
   * has none and the browser sent a real one ({@code application/octet-stream} says nothing);
   * parameters such as {@code charset} are dropped. A missing format is guessed as for a link.
   */
  public static void pointAt(
      Resource r,
      String filename,
      long size,
      String sha256,
      String contentType,
      LocalDateTime now) {
    r.urlType = "upload";
    r.url = filename;
    r.size = size;
    r.hash = SHA256_PREFIX + sha256;
    r.lastModified = now;
    if (r.name == null) {
      r.name = filename;
    }
    if (r.mimetype == null
        && contentType != null
        && !contentType.startsWith("application/octet-stream")) {
      r.mimetype = contentType.replaceAll(";.*$", "").trim();
    }
    if (r.format == null) {
      // Guessed from the file name as for a link; whatever the guess does, the URL stays the name.
      String saved = r.url;
      ResourceRules.normalise(r);
      r.url = saved;
    }
  }

  /** The SHA-256 of the stored file of an uploaded resource; null for a link. */
  public static String storedSha256(Resource r) {
    return r.hash != null && r.hash.startsWith(SHA256_PREFIX)
        ? r.hash.substring(SHA256_PREFIX.length())
        : null;
  }
}
