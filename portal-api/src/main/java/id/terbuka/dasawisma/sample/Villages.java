package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.Regions;
import java.util.ArrayList;
import java.util.List;

/** The desa and kelurahan of a regency or of one kecamatan, in the regions' order. */
final class Villages {
  private Villages() {}

  static List<Region> of(Regions regions) {
    List<Region> villages = new ArrayList<>();
    for (Region kecamatan : regions.children(regions.regency().code())) {
      villages.addAll(in(regions, kecamatan.code()));
    }
    return villages;
  }

  static List<Region> in(Regions regions, String kecamatan) {
    return regions.children(kecamatan).stream().filter(r -> r.level().isVillage()).toList();
  }
}
