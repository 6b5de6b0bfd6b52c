package id.terbuka.http.download;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/** RFC 9110's preconditions that a download honours: If-None-Match, If-Modified-Since, If-Range. */
final class Conditions {
  private Conditions() {}

  /**
   * Whether the client's copy is current. If-None-Match wins when present (weak comparison, either
   * representation's tag); If-Modified-Since is consulted only without it.
   */
  static boolean notModified(HttpServletRequest req, Instant modified, String... etags) {
    String inm = req.getHeader("If-None-Match");
    if (inm != null) {
      return matchesAny(inm, etags);
    }
    Instant since = HttpDates.parse(req.getHeader("If-Modified-Since"));
    return since != null && !modified.isAfter(since);
  }

  /**
   * Whether a Range header may be honoured: always without If-Range; with it only when the tag
   * matches strongly or the date equals Last-Modified exactly. Otherwise the whole file is sent.
   */
  static boolean rangeApplies(String ifRange, Instant modified, String etag) {
    if (ifRange == null) {
      return true;
    }
    String v = ifRange.trim();
    if (v.startsWith("\"") || v.startsWith("W/")) {
      return v.equals(etag);
    }
    Instant date = HttpDates.parse(v);
    return date != null && date.equals(modified);
  }

  static boolean matchesAny(String header, String... etags) {
    for (String item : header.split(",")) {
      String tag = item.trim();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      for (String etag : etags) {
        if (tag.equals(etag)) {
          return true;
        }
      }
    }
    return false;
  }
}
