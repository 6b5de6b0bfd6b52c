package id.terbuka.web.publisher;

import id.terbuka.web.SameOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The check of every state-changing form: the {@code _csrf} field must equal the session's token
 * (synchroniser token), and the page the form was sent from must not be another site's ({@link
 * SameOrigin}: an {@code Origin}, or else a {@code Referer}, that is not this portal is refused; a
 * browser that sends neither is trusted on the token alone). The session cookie's {@code
 * SameSite=Lax} is a second line, not the defence.
 */
final class Csrf {
  /** The form field carrying the token. */
  static final String FIELD = "_csrf";

  private Csrf() {}

  /**
   * @param sessionToken the session's token (null when there is no session)
   * @param sentToken the form's {@code _csrf} value
   * @param origin what the request declares about the page it came from
   */
  static boolean valid(String sessionToken, String sentToken, SameOrigin.Verdict origin) {
    if (sessionToken == null || sentToken == null) {
      return false;
    }
    return MessageDigest.isEqual(
            sessionToken.getBytes(StandardCharsets.UTF_8),
            sentToken.getBytes(StandardCharsets.UTF_8))
        && origin != SameOrigin.Verdict.OTHER;
  }

  /** Checks a POST of the publisher pages. */
  static boolean valid(HttpServletRequest req, String siteUrl) {
    return valid(
        PublisherSession.existingCsrfToken(req),
        req.getParameter(FIELD),
        SameOrigin.of(req, siteUrl));
  }
}
