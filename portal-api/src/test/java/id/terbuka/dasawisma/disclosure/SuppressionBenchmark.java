package id.terbuka.dasawisma.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Issue 12 item 11: how long suppression takes for the whole regency (target: the full recompute
 * under 30 s). Not a test; run by hand:
 *
 * <pre>
 * ./mvnw -o -q -pl portal-api -am test-compile
 * ./mvnw -o -q -pl portal-api dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp portal-api/target/classes:portal-api/target/test-classes:$(cat /tmp/cp.txt) \
 *     id.terbuka.dasawisma.disclosure.SuppressionBenchmark [households] [small desa] [seed]
 * </pre>
 *
 * <p>28 kecamatan with 430 desa (15 or 16 each), 400,000 households by default drawn one by one and
 * added up per desa (standing in for the aggregation from stored rows), 30 indicators with six
 * additive relations, and 20 desa with fewer than 10 households. Times each step on its own; the
 * independent check with {@link Disclosure#determinedCells} is timed too but is not part of a
 * recompute.
 */
public final class SuppressionBenchmark {

  private SuppressionBenchmark() {}

  public static void main(String[] args) {
    int totalHouseholds = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
    int smallDesa = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
    int[] desaPerKecamatan = new int[28];
    for (int k = 0; k < desaPerKecamatan.length; k++) {
      desaPerKecamatan[k] = k < 10 ? 16 : 15;
    }
    Regions regions = SyntheticTables.regions(desaPerKecamatan);
    Random random = new Random(seed);
    Map<String, Integer> households = households(regions, random, totalHouseholds, smallDesa);

    long start = System.nanoTime();
    SuppressionTable table = SyntheticTables.table(random, regions, households, false);
    long built = System.nanoTime();
    Suppressed result = Suppressor.suppress(table);
    long suppressed = System.nanoTime();
    int determined = Disclosure.determinedCells(table, result.publishedCells()).size();
    long checked = System.nanoTime();

    System.out.printf(
        "| households | desa | cells | draw and add up | suppress | check (not in recompute) |%n");
    System.out.printf("|---|---|---|---|---|---|%n");
    System.out.printf(
        "| %,d | %d | %,d | %.2f s | %.2f s | %.2f s |%n",
        totalHouseholds,
        households.size(),
        table.cells().size(),
        seconds(start, built),
        seconds(built, suppressed),
        seconds(suppressed, checked));
    System.out.printf(
        "%nwithheld: primary %d, level %d, small_unit %d, secondary %d; determined after: %d%n",
        result.count(Reason.PRIMARY),
        result.count(Reason.LEVEL),
        result.count(Reason.SMALL_UNIT),
        result.count(Reason.SECONDARY),
        determined);
  }

  /** Household numbers per desa: {@code small} desa of 1-9, the rest shares of the total. */
  private static Map<String, Integer> households(
      Regions regions, Random random, int total, int small) {
    Map<String, Integer> households = new LinkedHashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    double weightSum = 0;
    int index = 0;
    for (Region region : regions.all()) {
      if (region.level() == Level.DESA) {
        if (index++ % (430 / Math.max(small, 1)) == 0 && households.size() < small) {
          households.put(region.code(), 1 + random.nextInt(9));
        } else {
          double weight = 0.3 + random.nextDouble() * 1.7;
          weights.put(region.code(), weight);
          weightSum += weight;
        }
      }
    }
    double perWeight = total / weightSum;
    weights.forEach((desa, weight) -> households.put(desa, (int) Math.round(weight * perWeight)));
    return households;
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }
}
