package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terbuka.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectReferenceTest {
  @Test
  void theIdWinsOverTheName() {
    assertEquals("ds-1", ObjectReference.idOrName(Map.of("id", " ds-1 ", "name", "stunting")));
    assertEquals("stunting", ObjectReference.idOrName(Map.of("id", " ", "name", "stunting")));
  }

  @Test
  void neitherIsReportedOnId() {
    assertEquals(
        Map.of("id", List.of("Missing value")),
        assertThrows(InvalidInputException.class, () -> ObjectReference.idOrName(Map.of()))
            .errors());
  }

  @Test
  void aRequiredReferenceIsReportedOnItsKey() {
    assertEquals("ds-1", ObjectReference.required(Map.of("package_id", "ds-1 "), "package_id"));
    assertEquals(
        Map.of("package_id", List.of("Missing value")),
        assertThrows(
                InvalidInputException.class,
                () -> ObjectReference.required(Map.of("package_id", ""), "package_id"))
            .errors());
  }
}
