package id.terbuka.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.function.UnaryOperator;

/**
 * Resolves the caller from request headers as CKAN does: {@code Authorization: <token>} (a {@code
 * Bearer } prefix is accepted too) or the older {@code X-CKAN-API-Key}. An unknown or revoked token
 * makes the caller anonymous, never a 401: clients expect 403 where access is needed.
 */
@ApplicationScoped
public class Authenticator {
  /**
   * The session attribute holding the signed-in user's id (a String: sessions stay small and
   * serialisable). Set by the publisher login, read only by {@link #fromRequest}.
   */
  public static final String SESSION_USER = "terbuka.user";

  @Inject TokenService tokens;
  @Inject UserService users;

  /**
   * @param header looks a request header up by name (null when absent)
   */
  public Actor fromHeaders(UnaryOperator<String> header) {
    String token = header.apply("Authorization");
    if (token != null && token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7);
    }
    if (token == null || token.isBlank()) {
      token = header.apply("X-CKAN-API-Key");
    }
    if (token == null || token.isBlank()) {
      return Actor.anonymous();
    }
    return tokens.authenticate(token.trim()).map(users::actorFor).orElse(Actor.anonymous());
  }

  /**
   * The visitor of a web page or download: an API token in the headers wins (as for the API);
   * without one, the user signed in through the publisher pages' session. The Action API does not
   * use this: it accepts tokens only, so a session cookie can never authorise an API write (CSRF).
   */
  public Actor fromRequest(HttpServletRequest req) {
    Actor byToken = fromHeaders(req::getHeader);
    if (byToken.authenticated() || hasToken(req)) {
      return byToken;
    }
    HttpSession session = req.getSession(false);
    Object userId = session == null ? null : session.getAttribute(SESSION_USER);
    if (!(userId instanceof String id)) {
      return Actor.anonymous();
    }
    return users
        .find(id)
        .filter(u -> "active".equals(u.state()))
        .map(users::actorFor)
        .orElse(Actor.anonymous());
  }

  private static boolean hasToken(HttpServletRequest req) {
    String a = req.getHeader("Authorization");
    String k = req.getHeader("X-CKAN-API-Key");
    return (a != null && !a.isBlank()) || (k != null && !k.isBlank());
  }
}
