package id.terbuka.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.budget.domain.Period;
import id.terbuka.budget.sample.BojonegoroUnits;
import id.terbuka.budget.sample.SampleRealisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetBenchmarkTest {
  @TempDir Path dir;

  /**
   * The launcher's class path has portal-api's jar without its dependencies: the generator must run
   * on it (a class of Flyway, OpenCSV or Jakarta EE reached from it would fail here).
   */
  @Test
  void theGeneratorRunsOnTheLaunchersClassPath() throws IOException {
    Path csv = dir.resolve("lra.csv");
    long lines =
        SampleRealisation.of(BojonegoroUnits.all(), 42)
            .withYear(2024, Period.TW1, Period.TW2)
            .withTargetLines(5_000)
            .write(csv);
    List<String> written = Files.readAllLines(csv);
    assertEquals(lines + 1, written.size());
    assertTrue(written.get(0).startsWith("tahun,periode,kode_skpd,nama_skpd,kode_rekening"));
    assertTrue(lines > 4_000 && lines < 6_000, "lines: " + lines);
  }

  @Test
  void unitNamesBecomeCkanNames() {
    assertEquals(
        "dinas-perumahan-kawasan-permukiman-dan-cipta-karya",
        BudgetBenchmark.slug("Dinas Perumahan, Kawasan Permukiman dan Cipta Karya"));
    assertEquals(
        "rsud-dr-r-sosodoro-djatikoesoemo",
        BudgetBenchmark.slug("RSUD Dr. R. Sosodoro Djatikoesoemo"));
    for (var unit : BojonegoroUnits.all()) {
      String slug = BudgetBenchmark.slug(unit.namaSkpd());
      assertTrue(slug.matches("[a-z0-9][a-z0-9-]{1,99}"), slug);
    }
    assertEquals(
        BojonegoroUnits.all().size(),
        BojonegoroUnits.all().stream()
            .map(u -> BudgetBenchmark.slug(u.namaSkpd()))
            .distinct()
            .count(),
        "names are unique");
  }
}
