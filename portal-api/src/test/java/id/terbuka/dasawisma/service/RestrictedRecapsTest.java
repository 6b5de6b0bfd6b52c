package id.terbuka.dasawisma.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.aggregate.RecapLevel;
import id.terbuka.dasawisma.domain.RegionLevel;
import org.junit.jupiter.api.Test;

class RestrictedRecapsTest {
  @Test
  void aRecapGoesDownFromItsAreasLevel() {
    assertTrue(RestrictedRecaps.within(RecapLevel.KABUPATEN, RegionLevel.KABUPATEN));
    assertTrue(RestrictedRecaps.within(RecapLevel.KECAMATAN, RegionLevel.KECAMATAN));
    assertTrue(RestrictedRecaps.within(RecapLevel.RT, RegionLevel.KECAMATAN));
    assertFalse(RestrictedRecaps.within(RecapLevel.KABUPATEN, RegionLevel.KECAMATAN));
    assertTrue(RestrictedRecaps.within(RecapLevel.DESA, RegionLevel.KELURAHAN));
    assertFalse(RestrictedRecaps.within(RecapLevel.KECAMATAN, RegionLevel.DESA));
  }
}
