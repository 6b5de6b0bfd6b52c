package id.terbuka.contracts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcidsTest {

  @Test
  void ownAndAcceptedPrefixes() {
    Ocids ocids = new Ocids("ocds-abc123", List.of("ocds-afzrfb"));
    assertEquals("ocds-abc123-21334455", ocids.ocid("21334455"));
    assertTrue(ocids.accepts("ocds-abc123-1"));
    assertTrue(ocids.accepts("ocds-afzrfb-9"));
    assertFalse(ocids.accepts("ocds-abc1234-1"));
    assertFalse(ocids.accepts("ocds-zzzzzz-1"));
  }

  @Test
  void prefixesMustBeRegisteredForm() {
    assertThrows(IllegalArgumentException.class, () -> new Ocids("ocds-ABC123", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Ocids("ocds-abc12", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Ocids("ocds-abc123", List.of("afzrfb")));
  }
}
