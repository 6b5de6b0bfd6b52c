package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

  private static List<String> codes(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::code).toList();
  }

  @Test
  void codesAreUniqueAndTheirVariablesAreColumnsOfTheFormat() {
    List<String> codes = codes(Indicators.all());
    assertEquals(codes.size(), new HashSet<>(codes).size());
    assertEquals(31, codes.size());
    for (Indicator i : Indicators.all()) {
      assertFalse(i.variables().isEmpty(), i.code());
      assertTrue(HouseholdColumns.names().containsAll(i.variables()), i.code());
    }
  }

  @Test
  void theSensitiveIndicatorsAreTheIssuesPlusTheP4kSticker() {
    assertEquals(
        List.of(
            "balita_l",
            "balita_p",
            "ibu_hamil",
            "ibu_menyusui",
            "buta_huruf_l",
            "buta_huruf_p",
            "berkebutuhan_khusus",
            "stiker_p4k"),
        codes(
            Indicators.all().stream()
                .filter(i -> i.sensitivity() == Sensitivity.SENSITIVE)
                .toList()));
  }

  @Test
  void sensitiveIndicatorsArePublicAtKecamatanOnlyWithAHigherThreshold() {
    assertEquals(3, Sensitivity.GENERAL.minimumCount());
    assertEquals(5, Sensitivity.SENSITIVE.minimumCount());
    List<String> desa = codes(Indicators.publicAt(RegionLevel.DESA));
    assertEquals(desa, codes(Indicators.publicAt(RegionLevel.KELURAHAN)));
    assertFalse(desa.contains("ibu_hamil"));
    assertTrue(desa.contains("rumah_tangga"));
    assertEquals(Indicators.all(), Indicators.publicAt(RegionLevel.KECAMATAN));
    assertEquals(Indicators.all(), Indicators.publicAt(RegionLevel.KABUPATEN));
    Indicator hamil = Indicators.find("ibu_hamil").orElseThrow();
    assertEquals(List.of("kecamatan", "kabupaten"), hamil.levels());
    assertEquals(
        List.of("desa", "kecamatan", "kabupaten"),
        Indicators.find("anggota").orElseThrow().levels());
  }

  @Test
  void everyIndicatorHasItsMetadataInBothLanguages() {
    for (String language : List.of("id", "en")) {
      for (Indicator i : Indicators.all()) {
        Map<String, Object> m = i.metadata(language);
        assertEquals(
            List.of(
                "code",
                "name",
                "definition",
                "method",
                "unit",
                "classification",
                "building_variables",
                "levels",
                "minimum_count",
                "producing_activity",
                "producer"),
            List.copyOf(m.keySet()));
        m.values().forEach(v -> assertFalse(String.valueOf(v).isBlank(), i.code()));
      }
    }
    Indicator lansia = Indicators.find("lansia").orElseThrow();
    assertEquals("Lanjut usia", lansia.name("id"));
    assertEquals("Elderly members", lansia.name("en"));
    assertEquals("jiwa", lansia.unitName("xx"));
    assertEquals("persons", lansia.unitName("en"));
  }

  @Test
  void theExampleHouseholdCounts() {
    List<Household> one = List.of(HouseholdRows.example().parsed());
    assertEquals(1, count("rumah_tangga", one));
    assertEquals(4, count("anggota", one));
    assertEquals(1, count("balita_l", one));
    assertEquals(1, count("rumah_sehat", one));
    assertEquals(0, count("rumah_kurang_sehat", one));
    assertEquals(1, count("sumber_air_sumur", one));
    assertEquals(0, count("sumber_air_pdam", one));
    assertEquals(1, count("jamban", one));
    assertEquals(0, count("stiker_p4k", one));
    assertEquals(1, count("kesehatan_lingkungan", one));
  }

  private static long count(String code, List<Household> households) {
    return Indicators.find(code).orElseThrow().count(households);
  }

  @Test
  void theRelationsAreTheIssues() {
    assertEquals(
        List.of(
            new AdditiveRelation("anggota", List.of("anggota_l", "anggota_p")),
            new AdditiveRelation("rumah_tangga", List.of("rumah_sehat", "rumah_kurang_sehat")),
            new AdditiveRelation(
                "rumah_tangga",
                List.of(
                    "sumber_air_pdam",
                    "sumber_air_sumur",
                    "sumber_air_sungai",
                    "sumber_air_lainnya")),
            new AdditiveRelation(
                "rumah_tangga", List.of("makanan_pokok_beras", "makanan_pokok_non_beras"))),
        Indicators.relations());
  }

  /** Seeded random households: every relation holds exactly on the counts. */
  @Test
  void theRelationsHoldOnAnyHouseholds() {
    Random random = new Random(12);
    for (int round = 0; round < 50; round++) {
      List<Household> households = new ArrayList<>();
      int size = random.nextInt(40);
      for (int n = 0; n < size; n++) {
        households.add(random(random, n));
      }
      for (AdditiveRelation r : Indicators.relations()) {
        long parts = r.parts().stream().mapToLong(p -> count(p, households)).sum();
        assertEquals(count(r.total(), households), parts, r.toString());
      }
    }
  }

  @Test
  void relationsNameKnownIndicatorsAndNeedTwoParts() {
    Set<String> known = new HashSet<>(codes(Indicators.all()));
    for (AdditiveRelation r : Indicators.relations()) {
      assertTrue(known.contains(r.total()), r.total());
      assertTrue(known.containsAll(r.parts()), r.toString());
    }
    assertThrowsIllegal(() -> new AdditiveRelation("anggota", List.of("anggota_l")));
  }

  private static void assertThrowsIllegal(Runnable r) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
  }

  private static Household random(Random r, int n) {
    int l = r.nextInt(6);
    int p = 1 + r.nextInt(6);
    Members members =
        new Members(1, l, p, r.nextInt(l + 1), r.nextInt(p + 1), 0, 0, 0, 0, 0, 0, 0, 0);
    Living living =
        new Living(
            KriteriaRumah.values()[r.nextInt(2)],
            r.nextBoolean(),
            r.nextBoolean(),
            r.nextInt(3),
            SumberAir.values()[r.nextInt(4)],
            r.nextBoolean(),
            MakananPokok.values()[r.nextInt(2)],
            r.nextBoolean(),
            r.nextBoolean(),
            r.nextBoolean(),
            r.nextBoolean());
    HouseholdKey key = new HouseholdKey(2025, "35.22.01.2001", "Melati 3", String.valueOf(n));
    return new Household(key, "Krajan", 1, 1, members, living);
  }
}
