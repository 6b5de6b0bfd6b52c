package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubActivityCodeTest {

  @Test
  void namesItsProgrammeAndActivity() {
    SubActivityCode code = SubActivityCode.parse(" 1.02.02.2.01.0002 ").value();
    assertEquals("1.02.02.2.01.0002", code.code());
    assertEquals("1", code.urusan());
    assertEquals("1.02", code.bidangUrusan());
    assertEquals("1.02.02", code.program());
    assertEquals("1.02.02.2.01", code.kegiatan());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.02.02.2.01",
        "1.2.02.2.01.0002",
        "1.02.2.2.01.0002",
        "1.02.02.02.01.0002",
        "1.02.02.2.1.0002",
        "1.02.02.2.01.002",
        "1.02.02.2.01.0002.1",
        "X.XX.01.2.01.0001",
        "1-02-02-2-01-0002"
      })
  void refusesOtherShapes(String text) {
    assertEquals(
        Parsed.failed(BudgetProblem.MALFORMED_SUB_ACTIVITY_CODE), SubActivityCode.parse(text));
    assertThrows(IllegalArgumentException.class, () -> new SubActivityCode(text));
  }

  @Test
  void sortsInCodeOrder() {
    assertEquals(
        List.of("1.02.01.2.01.0001", "1.02.02.2.01.0002", "2.15.02.2.01.0001"),
        List.of("2.15.02.2.01.0001", "1.02.02.2.01.0002", "1.02.01.2.01.0001").stream()
            .map(SubActivityCode::new)
            .sorted()
            .map(SubActivityCode::code)
            .toList());
  }
}
