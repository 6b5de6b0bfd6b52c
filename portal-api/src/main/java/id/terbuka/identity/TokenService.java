package id.terbuka.identity;

import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  @PersistenceContext EntityManager em;
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
    em.persist(record);
    return new CreatedToken(token, record);
  }

  public List<ApiToken> list(Actor actor, String userIdOrName) {
    UserAccount user =
        users.find(userIdOrName).orElseThrow(() -> new ObjectNotFoundException("User not found"));
    if (!actor.sysadmin() && !actor.is(user.id())) {
      throw new AccessDeniedException("User not authorized to list API tokens of " + user.name());
    }
    return em.createQuery(
            "select t from ApiToken t where t.userId = :u and t.revoked is null order by t.created",
            ApiToken.class)
        .setParameter("u", user.id())
        .getResultList();
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
    ApiToken record = em.find(ApiToken.class, id);
    if (record == null || record.revoked()) {
      throw new ObjectNotFoundException("API token not found");
    }
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
    List<ApiToken> found =
        em.createQuery(
                "select t from ApiToken t where t.tokenHash = :h and t.revoked is null",
                ApiToken.class)
            .setParameter("h", Secrets.sha256Hex(token.trim()))
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiToken record = found.get(0);
    record.touched(Timestamps.now());
    UserAccount user = em.find(UserAccount.class, record.userId());
    return Optional.ofNullable(user).filter(u -> "active".equals(u.state()));
  }
}
