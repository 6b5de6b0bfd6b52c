package id.terbuka.budget.sample;

import id.terbuka.budget.domain.AccountLevel;
import id.terbuka.budget.domain.Period;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated APBD realisation file in the budget import format (issue 10): for each unit, year and
 * period, every account line from akun down to a chosen level, optionally under sub kegiatan codes
 * of the unit's urusan. Deterministic for a seed: the same settings write the same bytes.
 *
 * <p>What the lines hold, so that {@code BudgetFileCheck} finds no error in them: each parent line
 * is the exact sum of its direct children (same tahun, periode, kode_skpd, kode_sub_kegiatan), in
 * sen; anggaran is the same in every period of a year; realisasi is cumulative and never falls from
 * one period to a later one; it stays at or below anggaran except for some pendapatan lines, which
 * end up to 3 % above (the only warnings); account codes have the year's width (four-digit sub
 * rincian objek from 2021). Magnitudes follow the units' {@link SampleUnit#belanjaJuta()}; the
 * finance office ({@link UnitRole#FINANCE}) also carries most pendapatan and the pembiayaan, the
 * revenue office ({@link UnitRole#REVENUE}) taxes and levies, both in proportion to the belanja of
 * all units in the file.
 *
 * <p>Settings are immutable: each {@code with...} method returns a changed copy.
 *
 * <pre>{@code
 * SampleRealisation.of(BojonegoroUnits.all(), 42)
 *     .withYear(2024, Period.TW1, Period.TW2, Period.TW3, Period.TW4)
 *     .withTargetLines(500_000)
 *     .write(path);
 * }</pre>
 */
public final class SampleRealisation {
  /** The breadth used without a target line count: a few children per account. */
  public static final double DEFAULT_BREADTH = 3;

  private final List<SampleUnit> units;
  private final long seed;
  private final Map<Integer, List<Period>> years;
  private final AccountLevel depth;
  private final long targetLines;
  private final double subActivityShare;
  private final NumberStyle style;

  private SampleRealisation(
      List<SampleUnit> units,
      long seed,
      Map<Integer, List<Period>> years,
      AccountLevel depth,
      long targetLines,
      double subActivityShare,
      NumberStyle style) {
    this.units = units;
    this.seed = seed;
    this.years = years;
    this.depth = depth;
    this.targetLines = targetLines;
    this.subActivityShare = subActivityShare;
    this.style = style;
  }

  /**
   * A sample of these units with the defaults: no year yet, every level down to sub rincian objek,
   * {@link #DEFAULT_BREADTH}, three units in ten spending through sub kegiatan, plain numbers.
   */
  public static SampleRealisation of(List<SampleUnit> units, long seed) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("No units");
    }
    if (units.stream().map(SampleUnit::kodeSkpd).distinct().count() != units.size()) {
      throw new IllegalArgumentException("A unit code is listed twice");
    }
    return new SampleRealisation(
        List.copyOf(units),
        seed,
        Map.of(),
        AccountLevel.SUB_RINCIAN_OBJEK,
        0,
        0.3,
        NumberStyle.PLAIN);
  }

  /** Adds (or replaces) a year with its periods; periods are written in chronological order. */
  public SampleRealisation withYear(int tahun, Period... periods) {
    if (periods.length == 0) {
      throw new IllegalArgumentException("No periods for " + tahun);
    }
    Map<Integer, List<Period>> changed = new TreeMap<>(years);
    changed.put(tahun, List.copyOf(new TreeSet<>(Arrays.asList(periods))));
    return new SampleRealisation(
        units,
        seed,
        Collections.unmodifiableMap(changed),
        depth,
        targetLines,
        subActivityShare,
        style);
  }

  /** The deepest account level written (every level above it is written too). */
  public SampleRealisation withDepth(AccountLevel deepest) {
    return new SampleRealisation(units, seed, years, deepest, targetLines, subActivityShare, style);
  }

  /**
   * Widens or narrows the account trees below jenis so that the file has about this many lines
   * (within a few percent when the depth leaves room; 0 = {@link #DEFAULT_BREADTH}).
   */
  public SampleRealisation withTargetLines(long lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("Negative line count: " + lines);
    }
    return new SampleRealisation(units, seed, years, depth, lines, subActivityShare, style);
  }

  /** The share of units (0..1) whose belanja lines are under sub kegiatan codes. */
  public SampleRealisation withSubActivityShare(double share) {
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("Not a share: " + share);
    }
    return new SampleRealisation(units, seed, years, depth, targetLines, share, style);
  }

  public SampleRealisation withNumbers(NumberStyle numbers) {
    return new SampleRealisation(units, seed, years, depth, targetLines, subActivityShare, numbers);
  }

  public NumberStyle numbers() {
    return style;
  }

  /** Writes the file (header and lines) to a writer; returns the number of lines. */
  public long write(Writer out) throws IOException {
    if (years.isEmpty()) {
      throw new IllegalStateException("No year: call withYear first");
    }
    UnitYearBudget.Shape shape = shape(breadth());
    CsvLines csv = new CsvLines(out, style);
    csv.header();
    long lines = 0;
    for (Map.Entry<Integer, List<Period>> year : years.entrySet()) {
      int tahun = year.getKey();
      int[] endMonths =
          year.getValue().stream().mapToInt(Period::endMonth).distinct().sorted().toArray();
      List<UnitYearBudget> budgets = build(tahun, shape);
      for (UnitYearBudget budget : budgets) {
        budget.realise(endMonths, seed);
      }
      for (Period periode : year.getValue()) {
        int at = Arrays.binarySearch(endMonths, periode.endMonth());
        for (UnitYearBudget budget : budgets) {
          lines += writeSlice(csv, budget, periode, at);
        }
      }
    }
    out.flush();
    return lines;
  }

  /** Writes the file as UTF-8 to a stream (left open); returns the number of lines. */
  public long write(OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long lines = write(writer);
    writer.flush();
    return lines;
  }

  /** Writes the file as UTF-8 to a path (replacing it); returns the number of lines. */
  public long write(Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(writer);
    }
  }

  /** The number of lines {@link #write} writes, without writing them. */
  public long lineCount() {
    return lineCount(shape(breadth()));
  }

  private long writeSlice(CsvLines csv, UnitYearBudget budget, Period periode, int at)
      throws IOException {
    long lines = 0;
    for (UnitYearBudget.Group group : budget.groups) {
      for (AccountNode root : group.roots()) {
        lines += writeTree(csv, budget, periode, at, group, root);
      }
    }
    return lines;
  }

  private long writeTree(
      CsvLines csv,
      UnitYearBudget budget,
      Period periode,
      int at,
      UnitYearBudget.Group group,
      AccountNode node)
      throws IOException {
    if (node.segments > depth.segments()) {
      return 0;
    }
    csv.line(
        budget.tahun,
        periode.code(),
        budget.unit,
        node,
        node.realisasi[at],
        group.kodeSubKegiatan(),
        group.namaSubKegiatan());
    long lines = 1;
    for (AccountNode child : node.children) {
      lines += writeTree(csv, budget, periode, at, group, child);
    }
    return lines;
  }

  private List<UnitYearBudget> build(int tahun, UnitYearBudget.Shape shape) {
    long regencyBelanja = 0;
    for (SampleUnit unit : units) {
      regencyBelanja += UnitYearBudget.annualBelanja(unit, tahun, seed);
    }
    List<UnitYearBudget> budgets = new ArrayList<>(units.size());
    for (SampleUnit unit : units) {
      budgets.add(UnitYearBudget.build(unit, tahun, regencyBelanja, shape, seed));
    }
    return budgets;
  }

  private UnitYearBudget.Shape shape(double breadth) {
    return new UnitYearBudget.Shape(depth.segments(), breadth, subActivityShare);
  }

  private long lineCount(UnitYearBudget.Shape shape) {
    long lines = 0;
    for (Map.Entry<Integer, List<Period>> year : years.entrySet()) {
      long perPeriod = 0;
      for (UnitYearBudget budget : build(year.getKey(), shape)) {
        perPeriod += budget.lines();
      }
      lines += perPeriod * year.getValue().size();
    }
    return lines;
  }

  /**
   * The breadth whose line count is closest to the target: a bisection on its logarithm (the count
   * grows with the breadth, though not strictly, as the trees are drawn anew for each breadth).
   */
  private double breadth() {
    if (targetLines == 0 || depth.segments() <= 3) {
      return DEFAULT_BREADTH;
    }
    double low = Math.log(0.5);
    double high = Math.log(200);
    double best = DEFAULT_BREADTH;
    long bestMiss = Long.MAX_VALUE;
    for (int i = 0; i < 16; i++) {
      double mid = (low + high) / 2;
      long count = lineCount(shape(Math.exp(mid)));
      long miss = Math.abs(count - targetLines);
      if (miss < bestMiss) {
        bestMiss = miss;
        best = Math.exp(mid);
      }
      if (count < targetLines) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return best;
  }
}
