package id.terbuka.dasawisma.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetRowParserTest {
  private final TargetRowParser parser =
      new TargetRowParser(HouseholdRows.REGIONS, HouseholdRows.CURRENT_YEAR);
  private final Problems problems = new Problems();

  private static ImportRow row(long number, String desa, String tahun, String target) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("kode_desa", desa);
    cells.put("tahun", tahun);
    cells.put("jumlah_kk_target", target);
    Map<String, String> headers = new LinkedHashMap<>();
    cells.keySet().forEach(c -> headers.put(c, c));
    return new ImportRow(number, cells, headers, false);
  }

  @Test
  void readsATarget() {
    assertEquals(
        Optional.of(new Target(2025, "35.22.01.2001", 850)),
        parser.parse(row(2, "35.22.01.2001", "2025", "850"), problems));
    assertEquals(
        Optional.of(new Target(2025, "35.22.15.1001", 0)),
        parser.parse(row(3, "35.22.15.1001", "2025", "000"), problems),
        "a kelurahan, and zero is a target");
    assertEquals(0, problems.errorCount());
  }

  @Test
  void locatesEveryProblemOfARow() {
    assertTrue(parser.parse(row(2, "35.22.01.9999", "20x5", "-3"), problems).isEmpty());
    List<String> codes = problems.errors().stream().map(ImportProblem::code).toList();
    assertEquals(List.of("bad_year", "unknown_desa", "not_a_count"), codes);
    assertTrue(problems.errors().stream().allMatch(p -> p.row() == 2));
  }

  @Test
  void refusesAnEmptyCellATooLargeTargetAndASecondRowForTheSameDesa() {
    assertTrue(parser.parse(row(2, "35.22.01.2001", "2025", ""), problems).isEmpty());
    assertTrue(parser.parse(row(3, "35.22.15.1001", "2025", "100001"), problems).isEmpty());
    assertTrue(parser.parse(row(4, "35.21.01.2001", "2025", "5"), problems).isEmpty());
    parser.parse(row(5, "35.22.01.2002", "2025", "5"), problems);
    assertTrue(parser.parse(row(6, "35.22.01.2002", "2025", "7"), problems).isEmpty());
    List<String> codes = problems.errors().stream().map(ImportProblem::code).toList();
    assertEquals(List.of("empty_cell", "not_a_count", "unknown_desa", "duplicate_target"), codes);
    assertEquals(
        List.of("5"), problems.errors().get(3).args(), "the duplicate names the first row");
  }
}
