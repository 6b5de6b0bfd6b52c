package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleGrantsTest {
  private static final String DESA = "35.22.01.2001";
  private static final String OTHER_DESA = "35.22.02.2001";

  private static RoleGrants of(RoleGrant... grants) {
    return new RoleGrants(List.of(grants));
  }

  @Test
  void aCadreEntersHerOwnDesaOnlyAndReadsNoRecap() {
    RoleGrants cadre = of(new RoleGrant(PkkRole.KADER, DESA));
    assertTrue(cadre.mayEnter(DESA));
    assertFalse(cadre.mayEnter(OTHER_DESA));
    assertFalse(cadre.mayEnter("35.22.01"), "a kecamatan is not a desa");
    assertFalse(cadre.mayRecap(DESA), "recaps are for the TP PKK");
    assertEquals(Set.of(DESA), cadre.enterableDesa());
    assertEquals(Optional.empty(), cadre.onlyRecapArea());
    assertFalse(cadre.mayAssignRoles());
  }

  @Test
  void aTpPkkReadsRecapsOfItsAreaAndBelowOnly() {
    RoleGrants kecamatan = of(new RoleGrant(PkkRole.TP_PKK_KECAMATAN, "35.22.01"));
    assertTrue(kecamatan.mayRecap("35.22.01"));
    assertTrue(kecamatan.mayRecap(DESA));
    assertFalse(kecamatan.mayRecap(OTHER_DESA));
    assertFalse(kecamatan.mayRecap("35.22"), "not above its level");
    assertFalse(kecamatan.mayRecap("35.22.010"), "a code that only starts alike is elsewhere");
    assertFalse(kecamatan.mayEnter(DESA), "entering is the cadre's");
    assertEquals(Optional.of("35.22.01"), kecamatan.onlyRecapArea());
    assertFalse(kecamatan.mayAssignRoles());

    RoleGrants kabupaten = of(new RoleGrant(PkkRole.TP_PKK_KABUPATEN, "35.22"));
    assertTrue(kabupaten.mayRecap(OTHER_DESA));
    assertTrue(kabupaten.mayAssignRoles());
  }

  @Test
  void severalAreasHaveNoDefault() {
    RoleGrants two =
        of(
            new RoleGrant(PkkRole.TP_PKK_DESA, DESA),
            new RoleGrant(PkkRole.TP_PKK_DESA, OTHER_DESA));
    assertEquals(Optional.empty(), two.onlyRecapArea());
    assertTrue(RoleGrants.none().isEmpty());
  }

  @Test
  void rolesAreHeldOverRegionsOfTheirLevel() {
    assertTrue(PkkRole.KADER.heldOver(RegionLevel.DESA));
    assertTrue(PkkRole.KADER.heldOver(RegionLevel.KELURAHAN));
    assertFalse(PkkRole.KADER.heldOver(RegionLevel.KECAMATAN));
    assertTrue(PkkRole.TP_PKK_KECAMATAN.heldOver(RegionLevel.KECAMATAN));
    assertFalse(PkkRole.TP_PKK_KABUPATEN.heldOver(RegionLevel.KECAMATAN));
    assertEquals(Optional.of(PkkRole.TP_PKK_DESA), PkkRole.parse(" TP_PKK_Desa "));
    assertEquals(Optional.empty(), PkkRole.parse("ketua"));
    assertEquals(Optional.empty(), PkkRole.parse(null));
  }

  @Test
  void aCadreOfManyDesaEntersEachOfThemAndNoOther() {
    List<RoleGrant> many = new ArrayList<>();
    for (int d = 1; d <= 430; d++) {
      many.add(
          new RoleGrant(PkkRole.KADER, String.format("35.22.%02d.%04d", d % 28 + 1, 2000 + d)));
    }
    many.add(new RoleGrant(PkkRole.TP_PKK_DESA, "35.22.01.2999"));
    RoleGrants grants = new RoleGrants(many);
    for (RoleGrant g : many.subList(0, 430)) {
      assertTrue(grants.mayEnter(g.regionCode()), g.regionCode());
    }
    assertFalse(grants.mayEnter("35.22.01.2999"), "a TP PKK of a desa reads it, does not enter");
    assertFalse(grants.mayEnter("35.22.01.2998"));
  }
}
