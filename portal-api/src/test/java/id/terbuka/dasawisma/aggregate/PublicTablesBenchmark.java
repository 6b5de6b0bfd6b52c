package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.disclosure.Reason;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.KriteriaRumah;
import id.terbuka.dasawisma.domain.Living;
import id.terbuka.dasawisma.domain.MakananPokok;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.SumberAir;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Issue 12 item 11: how long the public tables of one snapshot take for the whole regency. Not a
 * test (no timing belongs in the build); run by hand:
 *
 * <pre>
 * ./mvnw -o -q -pl portal-api -am test-compile
 * ./mvnw -o -q -pl portal-api dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp portal-api/target/classes:portal-api/target/test-classes:$(cat /tmp/cp.txt) \
 *     id.terbuka.dasawisma.aggregate.PublicTablesBenchmark [households] [small desa] [seed]
 * </pre>
 *
 * <p>All 430 desa and kelurahan of Bojonegoro from the bundled region list, 400,000 households by
 * default with realistic proportions (rare attributes give small counts), {@code small} desa (20)
 * with 1 to 9 households and a few with none. Times {@link PublicTables#compute} (counting,
 * building the table, suppression, rows) three times in one JVM, and the RT recap once.
 */
public final class PublicTablesBenchmark {

  private PublicTablesBenchmark() {}

  public static void main(String[] args) {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
    int small = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
    List<Household> households = households(new Random(seed), total, small);
    System.out.printf(
        "%,d households in %d desa%n", households.size(), Bojonegoro.villages().size());
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      PublicTables tables = PublicTables.compute(Bojonegoro.REGIONS, households);
      long end = System.nanoTime();
      DisclosureSummary summary = tables.summary();
      System.out.printf(
          "run %d: PublicTables.compute %.2f s; desa rows %d, small desa %d, primary %d,"
              + " secondary %d%n",
          run,
          (end - start) / 1e9,
          tables.rows(PublicLevel.DESA).size(),
          summary.smallDesa(),
          summary.withheld(Reason.PRIMARY),
          summary.withheld(Reason.SECONDARY));
    }
    long start = System.nanoTime();
    int rows = Recaps.of(Bojonegoro.REGIONS, households, RecapLevel.RT).size();
    System.out.printf("RT recap: %d rows in %.2f s%n", rows, (System.nanoTime() - start) / 1e9);
  }

  /** Households spread over the desa with uneven weights; the first {@code small} get 1-9. */
  private static List<Household> households(Random random, int total, int small) {
    List<String> villages = Bojonegoro.villages();
    double[] weights = new double[villages.size()];
    double sum = 0;
    for (int v = 0; v < weights.length; v++) {
      weights[v] = v % 97 == 5 ? 0 : 0.3 + random.nextDouble() * 1.7;
      sum += weights[v];
    }
    List<Household> households = new ArrayList<>(total);
    int stride = villages.size() / Math.max(small, 1);
    for (int s = 0; s < small; s++) {
      int n = 1 + random.nextInt(9);
      for (int h = 0; h < n; h++) {
        households.add(household(random, villages.get(s * stride + 1), households.size()));
      }
      sum -= weights[s * stride + 1];
      weights[s * stride + 1] = 0;
    }
    int rest = total - households.size();
    for (int v = 0; v < weights.length; v++) {
      long n = Math.round(weights[v] / sum * rest);
      for (long h = 0; h < n && households.size() < total; h++) {
        households.add(household(random, villages.get(v), households.size()));
      }
    }
    for (int v = 0; households.size() < total; v = (v + 1) % weights.length) {
      if (weights[v] > 0) {
        households.add(household(random, villages.get(v), households.size()));
      }
    }
    return households;
  }

  private static Household household(Random random, String desa, int number) {
    int men = random.nextInt(4);
    int women = 1 + random.nextInt(4);
    Members members =
        new Members(
            1 + (random.nextInt(10) == 0 ? 1 : 0),
            men,
            women,
            random.nextInt(7) == 0 ? Math.min(1, men) : 0,
            random.nextInt(7) == 0 ? 1 : 0,
            random.nextInt(2),
            random.nextInt(2),
            random.nextInt(33) == 0 ? 1 : 0,
            random.nextInt(20) == 0 ? 1 : 0,
            random.nextInt(4) == 0 ? 1 : 0,
            random.nextInt(50) == 0 ? Math.min(1, men) : 0,
            random.nextInt(33) == 0 ? 1 : 0,
            random.nextInt(100) == 0 ? 1 : 0);
    double water = random.nextDouble();
    Living living =
        new Living(
            random.nextInt(10) < 7 ? KriteriaRumah.SEHAT : KriteriaRumah.KURANG_SEHAT,
            random.nextInt(10) < 6,
            random.nextBoolean(),
            random.nextInt(10) < 8 ? 1 : 0,
            water < 0.2
                ? SumberAir.PDAM
                : water < 0.85
                    ? SumberAir.SUMUR
                    : water < 0.9 ? SumberAir.SUNGAI : SumberAir.LAINNYA,
            random.nextInt(10) < 3,
            random.nextInt(20) == 0 ? MakananPokok.NON_BERAS : MakananPokok.BERAS,
            random.nextInt(10) == 0,
            random.nextInt(10) < 4,
            random.nextInt(33) == 0,
            random.nextBoolean());
    HouseholdKey key =
        new HouseholdKey(2026, desa, "Dasa Wisma " + (number % 15 + 1), String.valueOf(number));
    return new Household(
        key, "Dusun " + (number % 4 + 1), number % 5 + 1, number % 3 + 1, members, living);
  }
}
