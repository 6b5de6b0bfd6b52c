package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked region hierarchy: codes unique, every parent present and exactly one level up. Regions
 * keep the order they were given in, parents before children being no requirement.
 */
public final class Regions {

  private final Map<String, Region> byCode = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new LinkedHashMap<>();

  private Regions(List<Region> regions) {
    for (Region region : regions) {
      if (byCode.putIfAbsent(region.code(), region) != null) {
        throw new IllegalArgumentException("region " + region.code() + " is listed twice");
      }
      children.put(region.code(), new ArrayList<>());
    }
    for (Region region : regions) {
      if (region.parentCode() != null) {
        children.get(checkedParent(region).code()).add(region.code());
      }
    }
  }

  public static Regions of(List<Region> regions) {
    return new Regions(List.copyOf(regions));
  }

  private Region checkedParent(Region region) {
    Region parent = byCode.get(region.parentCode());
    if (parent == null) {
      throw new IllegalArgumentException(
          "region " + region.code() + ": parent " + region.parentCode() + " is not listed");
    }
    if (parent.level() == Level.DESA || parent.level().below() != region.level()) {
      throw new IllegalArgumentException(
          "region "
              + region.code()
              + " ("
              + region.level()
              + ") cannot lie in "
              + parent.code()
              + " ("
              + parent.level()
              + ")");
    }
    return parent;
  }

  /** Every region, in the order given. */
  public List<Region> all() {
    return List.copyOf(byCode.values());
  }

  public Region get(String code) {
    Region region = byCode.get(code);
    if (region == null) {
      throw new IllegalArgumentException("unknown region " + code);
    }
    return region;
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The codes of the regions directly below {@code code}. */
  public List<String> children(String code) {
    get(code);
    return Collections.unmodifiableList(children.get(code));
  }
}
