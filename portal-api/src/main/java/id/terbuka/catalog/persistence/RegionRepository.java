package id.terbuka.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Kemendagri region codes (bundled reference data, table {@code wilayah}). */
@ApplicationScoped
public class RegionRepository {
  @PersistenceContext EntityManager em;

  /** Every region's name by its code. */
  public Map<String, String> namesByCode() {
    Map<String, String> names = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select kode, nama from wilayah").getResultList();
    for (Object[] row : rows) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }

  /** Every region as {@code [kode, nama, level, kode_induk]}, in code order. */
  public List<String[]> rows() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select kode, nama, level, kode_induk from wilayah order by kode")
            .getResultList();
    return rows.stream()
        .map(r -> new String[] {(String) r[0], (String) r[1], (String) r[2], (String) r[3]})
        .toList();
  }
}
