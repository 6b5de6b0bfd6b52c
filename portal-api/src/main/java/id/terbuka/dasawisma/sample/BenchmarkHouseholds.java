package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.Regions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The households of the import benchmark (issue 12, item 11): a given total, about 400,000 for the
 * regency's order of magnitude, over every desa and kelurahan, deterministic for a seed. Desa sizes
 * vary from about 0.4 to 1.6 times the average and a kelurahan is 1.5 to 3 times a desa's average
 * (towns are denser), as Bojonegoro's desa range from a few hundred to a few thousand households.
 *
 * <p>The households come as a lazy stream, desa after desa: only one desa's households (at most a
 * few thousand) are in memory at a time, so {@code HouseholdCsv.write(generate(...), writer)}
 * writes 400,000 lines in constant memory.
 */
public final class BenchmarkHouseholds {
  private BenchmarkHouseholds() {}

  /**
   * How many households each desa and kelurahan gets, in the regions' order, summing to exactly
   * {@code total} (largest remainders).
   */
  public static Map<String, Integer> sizes(Regions regions, int total, long seed) {
    if (total < 0) {
      throw new IllegalArgumentException("Negative total: " + total);
    }
    List<Region> villages = Villages.of(regions);
    Random random = new Random(seed);
    double[] weights = new double[villages.size()];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      boolean town = villages.get(i).level() == RegionLevel.KELURAHAN;
      weights[i] = town ? 1.5 + random.nextDouble() * 1.5 : 0.4 + random.nextDouble() * 1.2;
      sum += weights[i];
    }
    int[] sizes = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      sizes[i] = (int) exact;
      remainders[i] = exact - sizes[i];
      given += sizes[i];
    }
    for (; given < total; given++) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        largest = remainders[i] > remainders[largest] ? i : largest;
      }
      sizes[largest]++;
      remainders[largest] = -1;
    }
    Map<String, Integer> byCode = new LinkedHashMap<>();
    for (int i = 0; i < sizes.length; i++) {
      byCode.put(villages.get(i).code(), sizes[i]);
    }
    return byCode;
  }

  /** {@code total} households of {@code tahun} over the regency, desa after desa, lazily. */
  public static Stream<Household> generate(Regions regions, int tahun, int total, long seed) {
    Map<String, Integer> sizes = sizes(regions, total, seed);
    return Villages.of(regions).stream()
        .filter(village -> sizes.get(village.code()) > 0)
        .flatMap(
            village -> {
              int size = sizes.get(village.code());
              return SampleHouseholds.of(village, tahun, size, seed).first(size).stream();
            });
  }
}
