package id.terbuka.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Small persistent facts about the installation (for example, that the demo was loaded). */
@ApplicationScoped
public class Settings {
  @PersistenceContext EntityManager em;

  @Transactional
  public Optional<String> get(String key) {
    List<?> rows =
        em.createNativeQuery("select value from setting where key = ?1")
            .setParameter(1, key)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((String) rows.get(0));
  }

  @Transactional
  public void put(String key, String value) {
    em.createNativeQuery(
            "insert into setting (key, value) values (?1, ?2)"
                + " on conflict (key) do update set value = excluded.value")
        .setParameter(1, key)
        .setParameter(2, value)
        .executeUpdate();
  }
}
