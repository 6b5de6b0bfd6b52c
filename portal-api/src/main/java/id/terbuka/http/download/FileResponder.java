package id.terbuka.http.download;

import id.terbuka.storage.FileStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Answers a GET or HEAD for one stored file: validators, 304, one byte range, gzip. Memory use does
 * not depend on the file size: ranges skip to their start (a seek on a file) and copy through a
 * fixed buffer.
 */
public final class FileResponder {
  private static final int BUFFER = 64 * 1024;

  private final FileStore files;

  public FileResponder(FileStore files) {
    this.files = files;
  }

  /** Sends {@code file}; with {@code head} the headers only. */
  public void send(
      HttpServletRequest req, HttpServletResponse resp, DownloadableFile file, boolean head)
      throws IOException {
    Optional<Long> stored = files.size(file.sha256());
    if (stored.isEmpty()) {
      resp.sendError(404, "File missing from storage");
      return;
    }
    long size = stored.get();
    String etag = "\"" + file.sha256() + "\"";
    // A gzipped body is another representation, so it has its own (strong) tag, as Apache does.
    String gzipEtag = "\"" + file.sha256() + "-gzip\"";
    Instant modified = file.lastModified().truncatedTo(ChronoUnit.SECONDS);
    String type = file.contentType() == null ? "application/octet-stream" : file.contentType();
    boolean compressible = Compression.compressible(type);
    boolean gzip = compressible && Compression.acceptsGzip(req.getHeader("Accept-Encoding"));

    setValidators(resp, file, gzip ? gzipEtag : etag, modified, compressible);
    if (Conditions.notModified(req, modified, etag, gzipEtag)) {
      resp.setStatus(304);
      return;
    }

    ByteRange range =
        Conditions.rangeApplies(req.getHeader("If-Range"), modified, etag)
            ? ByteRange.parse(req.getHeader("Range"), size)
            : ByteRange.parse(null, size);
    if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
      resp.setHeader("ETag", etag);
      resp.setStatus(416);
      resp.setHeader("Content-Range", range.contentRange(size));
      resp.setContentLength(0);
      return;
    }
    resp.setContentType(type);
    resp.setHeader("Content-Disposition", disposition(file.filename()));
    if (range.kind() == ByteRange.Kind.PARTIAL) {
      sendRange(resp, file, range, size, etag, head);
    } else if (gzip) {
      sendGzipped(resp, file, size, head);
    } else {
      resp.setContentLengthLong(size);
      if (!head) {
        copy(file.sha256(), 0, size, resp.getOutputStream());
      }
    }
  }

  /** The headers every answer but a 404 carries: validators, ranges accepted, caching. */
  private static void setValidators(
      HttpServletResponse resp,
      DownloadableFile file,
      String etag,
      Instant modified,
      boolean compressible) {
    resp.setHeader("ETag", etag);
    resp.setHeader("Last-Modified", HttpDates.format(modified));
    resp.setHeader("Accept-Ranges", "bytes");
    // Shared caches may keep public files only: a private dataset's file is the reader's alone.
    resp.setHeader(
        "Cache-Control",
        (file.privateFile() ? "private" : "public") + ", max-age=0, must-revalidate");
    if (compressible) {
      resp.setHeader("Vary", "Accept-Encoding");
    }
  }

  private void sendRange(
      HttpServletResponse resp,
      DownloadableFile file,
      ByteRange range,
      long size,
      String etag,
      boolean head)
      throws IOException {
    // Never gzip a range: its offsets are of the stored bytes.
    resp.setHeader("ETag", etag);
    resp.setStatus(206);
    resp.setHeader("Content-Range", range.contentRange(size));
    resp.setContentLengthLong(range.length());
    if (!head) {
      copy(file.sha256(), range.first(), range.length(), resp.getOutputStream());
    }
  }

  private void sendGzipped(HttpServletResponse resp, DownloadableFile file, long size, boolean head)
      throws IOException {
    resp.setHeader("Content-Encoding", "gzip");
    if (!head) {
      GZIPOutputStream out = new GZIPOutputStream(resp.getOutputStream(), BUFFER);
      copy(file.sha256(), 0, size, out);
      out.finish();
    }
  }

  private void copy(String sha256, long offset, long length, OutputStream out) throws IOException {
    Optional<InputStream> opened = files.open(sha256);
    if (opened.isEmpty()) {
      throw new IOException("stored file vanished while serving: " + sha256);
    }
    try (InputStream in = opened.get()) {
      in.skipNBytes(offset);
      byte[] buffer = new byte[BUFFER];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("stored file shorter than recorded: " + sha256);
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  private static String disposition(String filename) {
    return "attachment; filename=\""
        + filename.replace("\"", "").replace("\\", "")
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
