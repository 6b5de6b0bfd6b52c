package id.terbuka.budget.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.BudgetProblem;
import id.terbuka.budget.domain.Period;
import id.terbuka.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBudgetTest {
  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> organisations() throws IOException {
    try (InputStream in =
        DemoBudgetTest.class.getClassLoader().getResourceAsStream("demo/catalogue.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (List<Map<String, Object>>) Json.parseObject(json).get("organizations");
    }
  }

  @Test
  void everyCatalogueUnitWithACodeHasTwoYearsOfQuarterlyLinesThatPassTheImportCheck()
      throws IOException {
    List<Map<String, Object>> orgs = organisations();
    Set<String> codes =
        orgs.stream()
            .map(o -> o.get("kode_unit"))
            .filter(String.class::isInstance)
            .map(String.class::cast)
            .collect(Collectors.toSet());
    Path csv = dir.resolve("demo.csv");
    try (Writer out = Files.newBufferedWriter(csv)) {
      DemoBudget.write(orgs, out);
    }
    GeneratedFile file = GeneratedFile.of(DemoBudget.sample(DemoBudget.units(orgs)), csv, codes);

    assertEquals(0, file.problems().errorCount(), file.firstErrors());
    assertEquals(0, file.warnings(BudgetProblem.REALISATION_DECREASED.code()));
    assertEquals(
        codes, file.lines().stream().map(BudgetLine::kodeSkpd).collect(Collectors.toSet()));
    assertTrue(file.written() > 3_000 && file.written() < 10_000, "lines: " + file.written());
    Set<String> periods =
        file.lines().stream().map(l -> l.tahun() + " " + l.periode()).collect(Collectors.toSet());
    assertEquals(
        Set.of("2024 TW1", "2024 TW2", "2024 TW3", "2024 TW4", "2025 TW1", "2025 TW2", "2025 TW3"),
        periods);
    assertTrue(
        file.lines().stream()
            .anyMatch(
                l ->
                    l.kodeSkpd().equals("5.02.0.00.0.00.01.0000")
                        && l.kodeRekening().akun() == 4
                        && l.periode() == Period.TW1),
        "the finance office carries pendapatan");
    String name =
        file.lines().stream()
            .filter(l -> l.kodeSkpd().equals("2.16.2.20.2.21.01.0000"))
            .findFirst()
            .orElseThrow()
            .namaSkpd();
    assertEquals("Dinas Komunikasi dan Informatika", name, "the catalogue's title");
  }
}
