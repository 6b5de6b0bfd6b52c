package id.terbuka.budget.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One unit's budget in one year, as account trees per sub kegiatan (or none): the amounts of the
 * jenis from the unit's role and size, split down to the requested depth in whole thousands of
 * rupiah, and, once realised, cumulative realisasi per period end. Everything is drawn from random
 * streams seeded by the sample's seed, the unit's code and the year, so a unit's lines do not
 * change when other units or years are added to a file.
 */
final class UnitYearBudget {
  /** Amounts are split in whole thousands of rupiah, as budgets are written (in sen). */
  static final long GRAIN = 100_000;

  /** The smallest share a split gives a child, in grains: Rp 100,000. */
  private static final long MIN_GRAINS = 100;

  private static final int BASE_YEAR = 2024;

  /** Pendapatan and pembiayaan in permille of the regency's belanja (about 78 % and 23 %). */
  private static final Map<String, Integer> FINANCE_PERMILLE =
      Map.of(
          "4.1.03", 7, "4.1.04", 88, "4.2.01", 606, "4.2.02", 32, "4.3.01", 8, "6.1.01", 225,
          "6.2.02", 5);

  private static final Map<String, Integer> REVENUE_PERMILLE = Map.of("4.1.01", 33, "4.1.02", 6);

  /** The lines of one sub kegiatan ("" for none): its account trees, akun first. */
  record Group(String kodeSubKegiatan, String namaSubKegiatan, List<AccountNode> roots) {}

  /** How deep and wide the trees grow. */
  record Shape(int depthSegments, double breadth, double subActivityShare) {}

  final SampleUnit unit;
  final int tahun;
  final List<Group> groups = new ArrayList<>();

  private final Shape shape;
  private final SplittableRandom random;

  private UnitYearBudget(SampleUnit unit, int tahun, Shape shape, SplittableRandom random) {
    this.unit = unit;
    this.tahun = tahun;
    this.shape = shape;
    this.random = random;
  }

  /** The unit's belanja anggaran in a year, in sen (a multiple of {@link #GRAIN}). */
  static long annualBelanja(SampleUnit unit, int tahun, long seed) {
    SplittableRandom random = stream(seed, unit, tahun, 1);
    double rupiah =
        unit.belanjaJuta()
            * 1e6
            * Math.pow(1.04, tahun - BASE_YEAR)
            * (0.98 + 0.04 * random.nextDouble());
    return Math.max(1, Math.round(rupiah / 1000)) * GRAIN;
  }

  /**
   * Builds the unit's trees for a year.
   *
   * @param regencyBelanja the belanja of all units of the file in that year, in sen: the finance
   *     and revenue offices' pendapatan and pembiayaan are in proportion to it
   */
  static UnitYearBudget build(
      SampleUnit unit, int tahun, long regencyBelanja, Shape shape, long seed) {
    UnitYearBudget budget = new UnitYearBudget(unit, tahun, shape, stream(seed, unit, tahun, 2));
    Map<String, Long> belanja = budget.belanjaByJenis(annualBelanja(unit, tahun, seed));
    Map<String, Long> other = budget.otherByJenis(regencyBelanja);
    boolean bySubActivity =
        stream(seed, unit, 0, 3).nextDouble() < shape.subActivityShare() && belanja.size() > 1;
    if (bySubActivity) {
      budget.addGroup("", "", other);
      budget.addSubActivityGroups(belanja);
    } else {
      Map<String, Long> all = new TreeMap<>(other);
      all.putAll(belanja);
      budget.addGroup("", "", all);
    }
    return budget;
  }

  private static SplittableRandom stream(long seed, SampleUnit unit, int tahun, int purpose) {
    long h = seed;
    h = h * 0x9E3779B97F4A7C15L + unit.kodeSkpd().hashCode();
    h = h * 0x9E3779B97F4A7C15L + tahun;
    h = h * 0x9E3779B97F4A7C15L + purpose;
    return new SplittableRandom(h);
  }

  private Map<String, Long> belanjaByJenis(long total) {
    Map<String, Integer> shares = unit.role().belanjaShares();
    double[] weights = new double[shares.size()];
    int i = 0;
    for (int share : shares.values()) {
      weights[i++] = share * (0.85 + 0.3 * random.nextDouble());
    }
    long[] amounts = split(total / GRAIN, weights, 0);
    Map<String, Long> byJenis = new TreeMap<>();
    i = 0;
    for (String jenis : shares.keySet()) {
      if (amounts[i] > 0) {
        byJenis.put(jenis, amounts[i] * GRAIN);
      }
      i++;
    }
    return byJenis;
  }

  private Map<String, Long> otherByJenis(long regencyBelanja) {
    Map<String, Integer> permille =
        switch (unit.role()) {
          case FINANCE -> FINANCE_PERMILLE;
          case REVENUE -> REVENUE_PERMILLE;
          default -> Map.of();
        };
    Map<String, Long> byJenis = new TreeMap<>();
    new TreeMap<>(permille)
        .forEach(
            (jenis, pm) -> {
              double amount = regencyBelanja / 1000.0 * pm * (0.97 + 0.06 * random.nextDouble());
              long grains = Math.round(amount / GRAIN);
              if (grains > 0) {
                byJenis.put(jenis, grains * GRAIN);
              }
            });
    return byJenis;
  }

