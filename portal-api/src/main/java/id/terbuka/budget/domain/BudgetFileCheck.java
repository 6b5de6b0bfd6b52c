package id.terbuka.budget.domain;

import static id.terbuka.budget.domain.BudgetColumns.ANGGARAN;
import static id.terbuka.budget.domain.BudgetColumns.KODE_REKENING;
import static id.terbuka.budget.domain.BudgetColumns.KODE_SKPD;
import static id.terbuka.budget.domain.BudgetColumns.REALISASI;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules over all lines of one file, after each row parsed ({@link BudgetLineParser}):
 *
 * <ul>
 *   <li>errors: a second line with the same {@link BudgetLine.Key} ({@code duplicate_line} at the
 *       later row, naming the first); a parent whose anggaran or realisasi differs by more than
 *       {@link #TOLERANCE} from the sum of its <em>direct</em> children present in the file within
 *       the same {@code tahun, periode, kode_skpd, kode_sub_kegiatan} ({@code parent_sum_mismatch}
 *       at the parent's row and amount column, naming the sum; a grandchild counts only through its
 *       parent, so a file may leave out levels); a {@code kode_skpd} the caller does not know
 *       ({@code unknown_unit}, reported once per unit at its first row with the number of rows
 *       naming it: one wrong code is one mistake, and the cap of listed errors stays for the rest);
 *   <li>warnings: realisasi above anggaran; realisasi below the same line's latest earlier period
 *       (an earlier end date, same {@code tahun, kode_skpd, kode_sub_kegiatan, kode_rekening}),
 *       taken from this file or, when later, from what is stored ({@link PreviousRealisation}); a
 *       stored period whose slice ({@code tahun, periode, kode_skpd}) the file itself carries is
 *       ignored, since the file replaces it.
 * </ul>
 *
 * Duplicates take no further part: the first line with a key is the one summed and compared.
 * Problems are added in row order (errors and warnings each). Lines that failed to parse are not
 * here, so a parent may then report a mismatch its missing child explains; the file is rejected
 * either way.
 *
 * <p>Cost: two sorts of the lines' indices and linear scans, O(n log n) time and a few arrays of n
 * entries; the 500,000-line unit test runs in about 3 s on the 2-core build machine, building the
 * lines included.
 */
public final class BudgetFileCheck {
  /** How far a parent's amount may be from its children's sum (rounding in the source system). */
  public static final BigDecimal TOLERANCE = BigDecimal.ONE;

  private final Predicate<String> knownUnit;
  private final PreviousRealisation previous;
  private final Map<String, String> headers;

  /**
   * @param knownUnit true for a kode_skpd the catalogue knows (or {@code u -> true} when the
   *     importer may create units)
   * @param previous the stored realisations of earlier periods
   * @param headers each canonical column's header as written in the file, to name it in problems (a
   *     column missing here is named by its canonical name)
   */
  public BudgetFileCheck(
      Predicate<String> knownUnit, PreviousRealisation previous, Map<String, String> headers) {
    this.knownUnit = Objects.requireNonNull(knownUnit);
    this.previous = Objects.requireNonNull(previous);
    this.headers = Map.copyOf(headers);
  }

  /** Checks the lines of one file, in file (row) order, adding what it finds to problems. */
  public void check(List<BudgetLine> lines, Problems problems) {
    BudgetLine[] all = lines.toArray(BudgetLine[]::new);
    Findings found = new Findings(all.length);
    findDuplicatesAndSums(all, found);
    findPreviousRealisations(all, found);
    report(all, found, problems);
  }

  /** What the scans found, per line index. */
  private static final class Findings {
    final long[] firstRow;
    final BigDecimal[] childAnggaran;
    final BigDecimal[] childRealisasi;
    final int[] children;
    final PeriodRealisation[] previous;

    Findings(int n) {
      firstRow = new long[n];
      childAnggaran = new BigDecimal[n];
      childRealisasi = new BigDecimal[n];
      children = new int[n];
      previous = new PeriodRealisation[n];
    }

    boolean duplicate(int i) {
      return firstRow[i] != 0;
    }
  }

  private static final Comparator<BudgetLine> BY_UNIT =
      Comparator.comparingInt(BudgetLine::tahun)
          .thenComparing(BudgetLine::kodeSkpd)
          .thenComparing(BudgetLine::kodeSubKegiatan);

  /** Slices' lines together, in code order: parents right before their descendants. */
  private static final Comparator<BudgetLine> BY_SLICE_THEN_CODE =
      Comparator.comparingInt(BudgetLine::tahun)
          .thenComparing(BudgetLine::periode)
          .thenComparing(BudgetLine::kodeSkpd)
          .thenComparing(BudgetLine::kodeSubKegiatan)
          .thenComparing(BudgetLine::kodeRekening);

  /** A line's periods together, in chronological order. */
  private static final Comparator<BudgetLine> BY_SERIES_THEN_PERIOD =
      BY_UNIT.thenComparing(BudgetLine::kodeRekening).thenComparing(BudgetLine::periode);

  private static Integer[] sortedIndices(BudgetLine[] all, Comparator<BudgetLine> order) {
    Integer[] idx = new Integer[all.length];
    Arrays.setAll(idx, i -> i);
    // Stable: among equal keys the earlier row stays first.
    Arrays.sort(idx, (a, b) -> order.compare(all[a], all[b]));
    return idx;
  }

  private static void findDuplicatesAndSums(BudgetLine[] all, Findings found) {
    Integer[] idx = sortedIndices(all, BY_SLICE_THEN_CODE);
    Deque<Integer> ancestors = new ArrayDeque<>();
    int first = -1;
    for (int k = 0; k < idx.length; k++) {
      int i = idx[k];
      BudgetLine line = all[i];
      if (k > 0 && !sameGroup(all[idx[k - 1]], line)) {
        ancestors.clear();
      }
      if (first >= 0 && all[first].key().equals(line.key())) {
        found.firstRow[i] = all[first].row();
        continue;
      }
      first = i;
      while (!ancestors.isEmpty()
          && !all[ancestors.peek()].kodeRekening().isAncestorOf(line.kodeRekening())) {
        ancestors.pop();
      }
      if (!ancestors.isEmpty()) {
        int parent = ancestors.peek();
        if (all[parent].level().segments() == line.level().segments() - 1) {
          found.childAnggaran[parent] = plus(found.childAnggaran[parent], line.anggaran());
          found.childRealisasi[parent] = plus(found.childRealisasi[parent], line.realisasi());
          found.children[parent]++;
        }
      }
      ancestors.push(i);
    }
  }

  private static boolean sameGroup(BudgetLine a, BudgetLine b) {
    return a.tahun() == b.tahun()
        && a.periode() == b.periode()
        && a.kodeSkpd().equals(b.kodeSkpd())
        && a.kodeSubKegiatan().equals(b.kodeSubKegiatan());
  }

  private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
    return sum == null ? amount : sum.add(amount);
  }

  private record Slice(int tahun, Period periode, String kodeSkpd) {}

  private void findPreviousRealisations(BudgetLine[] all, Findings found) {
    Set<Slice> slicesInFile = new HashSet<>();
    for (BudgetLine line : all) {
      slicesInFile.add(new Slice(line.tahun(), line.periode(), line.kodeSkpd()));
    }
    Integer[] idx = sortedIndices(all, BY_SERIES_THEN_PERIOD);
    BudgetLine before = null;
    BudgetLine lastSeen = null;
    for (int i : idx) {
      BudgetLine line = all[i];
      if (found.duplicate(i)) {
        continue;
      }
      if (lastSeen == null || !sameSeries(lastSeen, line)) {
        before = null;
      } else if (lastSeen.periode().endsBefore(line.periode())) {
        // The last of the previous end date's block (the longest period among ties).
        before = lastSeen;
      }
      lastSeen = line;
      PeriodRealisation inFile =
          before == null ? null : new PeriodRealisation(before.periode(), before.realisasi());
      PeriodRealisation stored =
          previous
              .latestBefore(
                  line.tahun(),
                  line.kodeSkpd(),
                  line.kodeSubKegiatan(),
                  line.kodeRekening(),
                  line.periode())
              .filter(
                  p ->
                      !slicesInFile.contains(new Slice(line.tahun(), p.periode(), line.kodeSkpd())))
              .orElse(null);
      found.previous[i] = later(inFile, stored);
    }
  }

  private static boolean sameSeries(BudgetLine a, BudgetLine b) {
    return BY_UNIT.compare(a, b) == 0 && a.kodeRekening().equals(b.kodeRekening());
  }

  /** The later of two; the file's on a tie, since the file replaces what is stored. */
  private static PeriodRealisation later(PeriodRealisation inFile, PeriodRealisation stored) {
    if (inFile == null) {
      return stored;
    }
    if (stored == null || stored.periode().compareTo(inFile.periode()) <= 0) {
      return inFile;
    }
    return stored;
  }

  private void report(BudgetLine[] all, Findings found, Problems problems) {
    Map<String, Integer> unknownRows = unknownUnitRows(all);
    Set<String> unknownReported = new HashSet<>();
    for (int i = 0; i < all.length; i++) {
      BudgetLine line = all[i];
      Integer rows = unknownRows.get(line.kodeSkpd());
      if (rows != null && unknownReported.add(line.kodeSkpd())) {
        problems.error(problem(line, KODE_SKPD, line.kodeSkpd(), BudgetProblem.UNKNOWN_UNIT, rows));
      }
      if (found.duplicate(i)) {
        problems.error(
            problem(
                line,
                KODE_REKENING,
                line.kodeRekening().code(),
                BudgetProblem.DUPLICATE_LINE,
                found.firstRow[i]));
        continue;
      }
      if (found.children[i] > 0) {
        checkSum(
            line, ANGGARAN, line.anggaran(), found.childAnggaran[i], found.children[i], problems);
        checkSum(
            line,
            REALISASI,
            line.realisasi(),
            found.childRealisasi[i],
            found.children[i],
            problems);
      }
      warnAboutRealisation(line, found.previous[i], problems);
    }
  }

  /** The number of lines naming each unit the catalogue does not know. */
  private Map<String, Integer> unknownUnitRows(BudgetLine[] all) {
    Map<String, Boolean> known = new HashMap<>();
    Map<String, Integer> unknownRows = new HashMap<>();
    for (BudgetLine line : all) {
      if (!known.computeIfAbsent(line.kodeSkpd(), knownUnit::test)) {
        unknownRows.merge(line.kodeSkpd(), 1, Integer::sum);
      }
    }
    return unknownRows;
  }

  /** Realisasi above anggaran, or below the line's latest earlier period: accepted, but shown. */
  private void warnAboutRealisation(BudgetLine line, PeriodRealisation before, Problems problems) {
    if (line.realisasi().compareTo(line.anggaran()) > 0) {
      problems.warning(
          problem(
              line,
              REALISASI,
              line.realisasi().toPlainString(),
              BudgetProblem.REALISATION_ABOVE_BUDGET,
              line.anggaran().toPlainString()));
    }
    if (before != null && line.realisasi().compareTo(before.realisasi()) < 0) {
      problems.warning(
          problem(
              line,
              REALISASI,
              line.realisasi().toPlainString(),
              BudgetProblem.REALISATION_DECREASED,
              before.periode().code(),
              before.realisasi().toPlainString()));
    }
  }

  private void checkSum(
      BudgetLine line,
      String column,
      BigDecimal given,
      BigDecimal childrenSum,
      int children,
      Problems problems) {
    if (given.subtract(childrenSum).abs().compareTo(TOLERANCE) > 0) {
      problems.error(
          problem(
              line,
              column,
              given.toPlainString(),
              BudgetProblem.PARENT_SUM_MISMATCH,
              childrenSum.toPlainString(),
              children));
    }
  }

  private ImportProblem problem(
      BudgetLine line, String column, String value, BudgetProblem code, Object... args) {
    return ImportProblem.of(
        line.row(), headers.getOrDefault(column, column), value, code.code(), args);
  }
}
