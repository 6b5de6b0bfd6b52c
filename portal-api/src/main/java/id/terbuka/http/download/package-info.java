/**
 * Serving stored files over HTTP: conditional requests (ETag, Last-Modified, 304), single byte
 * ranges (206, 416, If-Range) streamed with constant memory, and gzip for text types. Knows nothing
 * about datasets: callers decide what may be read and hand over a {@link
 * id.terbuka.http.download.DownloadableFile}.
 */
package id.terbuka.http.download;
