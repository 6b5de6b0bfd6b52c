package id.terbuka.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tag_list}: tags of active public datasets, optionally those containing a text. */
@ApplicationScoped
@Transactional
public class TagQueries {
  @PersistenceContext EntityManager em;

  public List<Object> list(String query, boolean allFields) {
    String like =
        query == null
            ? "%"
            : "%" + query.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct t.id, t.name from tag t join dataset_tag dt on dt.tag_id = t.id"
                    + " join dataset d on d.id = dt.dataset_id where d.state = 'active'"
                    + " and not d.private and lower(t.name) like ?1 order by t.name")
            .setParameter(1, like)
            .getResultList();
    List<Object> out = new ArrayList<>();
    for (Object[] row : rows) {
      if (allFields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row[0]);
        m.put("name", row[1]);
        m.put("display_name", row[1]);
        m.put("vocabulary_id", null);
        out.add(m);
      } else {
        out.add(row[1]);
      }
    }
    return out;
  }
}
