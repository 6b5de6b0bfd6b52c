package id.terbuka.identity.service;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.ApiToken;
import id.terbuka.identity.domain.Secrets;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.persistence.TokenRepository;
import id.terbuka.identity.persistence.UserRepository;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens. A token is {@code <jti>.<secret>}: the jti lets CKAN clients revoke by id, the secret
 * carries 256 bits of entropy; only the SHA-256 of the whole token is stored.
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
    FieldErrors errors = new FieldErrors();
    if (userIdOrName == null || userIdOrName.isBlank()) {
      errors.add("user", "Missing value");
    }
    if (name == null || name.isBlank()) {
      errors.add("name", "Missing value");
    }
    errors.throwIfAny();
    UserAccount user =
        users.find(userIdOrName).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    if (!actor.sysadmin() && !actor.is(user.id())) {
      throw new AccessDeniedException(
          "User not authorized to create API tokens for " + user.name());
    }
    return issue(user, name);
  }

  /** Issues a token without permission checks (the local command line, bootstrap). */
  public CreatedToken issue(UserAccount user, String name) {
    String jti = UUID.randomUUID().toString();
    String token = jti + "." + Secrets.random(32);
    ApiToken record =
        new ApiToken(jti, user.id(), name, Secrets.sha256Hex(token), Timestamps.now());
    tokens.add(record);
    return new CreatedToken(token, record);
  }

  public List<ApiToken> list(Actor actor, String userIdOrName) {
    UserAccount user =
        users.find(userIdOrName).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    if (!actor.sysadmin() && !actor.is(user.id())) {
      throw new AccessDeniedException("User not authorized to list API tokens of " + user.name());
    }
    return tokens.activeOf(user.id());
  }

  /** Revokes by the token itself or by its jti. */
  public void revoke(Actor actor, String token, String jti) {
    String id = jti;
    if ((id == null || id.isBlank()) && token != null && !token.isBlank()) {
      id = token.contains(".") ? token.substring(0, token.indexOf('.')) : token;
    }
    if (id == null || id.isBlank()) {
      throw InvalidInputException.of("token", "Missing value");
    }
    ApiToken record =
        tokens
            .byId(id)
            .filter(t -> !t.revoked())
            .orElseThrow(() -> new ObjectNotFoundException("API token not found"));
    if (!actor.sysadmin() && !actor.is(record.userId())) {
      throw new AccessDeniedException("User not authorized to revoke this API token");
    }
    record.revoke(Timestamps.now());
  }

  /** The active user owning a valid, unrevoked token. */
  public Optional<UserAccount> authenticate(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    Optional<ApiToken> found = tokens.activeByHash(Secrets.sha256Hex(token.trim()));
    found.ifPresent(t -> t.touched(Timestamps.now()));
    return found.flatMap(t -> accounts.byId(t.userId())).filter(u -> "active".equals(u.state()));
  }
}
