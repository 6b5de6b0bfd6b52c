package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Tags found or created by name, and the tags in public use. */
@ApplicationScoped
public class TagRepository {
  @PersistenceContext EntityManager em;

  /** The tag of this name, created when no dataset used it before. */
  public Tag tag(String name) {
    List<Tag> found =
        em.createQuery("select t from Tag t where t.name = :n", Tag.class)
            .setParameter("n", name)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Tag tag = new Tag(UUID.randomUUID().toString(), name);
    em.persist(tag);
    return tag;
  }

  /**
   * Tags of active public datasets, by name, those containing the text (case-insensitive) when it
   * is given. Detached copies: what a list shows, not for attaching to datasets.
   */
  public List<Tag> publicTags(String containing) {
    String like =
        containing == null
            ? "%"
            : "%" + containing.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct t.id, t.name from tag t join dataset_tag dt on dt.tag_id = t.id"
                    + " join dataset d on d.id = dt.dataset_id where d.state = 'active'"
                    + " and not d.private and lower(t.name) like ?1 order by t.name")
            .setParameter(1, like)
            .getResultList();
    return rows.stream().map(r -> new Tag((String) r[0], (String) r[1])).toList();
  }
}
