package id.terbuka.identity.service;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.ApiToken;
import id.terbuka.identity.domain.TokenRules;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.identity.persistence.TokenRepository;
import id.terbuka.identity.persistence.UserRepository;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens: issued, listed, revoked and checked; their form, fingerprint and who may do what are
 * {@link TokenRules}'.
 */
@ApplicationScoped
@Transactional
public class TokenService {
  @Inject TokenRepository tokens;
  @Inject UserRepository accounts;
  @Inject UserService users;

  /** A created token; {@code token} is shown once and never stored. */
  public record CreatedToken(String token, ApiToken record) {}

  public CreatedToken create(Actor actor, String userIdOrName, String name) {
    TokenRules.checkCreate(userIdOrName, name);
    UserAccount user =
        users.find(userIdOrName).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    TokenRules.requireMayCreate(actor, user);
    return issue(user, name);
  }

  /** Issues a token without permission checks (the local command line, bootstrap). */
  public CreatedToken issue(UserAccount user, String name) {
    String jti = UUID.randomUUID().toString();
    String token = TokenRules.newToken(jti);
    ApiToken record =
        new ApiToken(jti, user.id(), name, TokenRules.fingerprint(token), Timestamps.now());
    tokens.add(record);
    return new CreatedToken(token, record);
  }

  public List<ApiToken> list(Actor actor, String userIdOrName) {
    UserAccount user =
        users.find(userIdOrName).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    TokenRules.requireMayList(actor, user);
    return tokens.activeOf(user.id());
  }

  /** Revokes by the token itself or by its jti. */
  public void revoke(Actor actor, String token, String jti) {
    String id = TokenRules.revokedJti(token, jti);
    ApiToken record =
        tokens
            .byId(id)
            .filter(t -> !t.revoked())
            .orElseThrow(() -> new ObjectNotFoundException("API token not found"));
    TokenRules.requireMayRevoke(actor, record.userId());
    record.revoke(Timestamps.now());
  }

  /** The active user owning a valid, unrevoked token. */
  public Optional<UserAccount> authenticate(String token) {
    Optional<ApiToken> found = TokenRules.presentedFingerprint(token).flatMap(tokens::activeByHash);
    found.ifPresent(t -> t.touched(Timestamps.now()));
    return found
        .flatMap(t -> accounts.byId(t.userId()))
        .filter(u -> UserRules.maySignIn(u.state()));
  }
}
