package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionsTest {
  private final Regions regions = HouseholdRows.REGIONS;

  @Test
  void desaAndKelurahanAreVillages() {
    assertTrue(regions.isVillage("35.22.01.2001"));
    assertTrue(regions.isVillage("35.22.15.1001"));
    assertFalse(regions.isVillage("35.22.01"));
    assertFalse(regions.isVillage("35.22"));
    assertFalse(regions.isVillage("35.22.01.2999"));
  }

  @Test
  void regionsOfAnotherRegencyAreLeftOut() {
    assertFalse(regions.isVillage("35.21.01.2001"));
    assertEquals(Optional.empty(), regions.find("35.21.01"));
  }

  @Test
  void aVillageLiesInItsKecamatan() {
    assertEquals("Bojonegoro", regions.kecamatanOf("35.22.15.1001").orElseThrow().name());
    assertEquals(Optional.empty(), regions.kecamatanOf("35.22.01"));
    assertEquals(
        List.of("35.22.01.2001", "35.22.01.2002"),
        regions.children("35.22.01").stream().map(Region::code).toList());
    assertEquals(
        List.of("35.22.01", "35.22.15"),
        regions.children("35.22").stream().map(Region::code).toList());
    assertEquals("Kabupaten Bojonegoro", regions.regency().name());
  }

  @Test
  void aDesaHungDirectlyUnderTheKabupatenIsLeftOut() {
    List<Region> rows = new ArrayList<>(HouseholdRows.ROWS);
    rows.add(new Region("35.22.99.2001", "Salah", RegionLevel.DESA, "35.22"));
    assertFalse(Regions.of(rows).isVillage("35.22.99.2001"));
  }

  @Test
  void exactlyOneKabupatenIsNeeded() {
    List<Region> two = new ArrayList<>(HouseholdRows.ROWS);
    two.add(new Region("35.21", "Kabupaten Ngawi", RegionLevel.KABUPATEN, "35"));
    assertThrows(IllegalArgumentException.class, () -> Regions.of(two));
    assertThrows(IllegalArgumentException.class, () -> Regions.of(List.of()));
  }

  @Test
  void levelsReadTheirStoredNames() {
    assertEquals(Optional.of(RegionLevel.KELURAHAN), RegionLevel.of("kelurahan"));
    assertEquals(Optional.empty(), RegionLevel.of("provinsi"));
  }
}
