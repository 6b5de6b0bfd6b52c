package id.terbuka.identity.persistence;

import id.terbuka.identity.domain.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** API token records in the database, found by jti, by owner or by the hash of the secret. */
@ApplicationScoped
public class TokenRepository {
  @PersistenceContext EntityManager em;

  public void add(ApiToken token) {
    em.persist(token);
  }

  public Optional<ApiToken> byId(String jti) {
    return Optional.ofNullable(em.find(ApiToken.class, jti));
  }

  /** The user's unrevoked tokens, oldest first. */
  public List<ApiToken> activeOf(String userId) {
    return em.createQuery(
            "select t from ApiToken t where t.userId = :u and t.revoked is null order by t.created",
            ApiToken.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /** The unrevoked token whose stored hash is {@code tokenHash}. */
  public Optional<ApiToken> activeByHash(String tokenHash) {
    return em
        .createQuery(
            "select t from ApiToken t where t.tokenHash = :h and t.revoked is null", ApiToken.class)
        .setParameter("h", tokenHash)
        .getResultList()
        .stream()
        .findFirst();
  }
}
