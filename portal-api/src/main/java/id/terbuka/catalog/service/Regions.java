package id.terbuka.catalog.service;

import id.terbuka.catalog.persistence.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
