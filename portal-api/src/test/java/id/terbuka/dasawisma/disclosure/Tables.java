package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made tables: one kabupaten "K", kecamatan "K.1", "K.2", desa "K.1.a", .... */
final class Tables {

  private Tables() {}

  /** Kecamatan k+1 gets the desa named by {@code desaNames[k]}. */
  static Regions regions(String... desaNames) {
    List<Region> regions = new ArrayList<>();
    regions.add(new Region("K", null, Level.KABUPATEN));
    for (int k = 0; k < desaNames.length; k++) {
      String kecamatan = "K." + (k + 1);
      regions.add(new Region(kecamatan, "K", Level.KECAMATAN));
      for (char desa : desaNames[k].toCharArray()) {
        regions.add(new Region(kecamatan + "." + desa, kecamatan, Level.DESA));
      }
    }
    return Regions.of(regions);
  }

  /**
   * A table from rows "desa" -> counts in the indicators' order; each desa has {@code households}
   * households.
   */
  static SuppressionTable table(
      Regions regions,
      List<Indicator> indicators,
      List<Relation> relations,
      Map<String, Integer> households,
      Map<String, long[]> rows) {
    SuppressionTable.Builder builder = SuppressionTable.builder(regions, indicators, relations);
    households.forEach(builder::households);
    rows.forEach(
        (desa, counts) -> {
          for (int i = 0; i < counts.length; i++) {
            builder.count(desa, indicators.get(i).code(), counts[i]);
          }
        });
    return builder.build();
  }

  static Indicator general(String code) {
    return new Indicator(code, Sensitivity.GENERAL);
  }

  static Indicator sensitive(String code) {
    return new Indicator(code, Sensitivity.SENSITIVE);
  }

  static Cell cell(String region, String indicator) {
    return new Cell(region, indicator);
  }
}
