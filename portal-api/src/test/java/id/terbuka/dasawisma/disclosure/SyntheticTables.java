package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random Dasa Wisma tables for the property test and the benchmark: a kabupaten with kecamatan and
 * desa, households drawn one by one with realistic proportions (so rare attributes give small
 * counts), the indicators of issue 12 with their additive relations.
 */
final class SyntheticTables {

  static final List<Relation> RELATIONS =
      List.of(
          Relation.of("anggota", "anggota_l", "anggota_p"),
          Relation.of("balita", "balita_l", "balita_p"),
          Relation.of("buta_huruf", "buta_huruf_l", "buta_huruf_p"),
          Relation.of("households", "rumah_sehat", "rumah_kurang_sehat"),
          Relation.of("households", "air_pdam", "air_sumur", "air_sungai", "air_lainnya"),
          Relation.of("households", "beras", "non_beras"));

  /** Per indicator, the chance that one household adds one (0 = computed from a relation). */
  private static final Map<String, Double> CHANCES = new LinkedHashMap<>();

  static {
    CHANCES.put("households", 0.0);
    CHANCES.put("jumlah_kk", 1.1);
    CHANCES.put("anggota", 0.0);
    CHANCES.put("anggota_l", 1.7);
    CHANCES.put("anggota_p", 1.8);
    CHANCES.put("balita", 0.0);
    CHANCES.put("balita_l", 0.15);
    CHANCES.put("balita_p", 0.14);
    CHANCES.put("pus", 0.6);
    CHANCES.put("wus", 0.9);
    CHANCES.put("ibu_hamil", 0.03);
    CHANCES.put("ibu_menyusui", 0.05);
    CHANCES.put("lansia", 0.25);
    CHANCES.put("buta_huruf", 0.0);
    CHANCES.put("buta_huruf_l", 0.02);
    CHANCES.put("buta_huruf_p", 0.03);
    CHANCES.put("berkebutuhan_khusus", 0.01);
    CHANCES.put("tempat_sampah", 0.6);
    CHANCES.put("spal", 0.5);
    CHANCES.put("jamban", 0.85);
    CHANCES.put("stiker_p4k", 0.3);
    CHANCES.put("up2k", 0.1);
    CHANCES.put("pemanfaatan_pekarangan", 0.4);
    CHANCES.put("industri_rumah_tangga", 0.03);
    CHANCES.put("kesehatan_lingkungan", 0.5);
  }

  private static final List<String> SENSITIVE =
      List.of(
          "balita",
          "balita_l",
          "balita_p",
          "ibu_hamil",
          "ibu_menyusui",
          "buta_huruf",
          "buta_huruf_l",
          "buta_huruf_p",
          "berkebutuhan_khusus");

  private static final String[][] CATEGORIES = {
    {"rumah_sehat", "rumah_kurang_sehat"},
    {"air_pdam", "air_sumur", "air_sungai", "air_lainnya"},
    {"beras", "non_beras"}
  };

  /** The shares of each category but the last, which takes the rest. */
  private static final double[][] CATEGORY_SHARES = {{0.7}, {0.2, 0.65, 0.05}, {0.95}};

  private SyntheticTables() {}

  /** The indicators; households are always public when {@code householdsPublic}. */
  static List<Indicator> indicators(boolean householdsPublic) {
    List<Indicator> indicators = new ArrayList<>();
    for (String code : CHANCES.keySet()) {
      indicators.add(new Indicator(code, sensitivity(code, householdsPublic)));
    }
    for (String[] categories : CATEGORIES) {
      for (String code : categories) {
        indicators.add(new Indicator(code, Sensitivity.GENERAL));
      }
    }
    return indicators;
  }

  private static Sensitivity sensitivity(String code, boolean householdsPublic) {
    if (code.equals("households") && householdsPublic) {
      return Sensitivity.ALWAYS_PUBLIC;
    }
    return SENSITIVE.contains(code) ? Sensitivity.SENSITIVE : Sensitivity.GENERAL;
  }

  /** A kabupaten "35.22" with {@code desaPerKecamatan[k]} desa in kecamatan k. */
  static Regions regions(int[] desaPerKecamatan) {
    List<Region> regions = new ArrayList<>();
    regions.add(new Region("35.22", null, Level.KABUPATEN));
    for (int k = 0; k < desaPerKecamatan.length; k++) {
      String kecamatan = String.format("35.22.%02d", k + 1);
      regions.add(new Region(kecamatan, "35.22", Level.KECAMATAN));
      for (int d = 0; d < desaPerKecamatan[k]; d++) {
        regions.add(
            new Region(String.format("%s.%04d", kecamatan, 2001 + d), kecamatan, Level.DESA));
      }
    }
    return Regions.of(regions);
  }

  /** A table whose desa have the given household numbers, households drawn one by one. */
  static SuppressionTable table(
      Random random, Regions regions, Map<String, Integer> households, boolean householdsPublic) {
    SuppressionTable.Builder builder =
        SuppressionTable.builder(regions, indicators(householdsPublic), RELATIONS);
    households.forEach(
        (desa, count) -> {
          builder.households(desa, count);
          desaCounts(random, count)
              .forEach((indicator, value) -> builder.count(desa, indicator, value));
        });
    return builder.build();
  }

  /** The counts of one desa: the sum over its households. */
  static Map<String, Long> desaCounts(Random random, int households) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int h = 0; h < households; h++) {
      addHousehold(random, counts);
    }
    for (Relation relation : RELATIONS.subList(0, 3)) {
      long sum = 0;
      for (String part : relation.parts()) {
        sum += counts.getOrDefault(part, 0L);
      }
      counts.put(relation.total(), sum);
    }
    counts.put("households", (long) households);
    return counts;
  }

  private static void addHousehold(Random random, Map<String, Long> counts) {
    CHANCES.forEach(
        (code, chance) -> {
          if (chance > 0) {
            long n = (long) Math.floor(chance) + (random.nextDouble() < chance % 1 ? 1 : 0);
            counts.merge(code, n, Long::sum);
          }
        });
    for (int g = 0; g < CATEGORIES.length; g++) {
      counts.merge(CATEGORIES[g][category(random, CATEGORY_SHARES[g])], 1L, Long::sum);
    }
  }

  private static int category(Random random, double[] shares) {
    double draw = random.nextDouble();
    for (int c = 0; c < shares.length; c++) {
      draw -= shares[c];
      if (draw < 0) {
        return c;
      }
    }
    return shares.length;
  }
}
