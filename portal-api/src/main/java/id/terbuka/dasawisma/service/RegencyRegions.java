package id.terbuka.dasawisma.service;

import id.terbuka.catalog.service.Regions;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The regency's regions for Dasa Wisma, from the bundled Kemendagri list (table {@code wilayah}),
 * read once: the list changes only with a migration.
 */
@ApplicationScoped
public class RegencyRegions {
  @Inject Regions reference;

  private volatile id.terbuka.dasawisma.domain.Regions regions;

  public id.terbuka.dasawisma.domain.Regions regions() {
    id.terbuka.dasawisma.domain.Regions loaded = regions;
    if (loaded == null) {
      List<Region> rows = new ArrayList<>();
      for (Regions.Row row : reference.rows()) {
        Optional<RegionLevel> level = RegionLevel.of(row.level());
        level.ifPresent(l -> rows.add(new Region(row.code(), row.name(), l, row.parentCode())));
      }
      loaded = id.terbuka.dasawisma.domain.Regions.of(rows);
      regions = loaded;
    }
    return loaded;
  }
}
