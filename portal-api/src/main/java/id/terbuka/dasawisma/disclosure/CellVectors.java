package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cell written as a combination of free parameters, the inner cells of the Gauss method: per
 * desa, one parameter per free indicator of the relations (the null space of "total - parts = 0",
 * found by exact elimination once, since the relations are the same in every desa); a kecamatan or
 * kabupaten cell is the sum of its desa's vectors. Every consistent table is one choice of the
 * parameters, so a cell is determined by the published cells exactly when its vector is a
 * combination of theirs.
 */
final class CellVectors {

  private CellVectors() {}

  /** The vector of every cell, by cell number. */
  static IntVector[] of(SuppressionTable table) {
    long[][] perIndicator = nullSpace(table);
    int free = perIndicator.length == 0 ? 0 : perIndicator[0].length;
    List<List<Integer>> desaBelow = desaBelow(table);
    IntVector[] vectors = new IntVector[table.cellCount()];
    for (int r = 0; r < desaBelow.size(); r++) {
      for (int i = 0; i < perIndicator.length; i++) {
        vectors[table.index(r, i)] = sumOver(desaBelow.get(r), perIndicator[i], free);
      }
    }
    return vectors;
  }

  private static IntVector sumOver(List<Integer> desa, long[] coefficients, int free) {
    int nonZero = 0;
    for (long coefficient : coefficients) {
      nonZero += coefficient != 0 ? 1 : 0;
    }
    int[] columns = new int[desa.size() * nonZero];
    long[] values = new long[columns.length];
    int size = 0;
    for (int d : desa) {
      for (int f = 0; f < free; f++) {
        if (coefficients[f] != 0) {
          columns[size] = d * free + f;
          values[size++] = coefficients[f];
        }
      }
    }
    return IntVector.of(columns, values);
  }

  /** For each present region, the present desa it is made of (a desa: itself). */
  private static List<List<Integer>> desaBelow(SuppressionTable table) {
    List<List<Integer>> below = new ArrayList<>();
    for (int r = 0; r < table.presentRegions().size(); r++) {
      below.add(new ArrayList<>());
    }
    for (int r = 0; r < below.size(); r++) {
      collectDesa(table, r, below.get(r));
    }
    return below;
  }

  private static void collectDesa(SuppressionTable table, int region, List<Integer> into) {
    if (table.presentRegions().get(region).level() == Level.DESA) {
      into.add(region);
      return;
    }
    for (int child : table.presentChildren(region)) {
      collectDesa(table, child, into);
    }
  }

  /**
   * A basis of the indicators' null space: row i holds indicator i's coefficient on each free
   * indicator. Refuses relations that force an indicator to zero.
   */
  private static long[][] nullSpace(SuppressionTable table) {
    int n = table.indicators().size();
    Elimination rows = new Elimination();
    Map<Integer, Integer> pivotRow = new HashMap<>();
    for (int id = 0; id < table.relations().size(); id++) {
      IntVector row = relationRow(table, table.relations().get(id));
      for (Map.Entry<Integer, Integer> pivot : pivotRow.entrySet()) {
        row = row.eliminate(pivot.getKey(), rows.row(pivot.getValue()));
      }
      if (!row.isEmpty()) {
        rows.put(id, row);
        rows.pivot(id, row.column(0));
        pivotRow.put(row.column(0), id);
      }
    }
    List<Integer> freeColumns = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!pivotRow.containsKey(i)) {
        freeColumns.add(i);
      }
    }
    long[][] basis = new long[n][freeColumns.size()];
    for (int f = 0; f < freeColumns.size(); f++) {
      fillBasisVector(basis, f, freeColumns.get(f), rows, pivotRow);
    }
    checkNoneForcedToZero(table, basis);
    return basis;
  }

  /**
   * Column f of the basis: free indicator {@code free} set to the common multiple of the pivots'
   * coefficients, each pivot indicator solved from its row, so every entry is a whole number.
   */
  private static void fillBasisVector(
      long[][] basis, int f, int free, Elimination rows, Map<Integer, Integer> pivotRow) {
    long scale = 1;
    for (Map.Entry<Integer, Integer> pivot : pivotRow.entrySet()) {
      IntVector row = rows.row(pivot.getValue());
      if (row.get(free) != 0) {
        scale = lcm(scale, Math.abs(row.get(pivot.getKey())));
      }
    }
    basis[free][f] = scale;
    for (Map.Entry<Integer, Integer> pivot : pivotRow.entrySet()) {
      IntVector row = rows.row(pivot.getValue());
      basis[pivot.getKey()][f] = -scale / row.get(pivot.getKey()) * row.get(free);
    }
  }

  private static void checkNoneForcedToZero(SuppressionTable table, long[][] basis) {
    for (int i = 0; i < basis.length; i++) {
      boolean zero = true;
      for (long coefficient : basis[i]) {
        zero &= coefficient == 0;
      }
      if (zero) {
        throw new IllegalArgumentException(
            "the relations force indicator " + table.indicators().get(i).code() + " to zero");
      }
    }
  }

  private static IntVector relationRow(SuppressionTable table, Relation relation) {
    int[] columns = new int[relation.parts().size() + 1];
    long[] coefficients = new long[columns.length];
    columns[0] = table.indicatorNumber(relation.total());
    coefficients[0] = 1;
    for (int p = 0; p < relation.parts().size(); p++) {
      columns[p + 1] = table.indicatorNumber(relation.parts().get(p));
      coefficients[p + 1] = -1;
    }
    return IntVector.of(columns, coefficients);
  }

  private static long lcm(long a, long b) {
    long x = a;
    long y = b;
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return Math.multiplyExact(a / x, b);
  }
}
