package id.terbuka.catalog.domain;

import java.io.InputStream;

/**
 * A file sent with a resource (CKAN's multipart field {@code upload}).
 *
 * @param filename the client's file name (only its last path segment is used)
 * @param contentType the declared media type, may be null
 * @param content the bytes, read once
 */
public record Upload(String filename, String contentType, InputStream content) {

  /** The file name without any directory part and with unsafe characters replaced. */
  public String safeFilename() {
    String name = filename == null ? "" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._\\-]", "_");
    return name.isBlank() || name.equals(".") || name.equals("..") ? "data" : name;
  }
}