  /**
   * Belanja through sub kegiatan: salaries all under the first (the staff one), every other jenis
   * split over a few of the rest.
   */
  private void addSubActivityGroups(Map<String, Long> belanja) {
    int count = 2 + (int) Math.min(10, Math.sqrt(unit.belanjaJuta() / 2000.0));
    List<SubActivities.Plan> plans = SubActivities.of(unit, count, random);
    List<Map<String, Long>> amounts = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      amounts.add(new TreeMap<>());
    }
    belanja.forEach(
        (jenis, amount) -> {
          if (jenis.equals("5.1.01")) {
            amounts.get(0).put(jenis, amount);
            return;
          }
          List<Integer> others = new ArrayList<>();
          for (int i = 1; i < plans.size(); i++) {
            others.add(i);
          }
          Collections.shuffle(others, new Random(random.nextLong()));
          long grains = amount / GRAIN;
          int n =
              (int) Math.min(1 + random.nextInt(others.size()), Math.max(1, grains / MIN_GRAINS));
          long[] parts = split(grains, weights(n), n == 1 ? 0 : MIN_GRAINS);
          for (int k = 0; k < parts.length; k++) {
            amounts.get(others.get(k)).put(jenis, parts[k] * GRAIN);
          }
        });
    for (int i = 0; i < plans.size(); i++) {
      addGroup(plans.get(i).code(), plans.get(i).name(), amounts.get(i));
    }
  }

  /** A group's trees from its jenis amounts: akun and kelompok above, the split below. */
  private void addGroup(String kode, String nama, Map<String, Long> byJenis) {
    if (byJenis.isEmpty()) {
      return;
    }
    Map<String, AccountNode> nodes = new TreeMap<>();
    List<AccountNode> roots = new ArrayList<>();
    byJenis.forEach(
        (jenis, amount) -> {
          String akunCode = jenis.substring(0, 1);
          String kelompokCode = jenis.substring(0, 3);
          AccountNode akun =
              nodes.computeIfAbsent(
                  akunCode,
                  c -> {
                    AccountNode n = new AccountNode(c, 1, AccountNames.of(c, 1, "", 0));
                    roots.add(n);
                    return n;
                  });
          AccountNode kelompok =
              nodes.computeIfAbsent(
                  kelompokCode, c -> akun.child(c, AccountNames.of(c, 2, akun.uraian, 0)));
          AccountNode node = kelompok.child(jenis, AccountNames.of(jenis, 3, kelompok.uraian, 0));
          node.anggaran = amount;
          kelompok.anggaran += amount;
          akun.anggaran += amount;
          expand(node);
        });
    groups.add(new Group(kode, nama, roots));
  }

  /** Splits a node's anggaran over children down to the build depth (at least jenis). */
  private void expand(AccountNode node) {
    int buildDepth = Math.max(3, shape.depthSegments());
    if (node.segments >= buildDepth) {
      node.curve = RealisationCurve.forCode(node.code, random);
      return;
    }
    boolean last = node.segments + 1 == 6;
    int width = last ? (tahun >= 2021 ? 4 : 3) : 2;
    int maxNumber = last ? (tahun >= 2021 ? 9999 : 999) : 99;
    long grains = node.anggaran / GRAIN;
    int wanted = (int) Math.round(shape.breadth() * (0.5 + random.nextDouble()));
    int n = (int) Math.max(1, Math.min(Math.min(wanted, maxNumber), grains / MIN_GRAINS));
    long[] parts = split(grains, weights(n), n == 1 ? 0 : MIN_GRAINS);
    int number = 0;
    for (int i = 0; i < n; i++) {
      // Codes skip numbers now and then, as a real chart's do; never beyond the segment's width.
      int gap = random.nextInt(4) == 0 ? random.nextInt(3) : 0;
      number += 1 + (number + 1 + gap + (n - i - 1) <= maxNumber ? gap : 0);
      String code = node.code + "." + pad(number, width);
      AccountNode child =
          node.child(code, AccountNames.of(code, node.segments + 1, node.uraian, number));
      child.anggaran = parts[i] * GRAIN;
      expand(child);
    }
  }

  private double[] weights(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double r = random.nextDouble();
      w[i] = 0.05 + r * r;
    }
    return w;
  }

  /**
   * {@code total} split in proportion to the weights, each part at least {@code min} (the caller
   * makes sure {@code total >= n * min}); the parts add up to {@code total} exactly.
   */
  static long[] split(long total, double[] weights, long min) {
    int n = weights.length;
    long rest = total - n * min;
    double sum = 0;
    int largest = 0;
    for (int i = 0; i < n; i++) {
      sum += weights[i];
      if (weights[i] > weights[largest]) {
        largest = i;
      }
    }
    long[] parts = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long share = (long) Math.floor(rest * (weights[i] / sum));
      parts[i] = min + share;
      given += share;
    }
    parts[largest] += rest - given;
    return parts;
  }

  private static String pad(int number, int width) {
    String s = Integer.toString(number);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }

  /** Lines this budget gives per period down to the depth. */
  int lines() {
    int n = 0;
    for (Group g : groups) {
      for (AccountNode root : g.roots()) {
        n += root.lines(shape.depthSegments());
      }
    }
    return n;
  }

  /** Computes every node's cumulative realisasi at the given end months (ascending, distinct). */
  void realise(int[] endMonths, long seed) {
    SplittableRandom curveRandom = stream(seed, unit, tahun, 4);
    for (Group g : groups) {
      for (AccountNode root : g.roots()) {
        realise(root, endMonths, curveRandom);
      }
    }
  }

  private static void realise(AccountNode node, int[] endMonths, SplittableRandom random) {
    if (node.leaf()) {
      node.realisasi = node.curve.realise(node.anggaran, endMonths, random);
      return;
    }
    node.realisasi = new long[endMonths.length];
    for (AccountNode child : node.children) {
      realise(child, endMonths, random);
      for (int i = 0; i < endMonths.length; i++) {
        node.realisasi[i] += child.realisasi[i];
      }
    }
  }
}
