package id.terbuka.web.publisher;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The check of every state-changing form: the {@code _csrf} field must equal the session's token
 * (synchroniser token), and an {@code Origin} header, when the browser sends one, must be this
 * site's. The session cookie's {@code SameSite=Lax} is a second line, not the defence.
 */
final class Csrf {
  /** The form field carrying the token. */
  static final String FIELD = "_csrf";

  private Csrf() {}

  /**
   * @param sessionToken the session's token (null when there is no session)
   * @param sentToken the form's {@code _csrf} value
   * @param origin the {@code Origin} header, or null
   * @param siteUrl the configured public URL ({@code TERBUKA_SITE_URL})
   * @param requestOrigin scheme, host and port the request itself was addressed to
   */
  static boolean valid(
      String sessionToken, String sentToken, String origin, String siteUrl, String requestOrigin) {
    if (sessionToken == null || sentToken == null) {
      return false;
    }
    if (!MessageDigest.isEqual(
        sessionToken.getBytes(StandardCharsets.UTF_8),
        sentToken.getBytes(StandardCharsets.UTF_8))) {
      return false;
    }
    if (origin == null || origin.isBlank()) {
      return true;
    }
    String o = normalise(origin);
    return o != null && (o.equals(normalise(siteUrl)) || o.equals(normalise(requestOrigin)));
  }

  /** Checks a POST of the publisher pages. */
  static boolean valid(HttpServletRequest req, String siteUrl) {
    return valid(
        PublisherSession.existingCsrfToken(req),
        req.getParameter(FIELD),
        req.getHeader("Origin"),
        siteUrl,
        req.getScheme() + "://" + req.getHeader("Host"));
  }

  /** {@code scheme://host[:port]} in lower case with default ports dropped; null if unreadable. */
  static String normalise(String url) {
    if (url == null || url.isBlank() || url.equals("null")) {
      return null;
    }
    try {
      URI u = URI.create(url.trim());
      if (u.getScheme() == null || u.getHost() == null) {
        return null;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      boolean defaultPort =
          port == -1
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
