package id.terbuka.harvest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalNamesTest {
  @Test
  void makesRemoteNamesSafe() {
    assertEquals("penduduk-kecamatan", LocalNames.safe("Penduduk Kecamatan"));
    assertEquals("sekolah-dasar", LocalNames.safe("Sekolah--Dasar!!"));
    assertEquals("kecamatan-kapas", LocalNames.safe("kécamatan_kapas".replace('_', ' ')));
    assertEquals("dataset-new", LocalNames.safe("new"));
    assertEquals("dataset-x", LocalNames.safe("x"));
    assertEquals("dataset", LocalNames.safe("!!!"));
    String longName = LocalNames.safe("a".repeat(300));
    assertEquals(100, longName.length());
  }

  @Test
  void numbersCollisions() {
    Set<String> taken = Set.of("data", "data-2");
    assertEquals("data-3", LocalNames.free("data", taken::contains));
    assertEquals("other", LocalNames.free("other", taken::contains));
    String base = "b".repeat(100);
    String freed = LocalNames.free(base, n -> n.equals(base));
    assertTrue(freed.endsWith("-2") && freed.length() == 100, freed);
    assertThrows(HarvestException.class, () -> LocalNames.free("x1", n -> true));
  }
}
