package id.terbuka.dasawisma.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.KriteriaRumah;
import id.terbuka.dasawisma.domain.MakananPokok;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.SumberAir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleHouseholdsTest {
  private static final int TAHUN = 2025;
  private static final Region LUWIHAJI = village("35.22.01.2001");
  private static final Region KEPATIHAN = village("35.22.15.1005");

  @TempDir Path dir;

  private static Region village(String code) {
    return ParsedFile.REGIONS.find(code).orElseThrow();
  }

  /** Households of every tenth desa and kelurahan, 800 planned and entered in each. */
  private static List<Household> spread() {
    List<Household> all = new ArrayList<>();
    List<Region> villages = Villages.of(ParsedFile.REGIONS);
    for (int i = 0; i < villages.size(); i += 10) {
      all.addAll(SampleHouseholds.of(villages.get(i), TAHUN, 800, 7).first(800));
    }
    return all;
  }

  @Test
  void everyHouseholdPassesTheImportAndReadsBackUnchanged() throws IOException {
    List<Household> households = new ArrayList<>(spread());
    households.addAll(SampleHouseholds.of(KEPATIHAN, TAHUN, 900, 3).first(900));

    ParsedFile file = ParsedFile.of(households, TAHUN, dir.resolve("households.csv"));

    assertEquals(0, file.problems().errorCount(), file.firstErrors());
    assertEquals(0, file.problems().warnings().size());
    assertEquals(households, file.households());
  }

  @Test
  void theSameSeedGivesTheSameHouseholdsAndFewerArePrefixOfMore() {
    List<Household> a = SampleHouseholds.of(LUWIHAJI, TAHUN, 500, 1).first(400);
    List<Household> b = SampleHouseholds.of(LUWIHAJI, TAHUN, 500, 1).first(400);
    List<Household> other = SampleHouseholds.of(LUWIHAJI, TAHUN, 500, 2).first(400);
    List<Household> fewer = SampleHouseholds.of(LUWIHAJI, TAHUN, 500, 1).first(37);

    assertEquals(a, b);
    assertNotEquals(a, other);
    assertEquals(a.subList(0, 37), fewer);
  }

  @Test
  void aDesaHasDusunRwRtAndGroupsOfTenToTwentyNumberedWithin() {
    SampleHouseholds sample = SampleHouseholds.of(LUWIHAJI, TAHUN, 600, 5);
    List<Household> all = sample.first(sample.capacity());

    Set<String> dusun = all.stream().map(Household::dusun).collect(Collectors.toSet());
    assertTrue(dusun.size() >= 2 && dusun.size() <= 6, "dusun: " + dusun);
    assertTrue(all.stream().map(Household::rw).distinct().count() >= 2);
    assertTrue(all.stream().allMatch(h -> h.rt() >= 1 && h.rt() <= 5));
    Map<String, List<Household>> groups =
        all.stream().collect(Collectors.groupingBy(h -> h.key().kelompokDasawisma()));
    for (List<Household> group : groups.values()) {
      assertTrue(group.size() >= 10 && group.size() <= 20, "group size " + group.size());
      assertEquals(1, group.stream().map(h -> h.rw() + "/" + h.rt()).distinct().count());
      assertEquals(
          group.stream().map(h -> String.format("%02d", group.indexOf(h) + 1)).toList(),
          group.stream().map(h -> h.key().idKeluarga()).toList());
    }
    assertEquals(all.size(), all.stream().map(Household::key).distinct().count());
  }

  @Test
  void aKelurahanHasNoDusun() {
    List<Household> all = SampleHouseholds.of(KEPATIHAN, TAHUN, 900, 5).first(900);

    assertEquals(Set.of(""), all.stream().map(Household::dusun).collect(Collectors.toSet()));
    assertTrue(all.stream().map(Household::rw).distinct().count() >= 3);
  }

  @Test
  void proportionsArePlausibleForRuralEastJava() {
    List<Household> all = spread();
    List<Members> m = all.stream().map(Household::members).toList();

    double members = m.stream().mapToInt(Members::anggota).average().orElseThrow();
    assertTrue(members > 3.2 && members < 3.8, "members per household " + members);
    assertShare(all, h -> h.members().jumlahKk() >= 2, 0.04, 0.12, "2+ KK");
    assertShare(all, h -> h.members().balitaL() + h.members().balitaP() > 0, 0.12, 0.25, "balita");
    assertShare(all, h -> h.members().ibuHamil() > 0, 0.01, 0.06, "ibu hamil");
    assertShare(all, h -> h.members().lansia() > 0, 0.22, 0.35, "lansia");
    assertShare(all, h -> h.living().sumberAir() == SumberAir.SUMUR, 0.6, 0.9, "sumur");
    assertShare(all, h -> h.living().sumberAir() == SumberAir.PDAM, 0.03, 0.25, "pdam");
    assertShare(all, h -> h.living().sumberAir() == SumberAir.SUNGAI, 0.002, 0.05, "sungai");
    assertShare(all, h -> h.living().makananPokok() == MakananPokok.BERAS, 0.95, 1, "beras");
    assertShare(
        all, h -> h.living().kriteriaRumah() == KriteriaRumah.SEHAT, 0.6, 0.85, "rumah sehat");
    assertShare(all, h -> h.living().tempatSampah(), 0.5, 0.8, "tempat sampah");
    assertShare(all, h -> h.living().spal(), 0.5, 0.8, "spal");
    assertShare(all, h -> h.living().jamban() > 0, 0.85, 0.98, "jamban");
    assertShare(all, h -> h.living().up2k(), 0.05, 0.3, "up2k");
    assertShare(all, h -> h.living().pemanfaatanPekarangan(), 0.15, 0.45, "pekarangan");
    assertShare(all, h -> h.living().industriRumahTangga(), 0.02, 0.15, "industri");
  }

  @Test
  void kelurahanDrinkMorePipedWater() {
    List<Household> town = SampleHouseholds.of(KEPATIHAN, TAHUN, 900, 5).first(900);

    assertShare(town, h -> h.living().sumberAir() == SumberAir.PDAM, 0.35, 0.75, "pdam");
  }

  @Test
  void askingBeyondTheLayoutOrOutsideADesaIsRefused() {
    SampleHouseholds sample = SampleHouseholds.of(LUWIHAJI, TAHUN, 300, 1);

    assertTrue(sample.capacity() >= 300);
    assertThrows(IllegalArgumentException.class, () -> sample.first(sample.capacity() + 1));
    assertThrows(IllegalArgumentException.class, () -> sample.first(-1));
    Region kecamatan = ParsedFile.REGIONS.find("35.22.01").orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> SampleHouseholds.of(kecamatan, 2025, 9, 1));
    assertThrows(IllegalArgumentException.class, () -> SampleHouseholds.of(LUWIHAJI, 2025, 0, 1));
  }

  @Test
  void keysAreTheYearTheDesaTheGroupAndTheNumber() {
    HouseholdKey key = SampleHouseholds.of(LUWIHAJI, 2024, 300, 1).first(1).get(0).key();

    assertEquals(2024, key.tahun());
    assertEquals("35.22.01.2001", key.kodeDesa());
    assertEquals("01", key.idKeluarga());
  }

  private static void assertShare(
      List<Household> all, Predicate<Household> which, double min, double max, String what) {
    double share = all.stream().filter(which).count() / (double) all.size();
    assertTrue(share >= min && share <= max, what + ": " + share);
  }
}
