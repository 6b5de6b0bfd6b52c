package id.terbuka.identity.persistence;

import id.terbuka.identity.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Memberships in the database, by user or by organisation/group. */
@ApplicationScoped
public class MembershipRepository {
  @PersistenceContext EntityManager em;

  public Optional<Membership> find(String groupId, String userId) {
    return Optional.ofNullable(em.find(Membership.class, new Membership.Key(groupId, userId)));
  }

  public void add(Membership membership) {
    em.persist(membership);
  }

  public void remove(Membership membership) {
    em.remove(membership);
  }

  public List<Membership> ofUser(String userId) {
    return em.createQuery("select m from Membership m where m.userId = :u", Membership.class)
        .setParameter("u", userId)
        .getResultList();
  }

  public List<Membership> ofGroup(String groupId) {
    return em.createQuery("select m from Membership m where m.groupId = :g", Membership.class)
        .setParameter("g", groupId)
        .getResultList();
  }
}
