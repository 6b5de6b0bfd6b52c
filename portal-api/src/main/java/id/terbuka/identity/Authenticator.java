package id.terbuka.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;

/**
 * Resolves the caller from request headers as CKAN does: {@code Authorization: <token>} (a {@code
 * Bearer } prefix is accepted too) or the older {@code X-CKAN-API-Key}. An unknown or revoked token
 * makes the caller anonymous, never a 401: clients expect 403 where access is needed.
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
}
