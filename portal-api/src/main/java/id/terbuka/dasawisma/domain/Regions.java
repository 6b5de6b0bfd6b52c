package id.terbuka.dasawisma.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regency's regions, built by the caller from the {@code wilayah} table (pure code never reads
 * the database): one kabupaten, its kecamatan and their desa and kelurahan. Joined on codes, never
 * on names.
 */
public final class Regions {
  private final Region regency;
  private final Map<String, Region> byCode;

  private Regions(Region regency, Map<String, Region> byCode) {
    this.regency = regency;
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /**
   * The regions of the one kabupaten among {@code regions}: its kecamatan and the desa and
   * kelurahan of those. Regions outside it, and a desa hung directly under the kabupaten, are left
   * out.
   *
   * @throws IllegalArgumentException if there is not exactly one kabupaten
   */
  public static Regions of(Collection<Region> regions) {
    List<Region> regencies =
        regions.stream().filter(r -> r.level() == RegionLevel.KABUPATEN).toList();
    if (regencies.size() != 1) {
      throw new IllegalArgumentException(
          "Expected one kabupaten among the regions, found " + regencies.size());
    }
    Region regency = regencies.get(0);
    Map<String, Region> byCode = new LinkedHashMap<>();
    byCode.put(regency.code(), regency);
    for (Region r : regions) {
      if (r.level() == RegionLevel.KECAMATAN && r.parentCode().equals(regency.code())) {
        byCode.put(r.code(), r);
      }
    }
    for (Region r : regions) {
      Region parent = byCode.get(r.parentCode());
      if (r.level().isVillage() && parent != null && parent.level() == RegionLevel.KECAMATAN) {
        byCode.put(r.code(), r);
      }
    }
    return new Regions(regency, byCode);
  }

  /** The kabupaten. */
  public Region regency() {
    return regency;
  }

  /** The region with this code, if it is the regency or lies in it. */
  public Optional<Region> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Whether {@code code} is a desa or kelurahan of the regency. */
  public boolean isVillage(String code) {
    Region r = byCode.get(code);
    return r != null && r.level().isVillage();
  }

  /** The kecamatan a desa or kelurahan lies in. */
  public Optional<Region> kecamatanOf(String villageCode) {
    return find(villageCode)
        .filter(r -> r.level().isVillage())
        .map(r -> byCode.get(r.parentCode()));
  }

  /** The regions directly inside {@code code}, in the order they were given. */
  public List<Region> children(String code) {
    List<Region> children = new ArrayList<>();
    for (Region r : byCode.values()) {
      if (r.parentCode().equals(code) && r != regency) {
        children.add(r);
      }
    }
    return children;
  }
}
