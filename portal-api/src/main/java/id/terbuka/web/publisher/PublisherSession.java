package id.terbuka.web.publisher;

import id.terbuka.http.Visitors;
import id.terbuka.identity.domain.Secrets;
import id.terbuka.shared.Timestamps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the publisher pages keep in the HTTP session: the signed-in user's id, when they signed in,
 * and a CSRF token, three short strings, so that sessions stay small and serialisable when several
 * nodes share them. Who the visitor is, is decided by {@link Visitors#fromRequest} alone.
 */
final class PublisherSession {
  /** The session attribute with the form token. */
  static final String CSRF = "terbuka.csrf";

  private PublisherSession() {}

  /** The session's form token, creating the session (and the token) when there is none. */
  static String csrfToken(HttpServletRequest req) {
    HttpSession session = req.getSession(true);
    Object token = session.getAttribute(CSRF);
    if (token instanceof String t) {
      return t;
    }
    String fresh = Secrets.random(32);
    session.setAttribute(CSRF, fresh);
    return fresh;
  }

  /** The session's token without creating anything; null when there is none. */
  static String existingCsrfToken(HttpServletRequest req) {
    HttpSession session = req.getSession(false);
    Object token = session == null ? null : session.getAttribute(CSRF);
    return token instanceof String t ? t : null;
  }

  /**
   * Signs the user in on a new session: the one before the login (which an attacker may have
   * planted, session fixation) is thrown away with its id, and the form token is new too.
   */
  static void signIn(HttpServletRequest req, String userId) {
    HttpSession old = req.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = req.getSession(true);
    session.setAttribute(Visitors.SESSION_USER, userId);
    session.setAttribute(Visitors.SESSION_SINCE, Timestamps.now().toString());
    session.setAttribute(CSRF, Secrets.random(32));
  }

  static void signOut(HttpServletRequest req) {
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
