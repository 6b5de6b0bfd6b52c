package id.terbuka.catalog.service;

import id.terbuka.catalog.persistence.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kemendagri region codes that {@code cakupan_wilayah} is validated against, and their names
 * for the pages. Read once: the list changes only with a migration.
 */
@ApplicationScoped
public class Regions {
  @Inject RegionRepository repo;

  private volatile Map<String, String> names;

  /** One row of the reference list. */
  public record Row(String code, String name, String level, String parentCode) {}

  /** Every region of the reference list, in code order (read on each call: callers keep it). */
  public List<Row> rows() {
    return repo.rows().stream().map(r -> new Row(r[0], r[1], r[2], r[3])).toList();
  }

  public boolean exists(String code) {
    return all().containsKey(code);
  }

  public Optional<String> name(String code) {
    return Optional.ofNullable(all().get(code));
  }

  private Map<String, String> all() {
    Map<String, String> loaded = names;
    if (loaded == null) {
      loaded = repo.namesByCode();
      names = loaded;
    }
    return loaded;
  }
}
