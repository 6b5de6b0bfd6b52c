package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.disclosure.Indicator;
import id.terbuka.dasawisma.disclosure.Level;
import id.terbuka.dasawisma.disclosure.Region;
import id.terbuka.dasawisma.disclosure.Regions;
import id.terbuka.dasawisma.disclosure.Relation;
import id.terbuka.dasawisma.disclosure.Sensitivity;
import id.terbuka.dasawisma.domain.AdditiveRelation;
import id.terbuka.dasawisma.domain.Indicators;
import java.util.ArrayList;
import java.util.List;

/**
 * The one translation from the household domain's types to disclosure control's: the regency's
 * regions as a checked hierarchy (desa and kelurahan both at {@link Level#DESA}), the indicators
 * with how each is protected, and the additive relations between them.
 */
public final class DisclosureMapping {

  private DisclosureMapping() {}

  /**
   * The kabupaten, its kecamatan and their desa and kelurahan, in the order the domain's regions
   * hold them.
   */
  public static Regions regions(id.terbuka.dasawisma.domain.Regions regions) {
    List<Region> mapped = new ArrayList<>();
    String regency = regions.regency().code();
    mapped.add(new Region(regency, null, Level.KABUPATEN));
    for (var kecamatan : regions.children(regency)) {
      mapped.add(new Region(kecamatan.code(), regency, Level.KECAMATAN));
      for (var village : regions.children(kecamatan.code())) {
        mapped.add(new Region(village.code(), kecamatan.code(), Level.DESA));
      }
    }
    return Regions.of(mapped);
  }

  /**
   * Every indicator of {@link Indicators#ALL}, in its order. {@code rumah_tangga} is {@link
   * Sensitivity#ALWAYS_PUBLIC}: the coverage figures publish the number of households of every
   * desa, small ones included (issue 12, item 6), so disclosure control must take those cells as
   * known to everyone rather than protect them.
   */
  public static List<Indicator> indicators() {
    return Indicators.ALL.stream().map(i -> new Indicator(i.code(), sensitivity(i))).toList();
  }

  /** {@link Indicators#RELATIONS}: totals that are the sum of their parts in every region. */
  public static List<Relation> relations() {
    List<Relation> relations = new ArrayList<>();
    for (AdditiveRelation r : Indicators.RELATIONS) {
      relations.add(new Relation(r.total(), r.parts()));
    }
    return relations;
  }

  private static Sensitivity sensitivity(id.terbuka.dasawisma.domain.Indicator indicator) {
    if (indicator.code().equals(Indicators.RUMAH_TANGGA)) {
      return Sensitivity.ALWAYS_PUBLIC;
    }
    return switch (indicator.sensitivity()) {
      case GENERAL -> Sensitivity.GENERAL;
      case SENSITIVE -> Sensitivity.SENSITIVE;
    };
  }
}
