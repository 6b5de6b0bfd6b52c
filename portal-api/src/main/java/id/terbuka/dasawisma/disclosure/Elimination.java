package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of sparse integer rows, by id, with an index of which rows hold each column, so that a
 * column can be eliminated from every row holding it (one Gauss-Jordan step) without scanning all
 * rows. Both the determination check and the suppressor are built on this one step.
 */
final class Elimination {

  private final Map<Integer, IntVector> rows = new HashMap<>();
  private final Map<Integer, Set<Integer>> rowsWithColumn = new HashMap<>();

  void put(int id, IntVector row) {
    remove(id);
    rows.put(id, row);
    for (int i = 0; i < row.size(); i++) {
      rowsWithColumn.computeIfAbsent(row.column(i), c -> new HashSet<>()).add(id);
    }
  }

  void remove(int id) {
    IntVector old = rows.remove(id);
    if (old == null) {
      return;
    }
    for (int i = 0; i < old.size(); i++) {
      Set<Integer> holders = rowsWithColumn.get(old.column(i));
      holders.remove(id);
      if (holders.isEmpty()) {
        rowsWithColumn.remove(old.column(i));
      }
    }
  }

  IntVector row(int id) {
    return rows.getOrDefault(id, IntVector.EMPTY);
  }

  /** The ids of the rows with a non-zero coefficient in {@code column}. */
  List<Integer> rowsHolding(int column) {
    return new ArrayList<>(rowsWithColumn.getOrDefault(column, Set.of()));
  }

  /** How many rows hold the column: the fill-in a pivot on it would cause. */
  int holders(int column) {
    Set<Integer> holders = rowsWithColumn.get(column);
    return holders == null ? 0 : holders.size();
  }

  /**
   * The column of {@code row} held by the fewest rows (least fill-in); the row must not be empty.
   */
  int sparsestColumn(IntVector row) {
    int best = row.column(0);
    for (int i = 1; i < row.size(); i++) {
      if (holders(row.column(i)) < holders(best)) {
        best = row.column(i);
      }
    }
    return best;
  }

  /** Eliminates {@code column} from every row except {@code pivotId}, using that row. */
  void pivot(int pivotId, int column) {
    IntVector pivot = rows.get(pivotId);
    for (int id : rowsHolding(column)) {
      if (id != pivotId) {
        put(id, rows.get(id).eliminate(column, pivot));
      }
    }
  }
}
