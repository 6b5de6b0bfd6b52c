package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one definition of "a withheld cell is disclosed", as sdcTable's Gauss method states it: write
 * down every linear relation of the table (parent region = sum of its child regions, for every
 * indicator; total = sum of parts, for every relation and region), treat the published cells as
 * known numbers and the withheld cells as unknowns. A withheld cell is determined when that system
 * fixes its value whatever the other unknowns are, i.e. when its unit vector lies in the row space
 * of the relations restricted to the unknowns. Exact integer elimination, no floating point.
 *
 * <p>Non-negativity is deliberately not used (as in the Gauss method): the rule is exact recovery,
 * not interval width.
 */
public final class Disclosure {

  private Disclosure() {}

  /** True when {@code cell} is published or its value follows from the published cells. */
  public static boolean determined(SuppressionTable table, Set<Cell> published, Cell cell) {
    return published.contains(cell) || determinedCells(table, published).contains(cell);
  }

  /** The cells not in {@code published} whose values follow from the published cells. */
  public static Set<Cell> determinedCells(SuppressionTable table, Set<Cell> published) {
    boolean[] known = new boolean[table.cellCount()];
    for (Cell cell : published) {
      known[table.index(cell)] = true;
    }
    Elimination rows = new Elimination();
    Map<Integer, Integer> pivotRowOfColumn = new HashMap<>();
    int id = 0;
    for (IntVector equation : equations(table)) {
      IntVector row = reduce(unknownPart(equation, known), rows, pivotRowOfColumn);
      if (!row.isEmpty()) {
        int column = rows.sparsestColumn(row);
        rows.put(id, row);
        rows.pivot(id, column);
        pivotRowOfColumn.put(column, id++);
      }
    }
    Set<Cell> determined = new LinkedHashSet<>();
    pivotRowOfColumn.forEach(
        (column, row) -> {
          if (rows.row(row).size() == 1) {
            determined.add(table.cell(column));
          }
        });
    return determined;
  }

  private static IntVector unknownPart(IntVector equation, boolean[] known) {
    int[] columns = new int[equation.size()];
    long[] coefficients = new long[equation.size()];
    int size = 0;
    for (int i = 0; i < equation.size(); i++) {
      if (!known[equation.column(i)]) {
        columns[size] = equation.column(i);
        coefficients[size++] = equation.coefficient(i);
      }
    }
    return IntVector.of(
        java.util.Arrays.copyOf(columns, size), java.util.Arrays.copyOf(coefficients, size));
  }

  /** The row with every pivot column eliminated (pivot rows are kept fully reduced). */
  private static IntVector reduce(IntVector row, Elimination rows, Map<Integer, Integer> pivots) {
    IntVector reduced = row;
    for (int i = 0; i < row.size(); i++) {
      Integer pivot = pivots.get(row.column(i));
      if (pivot != null) {
        reduced = reduced.eliminate(row.column(i), rows.row(pivot));
      }
    }
    return reduced;
  }

  /** Every relation of the table as a row over cell numbers, equal to zero. */
  static List<IntVector> equations(SuppressionTable table) {
    List<IntVector> equations = new ArrayList<>();
    int indicators = table.indicators().size();
    List<Region> regions = table.presentRegions();
    for (int r = 0; r < regions.size(); r++) {
      if (regions.get(r).level() != Level.DESA) {
        List<Integer> children = table.presentChildren(r);
        for (int i = 0; i < indicators; i++) {
          int[] columns = new int[children.size() + 1];
          long[] coefficients = new long[columns.length];
          columns[0] = table.index(r, i);
          coefficients[0] = 1;
          for (int c = 0; c < children.size(); c++) {
            columns[c + 1] = table.index(children.get(c), i);
            coefficients[c + 1] = -1;
          }
          equations.add(IntVector.of(columns, coefficients));
        }
      }
      for (Relation relation : table.relations()) {
        equations.add(relationRow(table, r, relation));
      }
    }
    return equations;
  }

  private static IntVector relationRow(SuppressionTable table, int region, Relation relation) {
    int[] columns = new int[relation.parts().size() + 1];
    long[] coefficients = new long[columns.length];
    columns[0] = table.index(region, table.indicatorNumber(relation.total()));
    coefficients[0] = 1;
    for (int p = 0; p < relation.parts().size(); p++) {
      columns[p + 1] = table.index(region, table.indicatorNumber(relation.parts().get(p)));
      coefficients[p + 1] = -1;
    }
    return IntVector.of(columns, coefficients);
  }
}
