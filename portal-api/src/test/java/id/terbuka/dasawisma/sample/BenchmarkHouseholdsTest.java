package id.terbuka.dasawisma.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.Regions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkHouseholdsTest {
  private static final Regions REGIONS = ParsedFile.REGIONS;

  @TempDir Path dir;

  @Test
  void sizesSpreadTheTotalOverEveryDesaAndKelurahan() {
    Map<String, Integer> sizes = BenchmarkHouseholds.sizes(REGIONS, 400_000, 11);

    assertEquals(430, sizes.size());
    assertEquals(400_000, sizes.values().stream().mapToInt(Integer::intValue).sum());
    IntSummaryStatistics desa =
        sizes.entrySet().stream()
            .filter(e -> REGIONS.find(e.getKey()).orElseThrow().level() == RegionLevel.DESA)
            .mapToInt(Map.Entry::getValue)
            .summaryStatistics();
    assertTrue(desa.getMin() > 300 && desa.getMax() < 2_000, "desa sizes " + desa);
    assertTrue(sizes.get("35.22.15.1005") > desa.getAverage());
    assertEquals(sizes, BenchmarkHouseholds.sizes(REGIONS, 400_000, 11));
  }

  @Test
  void theGeneratorYieldsTheTotalWithUniqueKeysInEveryDesa() {
    Set<HouseholdKey> keys = new HashSet<>();
    Set<String> desa = new HashSet<>();
    long count =
        BenchmarkHouseholds.generate(REGIONS, 2025, 40_000, 3)
            .peek(h -> desa.add(h.key().kodeDesa()))
            .map(Household::key)
            .filter(keys::add)
            .count();

    assertEquals(40_000, count);
    assertEquals(40_000, keys.size());
    assertEquals(430, desa.size());
  }

  @Test
  void theSameSeedWritesTheSameFileThatTheImportReadsWithoutAProblem() throws IOException {
    Path file = dir.resolve("benchmark.csv");
    long written;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      written = HouseholdCsv.write(BenchmarkHouseholds.generate(REGIONS, 2025, 5_000, 9), out);
    }
    StringWriter again = new StringWriter();
    HouseholdCsv.write(BenchmarkHouseholds.generate(REGIONS, 2025, 5_000, 9), again);

    assertEquals(5_000, written);
    assertEquals(Files.readString(file), again.toString());
    ParsedFile parsed = ParsedFile.read(file, 2025);
    assertEquals(0, parsed.problems().errorCount(), parsed.firstErrors());
    assertEquals(5_000, parsed.households().size());
    List<String> kelurahan =
        parsed.households().stream()
            .filter(h -> h.key().kodeDesa().startsWith("35.22.15.1"))
            .map(Household::dusun)
            .distinct()
            .collect(Collectors.toList());
    assertEquals(List.of(""), kelurahan);
  }

  @Test
  void aNegativeTotalIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BenchmarkHouseholds.sizes(REGIONS, -1, 1));
  }
}
