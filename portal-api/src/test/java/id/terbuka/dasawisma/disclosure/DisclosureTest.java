package id.terbuka.dasawisma.disclosure;

import static id.terbuka.dasawisma.disclosure.Tables.cell;
import static id.terbuka.dasawisma.disclosure.Tables.general;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private static final List<Indicator> INDICATORS =
      List.of(general("total"), general("l"), general("p"));

  /** Kecamatan K.1 with desa a and b; total = l + p. */
  private final SuppressionTable table =
      Tables.table(
          Tables.regions("ab"),
          INDICATORS,
          List.of(Relation.of("total", "l", "p")),
          Map.of("K.1.a", 20, "K.1.b", 20),
          Map.of("K.1.a", new long[] {9, 4, 5}, "K.1.b", new long[] {11, 6, 5}));

  @Test
  void aPartFollowsFromItsTotalAndTheOtherPart() {
    Set<Cell> published = allBut(cell("K.1.a", "l"));
    assertTrue(Disclosure.determined(table, published, cell("K.1.a", "l")));
  }

  @Test
  void aPublishedCellIsDetermined() {
    assertTrue(Disclosure.determined(table, allBut(), cell("K.1.a", "l")));
  }

  @Test
  void aRectangleOfFourWithheldCellsProtectsEachOfThem() {
    Set<Cell> published =
        allBut(cell("K.1.a", "l"), cell("K.1.a", "p"), cell("K.1.b", "l"), cell("K.1.b", "p"));
    assertEquals(Set.of(), Disclosure.determinedCells(table, published));
  }

  @Test
  void threeCornersOfTheRectangleAreRecoveredThroughSeveralRelations() {
    Set<Cell> published = allBut(cell("K.1.a", "l"), cell("K.1.a", "p"), cell("K.1.b", "l"));
    assertEquals(
        Set.of(cell("K.1.a", "l"), cell("K.1.a", "p"), cell("K.1.b", "l")),
        Disclosure.determinedCells(table, published));
  }

  @Test
  void aCellFollowsFromTotalsAtTwoLevelsAndItsRow() {
    // K.1.a/l = K.1/l - K.1.b/l with K.1/l = K/l; K.1.b/l = K.1.b/total - K.1.b/p.
    Set<Cell> published =
        allBut(cell("K.1.a", "l"), cell("K.1", "l"), cell("K.1.b", "l"), cell("K.1.a", "total"));
    assertTrue(Disclosure.determined(table, published, cell("K.1.a", "l")));
    assertTrue(Disclosure.determined(table, published, cell("K.1", "l")));
    assertTrue(Disclosure.determined(table, published, cell("K.1.a", "total")));
  }

  @Test
  void withNothingPublishedNothingIsDetermined() {
    assertEquals(Set.of(), Disclosure.determinedCells(table, Set.of()));
    assertFalse(Disclosure.determined(table, Set.of(), cell("K", "total")));
  }

  private Set<Cell> allBut(Cell... withheld) {
    Set<Cell> published = new HashSet<>(table.cells());
    List.of(withheld).forEach(published::remove);
    return published;
  }
}
