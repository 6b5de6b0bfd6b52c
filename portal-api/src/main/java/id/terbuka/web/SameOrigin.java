package id.terbuka.web;

import java.net.URI;
import java.util.Locale;

/**
 * The cross-site check of the pages' anonymous forms (the satisfaction question). Browsers send
 * {@code Origin} with every POST; a form posted from another site carries that site's origin, which
 * no page script can forge. The request is accepted when its origin (or, from a browser that sends
 * none, its {@code Referer}'s) is the configured site URL's or the host the request was sent to
 * (the same portal reached by another name, e.g. a test or an intranet address). Neither header:
 * refused. No token is needed, so the form also works from a cached page.
 */
public final class SameOrigin {
  private SameOrigin() {}

  /**
   * @param origin the {@code Origin} header, null when absent
   * @param referer the {@code Referer} header, null when absent
   * @param host the {@code Host} header the request was sent with
   * @param siteUrl the configured public URL of the portal
   */
  public static boolean allowed(String origin, String referer, String host, String siteUrl) {
    String claimed = origin != null && !origin.isBlank() ? origin : referer;
    if (claimed == null || claimed.isBlank() || claimed.strip().equals("null")) {
      return false;
    }
    String from = originOf(claimed);
    if (from == null) {
      return false;
    }
    String site = originOf(siteUrl);
    if (from.equals(site)) {
      return true;
    }
    String authority = from.substring(from.indexOf("://") + 3);
    return host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT));
  }

  /** {@code scheme://host[:port]}, lower case, default ports left out; null when unreadable. */
  static String originOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI u = URI.create(url.strip());
      if (u.getScheme() == null || u.getHost() == null) {
        return null;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      boolean defaultPort =
          port < 0
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      return scheme
          + "://"
          + u.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
