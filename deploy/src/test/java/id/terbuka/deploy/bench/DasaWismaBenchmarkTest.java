package id.terbuka.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.Regions;
import id.terbuka.dasawisma.sample.BenchmarkHouseholds;
import id.terbuka.dasawisma.sample.BojonegoroRegions;
import id.terbuka.dasawisma.sample.HouseholdCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DasaWismaBenchmarkTest {
  /**
   * The launcher's class path has portal-api's jar without its dependencies: the regions, the
   * generator and the CSV writer must run on it.
   */
  @Test
  void theGeneratorRunsOnTheLaunchersClassPath() throws IOException {
    Regions regions = BojonegoroRegions.load();
    StringWriter out = new StringWriter();
    long written = HouseholdCsv.write(BenchmarkHouseholds.generate(regions, 2026, 2_000, 7), out);
    List<String> lines = out.toString().lines().toList();
    assertEquals(2_000, written);
    assertEquals(2_001, lines.size());
    assertEquals(String.join(",", HouseholdColumns.names()), lines.get(0));
  }

  @Test
  void theBaselineTableHasTheFilesColumnsInTheirOrder() {
    List<String> names =
        Arrays.stream(DasaWismaBenchmark.COPY_COLUMNS.split(","))
            .map(c -> c.strip().split(" ")[0])
            .toList();
    assertEquals(HouseholdColumns.names(), names);
  }

  @Test
  void theCadreIsGivenEveryDesaAndKelurahan() {
    List<String> codes = DasaWismaBenchmark.villageCodes(BojonegoroRegions.load());
    assertEquals(430, codes.size());
    assertEquals(430, new HashSet<>(codes).size());
    assertTrue(
        codes.stream().allMatch(c -> c.matches("35\\.22\\.\\d{2}\\.\\d{4}")), codes::toString);
  }
}
