package id.terbuka.identity.persistence;

import id.terbuka.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** User accounts in the database: stored, listed, found by id or by login name. */
@ApplicationScoped
public class UserRepository {
  @PersistenceContext EntityManager em;

  public void add(UserAccount user) {
    em.persist(user);
  }

  public Optional<UserAccount> byId(String id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public Optional<UserAccount> byName(String name) {
    return em
        .createQuery("select u from UserAccount u where u.name = :n", UserAccount.class)
        .setParameter("n", name)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Every account, by login name. */
  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.name", UserAccount.class)
        .getResultList();
  }

  /** The sysadmin created first (the one the launcher bootstraps), for work no user starts. */
  public Optional<UserAccount> firstSysadmin() {
    return em.createQuery(
            "select u from UserAccount u where u.sysadmin = true order by u.created, u.id",
            UserAccount.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
