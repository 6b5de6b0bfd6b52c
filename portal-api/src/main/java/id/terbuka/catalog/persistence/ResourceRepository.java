package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Resources stored and found by id, and the formats in use; checks nothing about who asks. */
@ApplicationScoped
public class ResourceRepository {
  @PersistenceContext EntityManager em;

  public Optional<Resource> resource(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Resource.class, id));
  }

  public void add(Resource r) {
    em.persist(r);
  }

  public void remove(Resource r) {
    em.remove(r);
  }

  /** Formats of active resources containing the text (lower case), most used first. */
  public List<String> formatsContaining(String text, int limit) {
    String like = "%" + text.toLowerCase() + "%";
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select lower(format) f from resource where state = 'active' and format is not null"
                    + " and lower(format) like ?1 group by lower(format)"
                    + " order by count(*) desc, f limit ?2")
            .setParameter(1, like)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }
}
