package id.terbuka.dasawisma.disclosure;

import static id.terbuka.dasawisma.disclosure.Tables.cell;
import static id.terbuka.dasawisma.disclosure.Tables.general;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SuppressionTableTest {

  private static final List<Indicator> INDICATORS =
      List.of(general("total"), general("l"), general("p"));
  private static final List<Relation> RELATIONS = List.of(Relation.of("total", "l", "p"));

  @Test
  void kecamatanAndKabupatenAreTheSumsOfTheirDesa() {
    SuppressionTable table =
        Tables.table(
            Tables.regions("ab", "c"),
            INDICATORS,
            RELATIONS,
            Map.of("K.1.a", 20, "K.1.b", 5, "K.2.c", 30),
            Map.of(
                "K.1.a", new long[] {9, 4, 5},
                "K.1.b", new long[] {2, 2, 0},
                "K.2.c", new long[] {10, 3, 7}));

    assertEquals(11, table.value(cell("K.1", "total")));
    assertEquals(21, table.value(cell("K", "total")));
    assertEquals(12, table.value(cell("K", "p")));
    assertTrue(table.smallUnit("K.1.b"));
    assertEquals(5, table.households("K.1.b"));
  }

  @Test
  void badInputIsRefusedWithAPreciseMessage() {
    Regions regions = Tables.regions("ab");
    refused(
        "desa K.1.a: total = l + p does not add up (9 against 8)",
        () ->
            builder(regions)
                .households("K.1.a", 20)
                .count("K.1.a", "total", 9)
                .count("K.1.a", "l", 4)
                .count("K.1.a", "p", 4)
                .build());
    refused(
        "desa K.1.b has counts but no households entered",
        () -> builder(regions).count("K.1.b", "l", 1).count("K.1.b", "total", 1).build());
    refused("unknown indicator x", () -> builder(regions).count("K.1.a", "x", 1));
    refused("K.1 is not a desa/kelurahan", () -> builder(regions).households("K.1", 3));
    refused("unknown region K.9.z", () -> builder(regions).households("K.9.z", 3));
    refused("desa K.1.a, l: negative count -1", () -> builder(regions).count("K.1.a", "l", -1));
    refused(
        "relation total = l + q names unknown indicator q",
        () ->
            SuppressionTable.builder(regions, INDICATORS, List.of(Relation.of("total", "l", "q"))));
  }

  @Test
  void relationsThatForceAnIndicatorToZeroAreRefused() {
    List<Relation> contradictory =
        List.of(Relation.of("total", "l", "p"), Relation.of("l", "total", "p"));
    SuppressionTable table =
        SuppressionTable.builder(Tables.regions("a"), INDICATORS, contradictory)
            .households("K.1.a", 20)
            .count("K.1.a", "total", 4)
            .count("K.1.a", "l", 4)
            .build();
    refused("the relations force indicator p to zero", () -> Suppressor.suppress(table));
  }

  @Test
  void regionsMustFormAHierarchy() {
    refused(
        "region K.1.a: parent K.2 is not listed",
        () -> Regions.of(List.of(new Region("K.1.a", "K.2", Level.DESA))));
    refused(
        "region K.1 (DESA) cannot lie in K (KABUPATEN)",
        () ->
            Regions.of(
                List.of(
                    new Region("K", null, Level.KABUPATEN), new Region("K.1", "K", Level.DESA))));
    refused(
        "region K is listed twice",
        () ->
            Regions.of(
                List.of(
                    new Region("K", null, Level.KABUPATEN),
                    new Region("K", null, Level.KABUPATEN))));
  }

  private static SuppressionTable.Builder builder(Regions regions) {
    return SuppressionTable.builder(regions, INDICATORS, RELATIONS);
  }

  private static void refused(String message, Executable action) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, action).getMessage());
  }
}
