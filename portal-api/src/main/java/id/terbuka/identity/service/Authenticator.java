package id.terbuka.identity.service;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;

/**
 * Resolves the caller from request headers as CKAN does: {@code Authorization: <token>} (a {@code
 * Bearer } prefix is accepted too) or the older {@code X-CKAN-API-Key}. An unknown or revoked token
 * makes the caller anonymous, never a 401: clients expect 403 where access is needed. Headers are
 * passed as a look-up function, so this class knows no HTTP types; the visitor of a page (token or
 * session) is resolved by the adapters' {@code http.Visitors}.
 */
@ApplicationScoped
public class Authenticator {
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
   * Whether the headers present a token at all, valid or not. A request that presents one is judged
   * by it alone: a wrong token must not fall back to a signed-in session.
   */
  public static boolean presentsToken(UnaryOperator<String> header) {
    String a = header.apply("Authorization");
    String k = header.apply("X-CKAN-API-Key");
    return (a != null && !a.isBlank()) || (k != null && !k.isBlank());
  }

  /**
   * The actor for the user id a sign-in session holds: anonymous unless that user still exists, is
   * active, and has not had their sessions ended since {@code signedInAt} (an account disabled or
   * reset since the sign-in loses its session's rights at once, and for good).
   *
   * @param signedInAt when the session signed in, or null when it does not say
   */
  public Actor signedIn(String userId, LocalDateTime signedInAt) {
    return users
        .find(userId)
        .filter(u -> UserRules.maySignIn(u.state()))
        .filter(u -> UserRules.sessionStands(u, signedInAt))
        .map(users::actorFor)
        .orElse(Actor.anonymous());
  }
}
