package id.terbuka.dasawisma.disclosure;

import static id.terbuka.dasawisma.disclosure.Tables.cell;
import static id.terbuka.dasawisma.disclosure.Tables.general;
import static id.terbuka.dasawisma.disclosure.Tables.sensitive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SuppressorTest {

  private static final List<Indicator> UP2K = List.of(general("up2k"));

  @Test
  void aSmallDesaCountThatTheKecamatanTotalWouldRevealGetsTheSmallestComplement() {
    SuppressionTable table =
        Tables.table(
            Tables.regions("abc"),
            UP2K,
            List.of(),
            Map.of("K.1.a", 40, "K.1.b", 40, "K.1.c", 40),
            Map.of("K.1.a", new long[] {2}, "K.1.b", new long[] {7}, "K.1.c", new long[] {20}));

    Suppressed result = Suppressor.suppress(table);

    assertEquals(Optional.of(Reason.PRIMARY), result.reason(cell("K.1.a", "up2k")));
    assertEquals(Optional.of(Reason.SECONDARY), result.reason(cell("K.1.b", "up2k")));
    assertEquals(OptionalLong.of(20), result.value(cell("K.1.c", "up2k")));
    assertEquals(OptionalLong.of(29), result.value(cell("K.1", "up2k")));
    assertEquals(OptionalLong.of(29), result.value(cell("K", "up2k")));
    assertFalse(Disclosure.determined(table, result.publishedCells(), cell("K.1.a", "up2k")));
  }

  @Test
  void aWithheldCategoryTakesAnotherCategoryOfItsRowWithIt() {
    List<Indicator> indicators =
        List.of(general("households"), general("pdam"), general("sumur"), general("sungai"));
    SuppressionTable table =
        Tables.table(
            Tables.regions("ab"),
            indicators,
            List.of(Relation.of("households", "pdam", "sumur", "sungai")),
            Map.of("K.1.a", 40, "K.1.b", 60),
            Map.of(
                "K.1.a", new long[] {40, 30, 8, 2},
                "K.1.b", new long[] {60, 40, 15, 5}));

    Suppressed result = Suppressor.suppress(table);

    assertEquals(Optional.of(Reason.PRIMARY), result.reason(cell("K.1.a", "sungai")));
    assertEquals(Optional.of(Reason.SECONDARY), result.reason(cell("K.1.a", "sumur")));
    assertTrue(result.published(cell("K.1.a", "households")));
    assertTrue(result.published(cell("K.1.a", "pdam")));
    assertEquals(List.of("sumur", "sungai"), result.withheldIndicators("K.1.a"));
    assertEquals(List.of("sumur", "sungai"), result.withheldIndicators("K.1.b"));
    assertEquals(List.of(), result.withheldIndicators("K.1"));
    assertTrue(Disclosure.determinedCells(table, result.publishedCells()).isEmpty());
  }

  @Test
  void zeroIsPublishedAndSoAreHundredPercentProportionsOfCountsFromK() {
    List<Indicator> indicators =
        List.of(general("households"), general("sehat"), general("kurang_sehat"), general("spal"));
    SuppressionTable table =
        Tables.table(
            Tables.regions("ab"),
            indicators,
            List.of(Relation.of("households", "sehat", "kurang_sehat")),
            Map.of("K.1.a", 12, "K.1.b", 30),
            Map.of(
                "K.1.a", new long[] {12, 12, 0, 12},
                "K.1.b", new long[] {30, 20, 10, 0}));

    Suppressed result = Suppressor.suppress(table);

    assertTrue(result.withheld().isEmpty(), () -> result.withheld().toString());
    assertEquals(OptionalLong.of(0), result.value(cell("K.1.a", "kurang_sehat")));
    assertEquals(OptionalLong.of(12), result.value(cell("K.1.a", "spal")));
    assertEquals(OptionalLong.of(0), result.value(cell("K.1.b", "spal")));
  }

  @Test
  void sensitiveCountsNeedFiveAndArePublicOnlyFromKecamatanUp() {
    List<Indicator> indicators = List.of(sensitive("ibu_hamil"), general("up2k"));
    SuppressionTable table =
        Tables.table(
            Tables.regions("ab", "cd"),
            indicators,
            List.of(),
            Map.of("K.1.a", 50, "K.1.b", 50, "K.2.c", 50, "K.2.d", 50),
            Map.of(
                "K.1.a", new long[] {1, 3},
                "K.1.b", new long[] {3, 3},
                "K.2.c", new long[] {2, 4},
                "K.2.d", new long[] {3, 4}));

    Suppressed result = Suppressor.suppress(table);

    assertEquals(Optional.of(Reason.PRIMARY), result.reason(cell("K.1", "ibu_hamil")));
    assertEquals(Optional.of(Reason.LEVEL), result.reason(cell("K.1.a", "ibu_hamil")));
    assertEquals(Optional.of(Reason.SECONDARY), result.reason(cell("K.2", "ibu_hamil")));
    assertEquals(OptionalLong.of(9), result.value(cell("K", "ibu_hamil")));
    assertEquals(OptionalLong.of(3), result.value(cell("K.1.a", "up2k")));
    assertTrue(Disclosure.determinedCells(table, result.publishedCells()).isEmpty());
  }

  @Test
  void aSmallDesaPublishesNoRowButCountsInItsKecamatanAndCannotBeRecovered() {
    List<Indicator> indicators = List.of(general("households"), general("spal"));
    SuppressionTable table =
        Tables.table(
            Tables.regions("abc"),
            indicators,
            List.of(),
            Map.of("K.1.a", 8, "K.1.b", 40, "K.1.c", 50),
            Map.of(
                "K.1.a", new long[] {8, 6},
                "K.1.b", new long[] {40, 30},
                "K.1.c", new long[] {50, 45}));

    Suppressed result = Suppressor.suppress(table);

    assertEquals(List.of("households", "spal"), result.withheldIndicators("K.1.a"));
    assertEquals(Optional.of(Reason.SMALL_UNIT), result.reason(cell("K.1.a", "spal")));
    assertEquals(Optional.of(Reason.SECONDARY), result.reason(cell("K.1.b", "spal")));
    assertEquals(OptionalLong.of(98), result.value(cell("K.1", "households")));
    assertEquals(OptionalLong.of(81), result.value(cell("K.1", "spal")));
    assertTrue(Disclosure.determinedCells(table, result.publishedCells()).isEmpty());
  }

  @Test
  void alwaysPublicHouseholdsArePublishedEvenForASmallDesa() {
    List<Indicator> indicators =
        List.of(
            new Indicator("households", Sensitivity.ALWAYS_PUBLIC),
            general("beras"),
            general("non_beras"));
    SuppressionTable table =
        Tables.table(
            Tables.regions("ab"),
            indicators,
            List.of(Relation.of("households", "beras", "non_beras")),
            Map.of("K.1.a", 2, "K.1.b", 40),
            Map.of("K.1.a", new long[] {2, 2, 0}, "K.1.b", new long[] {40, 35, 5}));

    Suppressed result = Suppressor.suppress(table);

    assertEquals(OptionalLong.of(2), result.value(cell("K.1.a", "households")));
    assertEquals(List.of("beras", "non_beras"), result.withheldIndicators("K.1.a"));
    assertEquals(List.of("beras", "non_beras"), result.withheldIndicators("K.1.b"));
    assertTrue(Disclosure.determinedCells(table, result.publishedCells()).isEmpty());
  }

  @Test
  void aDesaWithoutHouseholdsHasNoCells() {
    SuppressionTable table =
        Tables.table(
            Tables.regions("ab"),
            UP2K,
            List.of(),
            Map.of("K.1.a", 40),
            Map.of("K.1.a", new long[] {12}));

    assertFalse(table.hasCell(cell("K.1.b", "up2k")));
    assertEquals(3, table.cells().size());
    assertTrue(Suppressor.suppress(table).withheld().isEmpty());
  }

  @Test
  void anAlwaysPublicCellThatWouldRevealAWithheldOneIsADesignError() {
    List<Indicator> indicators =
        List.of(new Indicator("households", Sensitivity.ALWAYS_PUBLIC), general("jumlah_krt"));
    SuppressionTable table =
        Tables.table(
            Tables.regions("a"),
            indicators,
            List.of(Relation.of("households", "jumlah_krt")),
            Map.of("K.1.a", 2),
            Map.of("K.1.a", new long[] {2, 2}));

    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Suppressor.suppress(table));
    assertTrue(
        error.getMessage().startsWith("always-public cell K/households reveals withheld cell"),
        error.getMessage());
  }
}
