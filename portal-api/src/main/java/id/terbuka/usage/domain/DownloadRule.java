package id.terbuka.usage.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which answers of a download URL count as one download. A GET that sends the file (200), the first
 * part of a ranged download (206 from byte 0: download managers and resumable clients start there)
 * or the redirect of a link resource (3xx) counts. HEAD, 304 Not Modified (the client already has
 * the file), continuation ranges (206 from a later byte: the same download resumed or split into
 * parts) and errors do not.
 */
public final class DownloadRule {
  private static final Pattern FIRST_BYTE = Pattern.compile("^\\s*bytes\\s*=\\s*(\\d*)\\s*-");

  private DownloadRule() {}

  /**
   * @param method the request method
   * @param status the response status after the download was answered
   * @param range the request's {@code Range} header, null when absent
   */
  public static boolean counts(String method, int status, String range) {
    if (!"GET".equalsIgnoreCase(method)) {
      return false;
    }
    return switch (status) {
      case 200, 301, 302, 303, 307, 308 -> true;
      case 206 -> startsAtZero(range);
      default -> false;
    };
  }

  /** "bytes=0-..." (a suffix range such as "bytes=-500" is the end of a file: not a start). */
  static boolean startsAtZero(String range) {
    if (range == null) {
      return false;
    }
    Matcher m = FIRST_BYTE.matcher(range);
    return m.find() && !m.group(1).isEmpty() && Long.parseLong(m.group(1)) == 0;
  }
}
