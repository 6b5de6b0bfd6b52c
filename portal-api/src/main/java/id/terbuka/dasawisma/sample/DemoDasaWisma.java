package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.Regions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The demo's Dasa Wisma data (issue 12, item 9): five kecamatan, a target number of households per
 * desa and the households entered over the twelve months before the demo starts, the same on every
 * start for the same year and month.
 *
 * <p>The kecamatan: Bojonegoro (35.22.15, the town: 11 kelurahan entering online from the first
 * month, 7 desa), Ngambon (35.22.03), Kasiman (35.22.20) and Kedewan (35.22.25), rural desa that
 * entered by importing workbooks once that became possible, and Bubulan (35.22.05), the late one,
 * whose desa started in the last two months with a few dozen households each. Targets are 400 to
 * 800 households per kelurahan and 300 to 500 per desa (fewer than the real ones, so that the demo
 * starts fast): about 19,000 in all, of which {@value #COVERAGE_PERCENT} % are entered by the last
 * month, about 13,000 households.
 *
 * <p>What the demo shows: three desa with no household at all (coverage 0 %), three with 3 to 9
 * (coverage published, but no desa row: fewer than 10 households), four with 15 to 50 (small counts
 * of river water, non-rice staples or a missing toilet, withheld with their complements; Bubulan's
 * sensitive counts are small even at kecamatan level), and coverage over time: about a fifth of the
 * target after five months of online entry alone, two fifths two months after the Excel import
 * arrived, {@value #COVERAGE_PERCENT} % at the end ({@link EntryChannel}). The kelurahan enter 82
 * to 95 % of their target, the other regular desa what the total needs (69 to 97 %, 82 % together).
 */
public final class DemoDasaWisma {
  public static final long SEED = 12;
  public static final int COVERAGE_PERCENT = 68;

  /** Bojonegoro, Ngambon, Bubulan, Kasiman, Kedewan. */
  public static final List<String> KECAMATAN =
      List.of("35.22.15", "35.22.03", "35.22.05", "35.22.20", "35.22.25");

  private static final String BOJONEGORO = "35.22.15";
  private static final String NGAMBON = "35.22.03";
  private static final String BUBULAN = "35.22.05";
  private static final String KASIMAN = "35.22.20";

  /** What part a desa plays in the demo. */
  enum Role {
    REGULAR,
    ZERO,
    SMALL,
    MID
  }

  /**
   * The demo's data.
   *
   * @param households every household entered, with its month, in order of entry (month, then desa
   *     and entry order within the desa)
   * @param targets the target number of households of each desa and kelurahan of the demo's
   *     kecamatan, in the regions' order
   */
  public record Plan(List<SampleHousehold> households, Map<String, Integer> targets) {

    /** Households entered per desa (0 included), in the targets' order. */
    public Map<String, Integer> enteredByDesa() {
      Map<String, Integer> entered = new LinkedHashMap<>();
      targets.keySet().forEach(code -> entered.put(code, 0));
      for (SampleHousehold h : households) {
        entered.merge(h.household().key().kodeDesa(), 1, Integer::sum);
      }
      return entered;
    }

    /**
     * Households entered up to the end of each month, over the sum of targets, for every month in
     * which households were entered (each of the plan's twelve months).
     */
    public SortedMap<YearMonth, Double> coverageByMonth() {
      SortedMap<YearMonth, Integer> perMonth = new TreeMap<>();
      for (SampleHousehold h : households) {
        perMonth.merge(h.entered(), 1, Integer::sum);
      }
      double target = targets.values().stream().mapToInt(Integer::intValue).sum();
      SortedMap<YearMonth, Double> coverage = new TreeMap<>();
      int cumulative = 0;
      for (Map.Entry<YearMonth, Integer> month : perMonth.entrySet()) {
        cumulative += month.getValue();
        coverage.put(month.getKey(), cumulative / target);
      }
      return coverage;
    }
  }

  /** One desa's part of the plan. */
  private record Desa(Region village, Role role, EntryChannel channel, int target, double weight) {}

  private DemoDasaWisma() {}

  /**
   * The demo for records of {@code tahun}, entered in the twelve months before {@code now} (from
   * {@code now - 12} to {@code now - 1}: the snapshot of {@code now}'s first day holds them all).
   */
  public static Plan plan(Regions regions, int tahun, YearMonth now) {
    Random random = new Random(SEED);
    List<Desa> desa = new ArrayList<>();
    for (String kecamatan : KECAMATAN) {
      List<Region> villages = Villages.in(regions, kecamatan);
      for (int i = 0; i < villages.size(); i++) {
        desa.add(desa(random, villages.get(i), role(kecamatan, i, villages.size())));
      }
    }
    int[] entered = entered(random, desa);
    Map<String, Integer> targets = new LinkedHashMap<>();
    List<SampleHousehold> households = new ArrayList<>();
    YearMonth first = now.minusMonths(EntryChannel.MONTHS);
    for (int d = 0; d < desa.size(); d++) {
      Desa plan = desa.get(d);
      targets.put(plan.village().code(), plan.target());
      List<Household> list =
          SampleHouseholds.of(plan.village(), tahun, plan.target(), SEED).first(entered[d]);
      int groupStart = 0;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0 && !sameGroup(list.get(i - 1), list.get(i))) {
          groupStart = i;
        }
        int at = plan.channel().byGroup() ? groupStart : i;
        int month = plan.channel().month(at, list.size());
        households.add(new SampleHousehold(list.get(i), first.plusMonths(month)));
      }
    }
    households.sort(Comparator.comparing(SampleHousehold::entered));
    return new Plan(Collections.unmodifiableList(households), Collections.unmodifiableMap(targets));
  }

  /**
   * The demo's roles by position in the kecamatan: Bubulan starts late (no household in its first
   * desa, a handful in the second, a few dozen in the others); Ngambon's last desa has none yet;
   * Kasiman has a handful in its third desa, a few dozen in its sixth, none in its last;
   * Bojonegoro's last desa has a handful; every other desa is regular.
   */
  private static Role role(String kecamatan, int index, int count) {
    boolean last = index == count - 1;
    return switch (kecamatan) {
      case BUBULAN -> index == 0 ? Role.ZERO : index == 1 ? Role.SMALL : Role.MID;
      case NGAMBON -> last ? Role.ZERO : Role.REGULAR;
      case KASIMAN ->
          last ? Role.ZERO : index == 2 ? Role.SMALL : index == 5 ? Role.MID : Role.REGULAR;
      case BOJONEGORO -> last ? Role.SMALL : Role.REGULAR;
      default -> Role.REGULAR;
    };
  }

  private static Desa desa(Random random, Region village, Role role) {
    boolean town = village.level() == RegionLevel.KELURAHAN;
    int target = town ? 400 + random.nextInt(401) : 300 + random.nextInt(201);
    EntryChannel channel =
        town ? EntryChannel.ONLINE : role == Role.REGULAR ? EntryChannel.EXCEL : EntryChannel.LATE;
    double weight = town ? 0.82 + random.nextDouble() * 0.13 : 0.8 + random.nextDouble() * 0.4;
    return new Desa(village, role, channel, target, weight);
  }

  /**
   * Households entered per desa: fixed for the small roles, 82 to 95 % of the target in the
   * kelurahan (online from the start), and in the other desa their weight times one factor, chosen
   * so that the total is {@value #COVERAGE_PERCENT} % of all targets.
   */
  private static int[] entered(Random random, List<Desa> desa) {
    int[] entered = new int[desa.size()];
    int total = 0;
    int fixed = 0;
    for (int d = 0; d < desa.size(); d++) {
      Desa plan = desa.get(d);
      total += plan.target();
      entered[d] =
          switch (plan.role()) {
            case ZERO -> 0;
            case REGULAR ->
                plan.channel() == EntryChannel.ONLINE
                    ? (int) Math.round(plan.weight() * plan.target())
                    : 0;
            case SMALL -> 3 + random.nextInt(7);
            case MID -> 15 + random.nextInt(36);
          };
      fixed += entered[d];
    }
    int wanted = Math.round(total * COVERAGE_PERCENT / 100f) - fixed;
    double low = 0;
    double high = 2;
    for (int i = 0; i < 50; i++) {
      double factor = (low + high) / 2;
      if (regular(desa, factor, entered) < wanted) {
        low = factor;
      } else {
        high = factor;
      }
    }
    regular(desa, high, entered);
    return entered;
  }

  /** Sets the regular desa's households for {@code factor}; returns their sum. */
  private static int regular(List<Desa> desa, double factor, int[] entered) {
    int sum = 0;
    for (int d = 0; d < desa.size(); d++) {
      Desa plan = desa.get(d);
      if (plan.role() == Role.REGULAR && plan.channel() == EntryChannel.EXCEL) {
        double coverage = Math.min(0.97, factor * plan.weight());
        entered[d] = (int) Math.round(coverage * plan.target());
        sum += entered[d];
      }
    }
    return sum;
  }

  private static boolean sameGroup(Household a, Household b) {
    return a.key().kelompokDasawisma().equals(b.key().kelompokDasawisma());
  }
}
