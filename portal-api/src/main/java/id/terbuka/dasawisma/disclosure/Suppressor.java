package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which cells of a table are published. First the rules that need no arithmetic: a
 * sensitive indicator below kecamatan ({@link Reason#LEVEL}), every cell of a small desa ({@link
 * Reason#SMALL_UNIT}), a count from 1 to k-1 ({@link Reason#PRIMARY}). Those cells are protected.
 *
 * <p>Then secondary suppression the way the Gauss method does it: the remaining cells are offered
 * for publication one by one, always-public cells first, then the largest counts first and, among
 * equal counts, the highest level first (so the complementary cells chosen are the smallest counts,
 * at the lowest level). Every cell is a vector over the table's free parameters ({@link
 * CellVectors}); publishing a cell fixes one combination of them, which is eliminated from every
 * other cell's vector. A cell whose publication would reduce some protected cell's vector to zero
 * (its value would follow from the published cells) is withheld instead ({@link Reason#SECONDARY}).
 * One pass suffices: a protected or secondary cell never becomes determined later, since each later
 * publication is checked against every protected cell, and a secondary cell's publication would
 * have determined one.
 */
public final class Suppressor {

  private Suppressor() {}

  public static Suppressed suppress(SuppressionTable table) {
    Reason[] reasons = new Reason[table.cellCount()];
    List<Integer> candidates = new ArrayList<>();
    for (int c = 0; c < reasons.length; c++) {
      reasons[c] = primaryReason(table, c);
      if (reasons[c] == null) {
        candidates.add(c);
      }
    }
    candidates.sort(publicationOrder(table));
    Elimination vectors = new Elimination();
    IntVector[] initial = CellVectors.of(table);
    for (int c = 0; c < initial.length; c++) {
      vectors.put(c, initial[c]);
    }
    for (int candidate : candidates) {
      if (!publish(table, candidate, vectors, reasons)) {
        reasons[candidate] = Reason.SECONDARY;
      }
      vectors.remove(candidate);
    }
    return new Suppressed(table, reasons);
  }

  /** Why a cell is withheld before any arithmetic, or {@code null} when it may be published. */
  static Reason primaryReason(SuppressionTable table, int cell) {
    Sensitivity sensitivity = table.indicatorOf(cell).sensitivity();
    Region region = table.regionOf(cell);
    if (sensitivity == Sensitivity.ALWAYS_PUBLIC) {
      return null;
    }
    if (!sensitivity.publicAt(region.level())) {
      return Reason.LEVEL;
    }
    if (table.smallUnit(region.code())) {
      return Reason.SMALL_UNIT;
    }
    return sensitivity.tooSmall(table.value(cell)) ? Reason.PRIMARY : null;
  }

  private static Comparator<Integer> publicationOrder(SuppressionTable table) {
    Comparator<Integer> alwaysPublicFirst =
        Comparator.comparing(c -> table.indicatorOf(c).sensitivity() != Sensitivity.ALWAYS_PUBLIC);
    return alwaysPublicFirst
        .thenComparing(Comparator.comparingLong((Integer c) -> table.value(c)).reversed())
        .thenComparing(c -> table.regionOf(c).level())
        .thenComparing(Comparator.naturalOrder());
  }

  /**
   * Publishes the candidate unless that would determine a protected cell; returns whether it did.
   * An always-public cell that would determine one is a contradiction in the table's design.
   */
  private static boolean publish(
      SuppressionTable table, int candidate, Elimination vectors, Reason[] reasons) {
    IntVector vector = vectors.row(candidate);
    if (vector.isEmpty()) {
      return true; // already follows from the published cells: publishing it reveals nothing new
    }
    int column = vectors.sparsestColumn(vector);
    for (int other : vectors.rowsHolding(column)) {
      if (reasons[other] != null
          && reasons[other] != Reason.SECONDARY
          && vectors.row(other).parallelTo(vector)) {
        if (table.indicatorOf(candidate).sensitivity() == Sensitivity.ALWAYS_PUBLIC) {
          throw new IllegalStateException(
              "always-public cell "
                  + table.cell(candidate)
                  + " reveals withheld cell "
                  + table.cell(other));
        }
        return false;
      }
    }
    vectors.pivot(candidate, column);
    return true;
  }
}
