package id.terbuka.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * The one same-origin rule of the pages' forms: whether a POST comes from a page of this portal.
 * Browsers send {@code Origin} with every POST, and no page script can forge it; a browser that
 * sends none may still send {@code Referer}, whose origin then stands in. The claimed origin is
 * compared with the configured site URL's and with the origin the request itself was addressed to
 * (the same portal reached by another name, e.g. a test or an intranet address).
 *
 * <p>Origins are compared as browsers define them: scheme, host and port, where scheme and host
 * ignore case, a default port ({@code :80} for http, {@code :443} for https) equals no port, and
 * userinfo or path are not part of the origin. {@code Origin: null} (a sandboxed frame, a redirect
 * across sites) is a declared origin that is never ours, so it does not fall back to {@code
 * Referer}. An unreadable header is never ours either.
 *
 * <p>The rule says what the request declares; each form decides what an undeclared origin means:
 * the anonymous satisfaction form refuses it (it has nothing else), the publisher forms accept it
 * because their session's token already proves the page was ours ({@code Csrf}).
 */
public final class SameOrigin {
  private SameOrigin() {}

  /** What a request declares about the page it was sent from. */
  public enum Verdict {
    /** {@code Origin} (or, without it, {@code Referer}) is this portal. */
    SAME,
    /** It names another origin, {@code null}, or something unreadable. */
    OTHER,
    /** Neither header was sent (or both were blank). */
    UNDECLARED
  }

  /** The verdict for a servlet request; {@code siteUrl} is the configured public URL. */
  public static Verdict of(HttpServletRequest req, String siteUrl) {
    return of(req.getHeader("Origin"), req.getHeader("Referer"), requestOrigin(req), siteUrl);
  }

  /**
   * @param origin the {@code Origin} header, null when absent
   * @param referer the {@code Referer} header, null when absent
   * @param requestOrigin the origin the request was addressed to (see {@link #requestOrigin})
   * @param siteUrl the configured public URL of the portal
   */
  public static Verdict of(String origin, String referer, String requestOrigin, String siteUrl) {
    String claimed = present(origin) ? origin : present(referer) ? referer : null;
    if (claimed == null) {
      return Verdict.UNDECLARED;
    }
    String from = originOf(claimed);
    if (from == null) {
      return Verdict.OTHER;
    }
    return from.equals(originOf(siteUrl)) || from.equals(originOf(requestOrigin))
        ? Verdict.SAME
        : Verdict.OTHER;
  }

  /**
   * The origin a request was addressed to: its scheme and its {@code Host} header; null without a
   * {@code Host} (then only the site URL can match).
   */
  static String requestOrigin(HttpServletRequest req) {
    String host = req.getHeader("Host");
    return present(host) ? req.getScheme() + "://" + host.strip() : null;
  }

  /**
   * A URL's origin, {@code scheme://host[:port]}: lower case, default port left out, userinfo,
   * path, query and fragment dropped; IPv6 hosts keep their brackets. Null for anything that is not
   * an http or https URL with a host, and for {@code "null"}.
   */
  static String originOf(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    int start = u.indexOf("://");
    if (start < 0) {
      return null;
    }
    // Only scheme and authority are read, so an oddly written path cannot make a Referer
    // unreadable.
    int end = start + 3;
    while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
      end++;
    }
    try {
      URI uri = new URI(u.substring(0, end));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      int defaultPort = scheme.equals("http") ? 80 : scheme.equals("https") ? 443 : -1;
      if (defaultPort < 0 || uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort();
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (port < 0 || port == defaultPort ? "" : ":" + port);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static boolean present(String header) {
    return header != null && !header.isBlank();
  }
}
