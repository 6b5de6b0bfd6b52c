package id.terbuka.dasawisma.aggregate;

import static id.terbuka.dasawisma.aggregate.Households.KABUPATEN;
import static id.terbuka.dasawisma.aggregate.Households.KEPATIHAN;
import static id.terbuka.dasawisma.aggregate.Households.LUWIHAJI;
import static id.terbuka.dasawisma.aggregate.Households.NGRAHO;
import static id.terbuka.dasawisma.aggregate.Households.REGIONS;
import static id.terbuka.dasawisma.aggregate.Households.SUGIHWARAS;
import static id.terbuka.dasawisma.aggregate.Households.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.dasawisma.domain.SumberAir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecapsTest {

  /**
   * Luwihaji: dusun Krajan RW 1 RT 1 two households of group Mawar (one with 3 men and a boy under
   * five, one with well water), RW 1 RT 2 one of Mawar (not a healthy house), RW 2 RT 1 one of
   * Melati; dusun Kidul RW 3 RT 1 one of Anggrek. Sugihwaras: Krajan RW 1 RT 1 two of Mawar (a
   * group of the same name in another desa). Kelurahan Kepatihan: no dusun, RW 1 RT 1 one of
   * Dahlia.
   */
  private static final List<Household> HOUSEHOLDS =
      List.of(
          in(LUWIHAJI).members(3, 2).balitaL(1).build(),
          in(LUWIHAJI).water(SumberAir.SUMUR).build(),
          in(LUWIHAJI).at("Krajan", 1, 2).kurangSehat().build(),
          in(LUWIHAJI).at("Krajan", 2, 1).group("Melati").build(),
          in(LUWIHAJI).at("Kidul", 3, 1).group("Anggrek").up2k().build(),
          in(SUGIHWARAS).build(),
          in(SUGIHWARAS).nonBeras().build(),
          in(KEPATIHAN).at("", 1, 1).group("Dahlia").jamban(2).build());

  @Test
  void rtRowsNestInRwDusunAndDesaAndAreSortedByThem() {
    List<RecapRow> rows = Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.RT);

    assertEquals(
        List.of(
            "35.22.01.2001 Kidul 3 1 = 1",
            "35.22.01.2001 Krajan 1 1 = 2",
            "35.22.01.2001 Krajan 1 2 = 1",
            "35.22.01.2001 Krajan 2 1 = 1",
            "35.22.01.2002 Krajan 1 1 = 2",
            "35.22.15.1001  1 1 = 1"),
        describe(
            rows,
            r ->
                r.get("kode_desa") + " " + r.get("dusun") + " " + r.get("rw") + " " + r.get("rt")));
    assertEquals(
        Map.of(
            "kode_kecamatan",
            NGRAHO,
            "nama_kecamatan",
            "Ngraho",
            "kode_desa",
            LUWIHAJI,
            "nama_desa",
            "Luwihaji",
            "dusun",
            "Kidul",
            "rw",
            3,
            "rt",
            1),
        rows.get(0).group());
    assertEquals(
        List.of("kode_kecamatan", "nama_kecamatan", "kode_desa", "nama_desa", "dusun", "rw", "rt"),
        List.copyOf(rows.get(0).group().keySet()));
  }

  @Test
  void eachLevelGroupsWhatItShould() {
    assertEquals(
        List.of("Kidul 3 = 1", "Krajan 1 = 3", "Krajan 2 = 1", "Krajan 1 = 2", " 1 = 1"),
        describe(
            Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.RW),
            r -> r.get("dusun") + " " + r.get("rw")));
    assertEquals(
        List.of(
            "Luwihaji Kidul = 1", "Luwihaji Krajan = 4", "Sugihwaras Krajan = 2", "Kepatihan  = 1"),
        describe(
            Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.DUSUN),
            r -> r.get("nama_desa") + " " + r.get("dusun")));
    assertEquals(
        List.of("Luwihaji = 5", "Sugihwaras = 2", "Kepatihan = 1"),
        describe(
            Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.DESA),
            r -> String.valueOf(r.get("nama_desa"))));
    assertEquals(
        List.of("Ngraho = 7", "Bojonegoro = 1"),
        describe(
            Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.KECAMATAN),
            r -> String.valueOf(r.get("nama_kecamatan"))));
    assertEquals(
        List.of("Kabupaten Bojonegoro = 8"),
        describe(
            Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.KABUPATEN),
            r -> String.valueOf(r.get("nama_kabupaten"))));
  }

  @Test
  void aDasaWismaGroupIsIdentifiedWithinItsDesaAcrossRt() {
    List<RecapRow> rows = Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.DASAWISMA);

    assertEquals(
        List.of(
            "Luwihaji Anggrek = 1",
            "Luwihaji Mawar = 3",
            "Luwihaji Melati = 1",
            "Sugihwaras Mawar = 2",
            "Kepatihan Dahlia = 1"),
        describe(rows, r -> r.get("nama_desa") + " " + r.get("kelompok_dasawisma")));
    assertEquals(
        List.of("kode_kecamatan", "nama_kecamatan", "kode_desa", "nama_desa", "kelompok_dasawisma"),
        List.copyOf(rows.get(0).group().keySet()));
  }

  @Test
  void countsAreTheRawSumsOfEveryIndicator() {
    RecapRow mawar = Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.DASAWISMA).get(1);
    // the three Mawar households of Luwihaji, counted by hand
    assertEquals(3, mawar.households());
    assertEquals(3, mawar.counts().get("jumlah_kk"));
    assertEquals(7, mawar.counts().get("anggota_l"));
    assertEquals(13, mawar.counts().get("anggota"));
    assertEquals(1, mawar.counts().get("balita_l"));
    assertEquals(2, mawar.counts().get("rumah_sehat"));
    assertEquals(1, mawar.counts().get("rumah_kurang_sehat"));
    assertEquals(2, mawar.counts().get("sumber_air_pdam"));
    assertEquals(1, mawar.counts().get("sumber_air_sumur"));
    assertEquals(0, mawar.counts().get("up2k"));

    RecapRow regency = Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.KABUPATEN).get(0);
    assertEquals(
        Map.of("kode_kabupaten", KABUPATEN, "nama_kabupaten", "Kabupaten Bojonegoro"),
        regency.group());
    assertEquals(1, regency.counts().get("up2k"));
    assertEquals(1, regency.counts().get("makanan_pokok_non_beras"));
    assertEquals(9, regency.counts().get("jamban"));
    assertEquals(
        Indicators.ALL.stream().map(Indicator::code).toList(),
        List.copyOf(regency.counts().keySet()));
    for (Indicator indicator : Indicators.ALL) {
      assertEquals(
          indicator.count(HOUSEHOLDS), regency.counts().get(indicator.code()), indicator.code());
    }
  }

  @Test
  void everyLevelAddsUpToTheRegencyAndHidesNothing() {
    for (RecapLevel level : RecapLevel.values()) {
      long total = 0;
      for (RecapRow row : Recaps.of(REGIONS, HOUSEHOLDS, level)) {
        total += row.counts().get("balita_l");
        assertTrue(row.households() > 0, level + " has a row without households");
      }
      assertEquals(1, total, level.code());
    }
  }

  @Test
  void theDictIsGroupFieldsThenFlatIndicatorColumns() {
    RecapRow row = Recaps.of(REGIONS, HOUSEHOLDS, RecapLevel.DESA).get(0);
    List<String> expected =
        new ArrayList<>(List.of("kode_kecamatan", "nama_kecamatan", "kode_desa", "nama_desa"));
    Indicators.ALL.forEach(i -> expected.add(i.code()));
    assertEquals(expected, List.copyOf(row.toDict().keySet()));
    assertEquals(5L, row.toDict().get("rumah_tangga"));
  }

  @Test
  void aHouseholdOutsideTheRegencyIsRefused() {
    List<Household> outside = List.of(in("35.21.01.2001").build());
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> Recaps.of(REGIONS, outside, RecapLevel.RT));
    assertTrue(error.getMessage().contains("35.21.01.2001"), error.getMessage());
  }

  @Test
  void noHouseholdsNoRows() {
    assertEquals(List.of(), Recaps.of(REGIONS, List.of(), RecapLevel.KABUPATEN));
  }

  @Test
  void levelsParseTheirCodesIgnoringCase() {
    assertEquals(Optional.of(RecapLevel.DASAWISMA), RecapLevel.parse(" Dasawisma "));
    assertEquals(Optional.of(RecapLevel.RT), RecapLevel.parse("RT"));
    assertEquals(Optional.of(RecapLevel.KABUPATEN), RecapLevel.parse("kabupaten"));
    assertEquals(Optional.empty(), RecapLevel.parse("provinsi"));
    assertEquals(Optional.empty(), RecapLevel.parse(null));
    assertEquals(
        List.of("dasawisma", "rt", "rw", "dusun", "desa", "kecamatan", "kabupaten"),
        List.of(RecapLevel.values()).stream().map(RecapLevel::code).toList());
  }

  private static List<String> describe(
      List<RecapRow> rows, Function<Map<String, Object>, String> group) {
    return rows.stream().map(r -> group.apply(r.group()) + " = " + r.households()).toList();
  }
}
