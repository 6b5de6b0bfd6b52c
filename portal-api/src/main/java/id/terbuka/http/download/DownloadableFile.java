package id.terbuka.http.download;

import java.time.Instant;

/**
 * A stored file as it is to be served.
 *
 * @param sha256 the address in the file store (hex), also the entity tag
 * @param filename the name offered to the client
 * @param contentType the media type, null when unknown
 * @param lastModified when the content last changed
 * @param privateFile true when shared caches must not keep it
 */
public record DownloadableFile(
    String sha256,
    String filename,
    String contentType,
    Instant lastModified,
    boolean privateFile) {}
