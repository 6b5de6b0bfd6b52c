package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The outcome of suppression: for every cell of the table, its published count or why not. */
public final class Suppressed {

  private final SuppressionTable table;
  private final Reason[] reasons;

  Suppressed(SuppressionTable table, Reason[] reasons) {
    this.table = table;
    this.reasons = reasons.clone();
  }

  public SuppressionTable table() {
    return table;
  }

  /** The published count, or empty when the cell is withheld. */
  public OptionalLong value(Cell cell) {
    int index = table.index(cell);
    return reasons[index] == null ? OptionalLong.of(table.value(index)) : OptionalLong.empty();
  }

  /** Why the cell is withheld, or empty when it is published. */
  public Optional<Reason> reason(Cell cell) {
    return Optional.ofNullable(reasons[table.index(cell)]);
  }

  public boolean published(Cell cell) {
    return reasons[table.index(cell)] == null;
  }

  /** Every published cell, in the table's order. */
  public Set<Cell> publishedCells() {
    Set<Cell> cells = new LinkedHashSet<>();
    for (int c = 0; c < reasons.length; c++) {
      if (reasons[c] == null) {
        cells.add(table.cell(c));
      }
    }
    return Collections.unmodifiableSet(cells);
  }

  /** Every withheld cell with its reason, in the table's order. */
  public Map<Cell, Reason> withheld() {
    Map<Cell, Reason> cells = new LinkedHashMap<>();
    for (int c = 0; c < reasons.length; c++) {
      if (reasons[c] != null) {
        cells.put(table.cell(c), reasons[c]);
      }
    }
    return Collections.unmodifiableMap(cells);
  }

  /** The indicators withheld in one region's row (the JSON's list of withheld fields). */
  public List<String> withheldIndicators(String region) {
    List<String> codes = new ArrayList<>();
    for (Indicator indicator : table.indicators()) {
      if (!published(new Cell(region, indicator.code()))) {
        codes.add(indicator.code());
      }
    }
    return codes;
  }

  /** How many cells are withheld for a reason. */
  public int count(Reason reason) {
    int count = 0;
    for (Reason withheld : reasons) {
      count += withheld == reason ? 1 : 0;
    }
    return count;
  }
}
