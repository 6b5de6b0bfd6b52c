package id.terbuka.http;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The visitor of a web page, a download or a dump (ADR 0010): an API token in the headers wins, as
 * for the API; without one, the user signed in through the publisher pages' session. The Action API
 * does not use this: it accepts tokens only, so a session cookie can never authorise an API write
 * (CSRF).
 */
@ApplicationScoped
public class Visitors {
  /**
   * The session attribute holding the signed-in user's id (a String: sessions stay small and
   * serialisable). Set by the publisher login, read only by {@link #fromRequest}.
   */
  public static final String SESSION_USER = "terbuka.user";

  /**
   * The session attribute holding when the user signed in (UTC, ISO text), so that a session begun
   * before the account was disabled or its password reset stands no more.
   */
  public static final String SESSION_SINCE = "terbuka.since";

  @Inject Authenticator authenticator;

  public Actor fromRequest(HttpServletRequest req) {
    if (Authenticator.presentsToken(req::getHeader)) {
      return authenticator.fromHeaders(req::getHeader);
    }
    HttpSession session = req.getSession(false);
    Object userId = session == null ? null : session.getAttribute(SESSION_USER);
    if (!(userId instanceof String id)) {
      return Actor.anonymous();
    }
    return authenticator.signedIn(id, since(session.getAttribute(SESSION_SINCE)));
  }

  /** The sign-in time a session holds; null when it holds none (or, impossibly, garbage). */
  private static LocalDateTime since(Object value) {
    if (value instanceof String text) {
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
