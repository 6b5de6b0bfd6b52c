package id.terbuka.contracts.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.budget.sample.BojonegoroUnits;
import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.sheet.ProcessReleases;
import id.terbuka.contracts.sheet.ProcurementRow;
import id.terbuka.contracts.sheet.Stage;
import id.terbuka.contracts.validate.OcdsValidator;
import id.terbuka.contracts.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The demo year, both versions imported in turn, as one release package: valid OCDS. */
class SampleReleasesValidationTest {

  @Test
  void theDemoYearsReleasesValidate(@TempDir Path dir) throws IOException {
    ProcurementSample sample = new ProcurementSample(BojonegoroUnits.all());
    List<ObjectNode> releases = new ArrayList<>();
    Map<String, Map<Stage, JsonNode>> published = new HashMap<>();
    Instant[] times = {
      Instant.parse("2025-10-31T03:00:00Z"), Instant.parse("2025-12-31T03:00:00Z")
    };
    for (int version = 1; version <= 2; version++) {
      String csv = sample.generate(ProcurementSample.SEED, version);
      ProcurementSampleTest.Sheet sheet =
          ProcurementSampleTest.read(dir.resolve("v" + version + ".csv"), csv);
      assertEquals(0, sheet.problems().errorCount());
      for (ProcurementRow row : sheet.rows()) {
        Map<Stage, JsonNode> latest =
            published.computeIfAbsent(row.kodeRup(), k -> new EnumMap<>(Stage.class));
        for (ObjectNode r :
            new ProcessReleases().build(row, "ocds-b0j0n9", latest, times[version - 1])) {
          releases.add(r);
          latest.put(Stage.ofRelease(r).orElseThrow(), r);
        }
      }
    }
    ObjectNode pkg = OcdsJson.object();
    pkg.put("uri", "https://data.bojonegorokab.go.id/api/v1/ocds/releases/demo");
    pkg.put("version", "1.1");
    pkg.put("publishedDate", "2025-12-31T10:00:00+07:00");
    pkg.putObject("publisher").put("name", "Pemerintah Kabupaten Bojonegoro");
    pkg.putArray("releases").addAll(releases);
    ValidationReport report = OcdsValidator.bundled().validateReleasePackage(pkg);
    assertTrue(releases.size() > 1000, "releases: " + releases.size());
    assertEquals(releases.size(), report.releaseCount());
    assertEquals(ProcurementSample.PROCESSES, report.ocidCount());
    assertEquals(List.of(), report.errors(), () -> report.toJson().toString());
    assertEquals(List.of(), report.warnings(), () -> report.toJson().toString());
  }
}
