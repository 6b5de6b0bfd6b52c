package id.terbuka.dasawisma.aggregate;

import static id.terbuka.dasawisma.aggregate.Households.BANDUNGREJO;
import static id.terbuka.dasawisma.aggregate.Households.BOJONEGORO;
import static id.terbuka.dasawisma.aggregate.Households.KABUPATEN;
import static id.terbuka.dasawisma.aggregate.Households.KEPATIHAN;
import static id.terbuka.dasawisma.aggregate.Households.LUWIHAJI;
import static id.terbuka.dasawisma.aggregate.Households.NGRAHO;
import static id.terbuka.dasawisma.aggregate.Households.REGIONS;
import static id.terbuka.dasawisma.aggregate.Households.SUGIHWARAS;
import static id.terbuka.dasawisma.aggregate.Households.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.disclosure.Cell;
import id.terbuka.dasawisma.disclosure.Disclosure;
import id.terbuka.dasawisma.disclosure.Reason;
import id.terbuka.dasawisma.disclosure.Suppressed;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.dasawisma.domain.Sensitivity;
import id.terbuka.dasawisma.domain.SumberAir;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicTablesTest {

  /**
   * Luwihaji 40 households, 2 in UP2K and 1 pregnant woman; Sugihwaras 40, 10 in UP2K; Bandungrejo
   * 5 (a small desa), 1 in UP2K; Kepatihan 30, all healthy houses, none in UP2K, 2 drinking river
   * water; Kadipaten none.
   */
  private static final List<Household> HOUSEHOLDS = new ArrayList<>();

  static {
    HOUSEHOLDS.addAll(in(LUWIHAJI).up2k().times(2));
    HOUSEHOLDS.add(in(LUWIHAJI).ibuHamil(1).build());
    HOUSEHOLDS.addAll(in(LUWIHAJI).kurangSehat().times(10));
    HOUSEHOLDS.addAll(in(LUWIHAJI).times(27));
    HOUSEHOLDS.addAll(in(SUGIHWARAS).up2k().times(10));
    HOUSEHOLDS.addAll(in(SUGIHWARAS).kurangSehat().water(SumberAir.SUMUR).times(30));
    HOUSEHOLDS.add(in(BANDUNGREJO).up2k().build());
    HOUSEHOLDS.addAll(in(BANDUNGREJO).times(4));
    HOUSEHOLDS.addAll(in(KEPATIHAN).times(28));
    HOUSEHOLDS.addAll(in(KEPATIHAN).water(SumberAir.SUNGAI).times(2));
  }

  private static final PublicTables TABLES = PublicTables.compute(REGIONS, HOUSEHOLDS);

  @Test
  void aSmallDesaHasNoRowButCountsInItsKecamatan() {
    assertEquals(
        List.of(LUWIHAJI, SUGIHWARAS, KEPATIHAN),
        TABLES.rows(PublicLevel.DESA).stream().map(PublishedRow::kode).toList());
    PublishedRow ngraho = row(PublicLevel.KECAMATAN, NGRAHO);
    assertEquals(85, ngraho.rumahTangga());
    assertEquals(13L, ngraho.values().get("up2k"));
    assertEquals(1, TABLES.summary().smallDesa());
  }

  @Test
  void aKecamatanWithoutHouseholdsHasNoRowRatherThanZeros() {
    PublicTables onlyNgraho = PublicTables.compute(REGIONS, in(LUWIHAJI).times(12));
    assertEquals(
        List.of(NGRAHO),
        onlyNgraho.rows(PublicLevel.KECAMATAN).stream().map(PublishedRow::kode).toList());
  }

  @Test
  void rowsCarryTheirRegionAndParent() {
    PublishedRow kepatihan = row(PublicLevel.DESA, KEPATIHAN);
    assertEquals("Kepatihan", kepatihan.nama());
    assertEquals("kelurahan", kepatihan.level());
    assertEquals(BOJONEGORO, kepatihan.kodeInduk());
    assertEquals("desa", row(PublicLevel.DESA, LUWIHAJI).level());
    PublishedRow regency = row(PublicLevel.KABUPATEN, KABUPATEN);
    assertEquals("35", regency.kodeInduk());
    assertEquals(115, regency.rumahTangga());
    assertEquals(
        List.of(NGRAHO, BOJONEGORO),
        TABLES.rows(PublicLevel.KECAMATAN).stream().map(PublishedRow::kode).toList());
  }

  @Test
  void theDesaTableHasGeneralIndicatorsOnlyAndTheOthersHaveAll() {
    List<String> general =
        Indicators.ALL.stream()
            .filter(i -> i.sensitivity() == Sensitivity.GENERAL)
            .map(Indicator::code)
            .filter(c -> !c.equals("rumah_tangga"))
            .toList();
    List<String> all =
        Indicators.ALL.stream()
            .map(Indicator::code)
            .filter(c -> !c.equals("rumah_tangga"))
            .toList();
    assertEquals(general, PublicTables.columns(PublicLevel.DESA));
    assertFalse(general.contains("ibu_hamil"));
    assertFalse(general.contains("stiker_p4k"));
    assertEquals(all, PublicTables.columns(PublicLevel.KECAMATAN));
    assertEquals(all, PublicTables.columns(PublicLevel.KABUPATEN));
    for (PublicLevel level : PublicLevel.values()) {
      for (PublishedRow row : TABLES.rows(level)) {
        assertEquals(PublicTables.columns(level), List.copyOf(row.values().keySet()));
      }
    }
  }

  @Test
  void aSmallCountIsNullAndListedAndZeroIsPublished() {
    PublishedRow luwihaji = row(PublicLevel.DESA, LUWIHAJI);
    assertNull(luwihaji.values().get("up2k"));
    assertTrue(luwihaji.withheld().contains("up2k"));
    assertEquals(Reason.PRIMARY, TABLES.suppressed().reason(cell(LUWIHAJI, "up2k")).orElseThrow());

    PublishedRow kepatihan = row(PublicLevel.DESA, KEPATIHAN);
    assertEquals(0L, kepatihan.values().get("up2k"));
    assertEquals(30L, kepatihan.values().get("rumah_sehat"));
    assertEquals(
        0L, kepatihan.values().get("rumah_kurang_sehat"), "a 100 % proportion is published");
    assertTrue(TABLES.summary().withheld(Reason.PRIMARY) >= 1);
  }

  @Test
  void aSmallCategoryTakesAnotherCategoryWithItSinceHouseholdsArePublic() {
    // 30 households = 28 PDAM + 2 river: with the households always public, publishing the three
    // other water sources would give the river's 2 away
    PublishedRow kepatihan = row(PublicLevel.DESA, KEPATIHAN);
    assertEquals(30, kepatihan.rumahTangga());
    List<String> water =
        kepatihan.withheld().stream().filter(c -> c.startsWith("sumber_air_")).toList();
    assertEquals(2, water.size(), water.toString());
    assertTrue(water.contains("sumber_air_sungai"));
    String complement = water.get(water.get(0).equals("sumber_air_sungai") ? 1 : 0);
    assertEquals(
        Reason.SECONDARY, TABLES.suppressed().reason(cell(KEPATIHAN, complement)).orElseThrow());
    assertTrue(TABLES.summary().withheld(Reason.SECONDARY) >= 1);
  }

  @Test
  void theFixtureKeepsEveryRule() {
    assertKeepsTheRule(TABLES);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void randomSnapshotsKeepEveryRule(long seed) {
    assertKeepsTheRule(PublicTables.compute(REGIONS, random(new Random(seed))));
  }

  @Test
  void aHouseholdOutsideTheRegencyIsRefused() {
    List<Household> outside = List.of(in("35.21.01.2001").build());
    assertThrows(IllegalArgumentException.class, () -> PublicTables.compute(REGIONS, outside));
  }

  @Test
  void levelsParseTheirCodes() {
    assertEquals(PublicLevel.KECAMATAN, PublicLevel.parse("Kecamatan").orElseThrow());
    assertTrue(PublicLevel.parse("rt").isEmpty());
  }

  /**
   * Every published cell is 0 or at least its k; every null is listed in withheld, in column order,
   * and nothing else is; rumah_tangga is always there; no desa row below 10 households; and no
   * withheld cell follows from the published ones.
   */
  static void assertKeepsTheRule(PublicTables tables) {
    for (PublicLevel level : PublicLevel.values()) {
      for (PublishedRow row : tables.rows(level)) {
        List<String> nulls = new ArrayList<>();
        row.values()
            .forEach(
                (code, value) -> {
                  if (value == null) {
                    nulls.add(code);
                  } else {
                    int k = Indicators.find(code).orElseThrow().sensitivity().minimumCount();
                    assertFalse(value >= 1 && value < k, row.kode() + "/" + code + " = " + value);
                  }
                });
        assertEquals(nulls, row.withheld(), row.kode());
        if (level == PublicLevel.DESA) {
          assertTrue(row.rumahTangga() >= 10, row.kode());
        }
      }
    }
    Suppressed suppressed = tables.suppressed();
    assertEquals(
        Set.of(), Disclosure.determinedCells(suppressed.table(), suppressed.publishedCells()));
  }

  /** 300 households spread unevenly over the five villages, with rare attributes. */
  private static List<Household> random(Random random) {
    String[] villages = {LUWIHAJI, SUGIHWARAS, BANDUNGREJO, KEPATIHAN, Households.KADIPATEN};
    int[] weights = {40, 30, 3, 25, 2};
    List<Household> households = new ArrayList<>();
    IntStream.range(0, 300)
        .forEach(
            n -> {
              int pick = random.nextInt(100);
              int v = 0;
              while (pick >= weights[v]) {
                pick -= weights[v++];
              }
              Households h =
                  in(villages[v])
                      .members(random.nextInt(4), 1 + random.nextInt(4))
                      .balitaL(random.nextInt(10) == 0 ? 1 : 0)
                      .ibuHamil(random.nextInt(30) == 0 ? 1 : 0)
                      .water(SumberAir.values()[random.nextInt(10) < 7 ? 0 : random.nextInt(4)])
                      .jamban(random.nextInt(3));
              if (random.nextInt(10) < 3) {
                h.kurangSehat();
              }
              if (random.nextInt(20) == 0) {
                h.nonBeras();
              }
              if (random.nextInt(15) == 0) {
                h.up2k();
              }
              households.add(h.build());
            });
    return households;
  }

  private static Cell cell(String region, String indicator) {
    return new Cell(region, indicator);
  }

  private static PublishedRow row(PublicLevel level, String kode) {
    return TABLES.rows(level).stream().filter(r -> r.kode().equals(kode)).findFirst().orElseThrow();
  }
}
