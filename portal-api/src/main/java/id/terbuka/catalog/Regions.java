package id.terbuka.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kemendagri region codes (bundled reference data, table {@code wilayah}) that {@code
 * cakupan_wilayah} is validated against. Read once: the list changes only with a migration.
 */
@ApplicationScoped
public class Regions {
  @PersistenceContext EntityManager em;

  private volatile Map<String, String> names;

  public boolean exists(String code) {
    return all().containsKey(code);
  }

  public Optional<String> name(String code) {
    return Optional.ofNullable(all().get(code));
  }

  private Map<String, String> all() {
    Map<String, String> loaded = names;
    if (loaded == null) {
      loaded = new HashMap<>();
      @SuppressWarnings("unchecked")
      List<Object[]> rows = em.createNativeQuery("select kode, nama from wilayah").getResultList();
      for (Object[] row : rows) {
        loaded.put((String) row[0], (String) row[1]);
      }
      names = loaded;
    }
    return loaded;
  }
}
