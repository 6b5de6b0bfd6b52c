package id.terbuka.contracts.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.sheet.ContractStatus;
import id.terbuka.contracts.sheet.Kategori;
import id.terbuka.contracts.sheet.Metode;
import id.terbuka.contracts.sheet.ProcessReleases;
import id.terbuka.contracts.sheet.ProcurementColumns;
import id.terbuka.contracts.sheet.ProcurementRow;
import id.terbuka.contracts.sheet.ProcurementRowParser;
import id.terbuka.contracts.sheet.Stage;
import id.terbuka.contracts.sheet.TenderStatus;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import id.terbuka.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ProcurementSampleTest {
  private static final BigDecimal CEILING = new BigDecimal("200000000");

  private static ProcurementSample sample;
  private static Sheet version1;
  private static Sheet version2;

  /** A generated file as the import reads it. */
  record Sheet(List<ProcurementRow> rows, Problems problems) {
    Map<String, ProcurementRow> byKode() {
      return rows.stream().collect(Collectors.toMap(ProcurementRow::kodeRup, Function.identity()));
    }
  }

  @SuppressWarnings("unchecked")
  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    try (InputStream in =
        ProcurementSampleTest.class.getClassLoader().getResourceAsStream("demo/catalogue.json")) {
      Map<String, Object> catalogue =
          Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      sample =
          ProcurementSample.forOrganisations(
              (List<Map<String, Object>>) catalogue.get("organizations"));
    }
    version1 = read(dir.resolve("v1.csv"), sample.generate(ProcurementSample.SEED, 1));
    version2 = read(dir.resolve("v2.csv"), sample.generate(ProcurementSample.SEED, 2));
  }

  static Sheet read(Path file, String csv) throws IOException {
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Problems problems = new Problems();
    List<ProcurementRow> rows = new ArrayList<>();
    ProcurementRowParser parser = new ProcurementRowParser();
    ImportFileReader.standard()
        .read(
            file,
            ProcurementColumns.all(),
            problems,
            row -> parser.parse(row, problems).ifPresent(rows::add));
    return new Sheet(rows, problems);
  }

  @Test
  void bothVersionsImportWithoutErrorsWarningOnlyAboutPersonalNumbers() {
    for (Sheet sheet : List.of(version1, version2)) {
      assertEquals(List.of(), sheet.problems().errors());
      assertEquals(ProcurementSample.PROCESSES, sheet.rows().size());
      Set<String> warnings =
          sheet.problems().warnings().stream().map(ImportProblem::code).collect(Collectors.toSet());
      assertEquals(Set.of("npwp_personal_omitted"), warnings);
    }
  }

  @Test
  void theSameSeedAndVersionWriteTheSameText() {
    assertEquals(sample.generate(7, 1), sample.generate(7, 1));
    assertNotEquals(sample.generate(7, 1), sample.generate(8, 1));
    assertNotEquals(sample.generate(7, 1), sample.generate(7, 2));
    assertThrows(IllegalArgumentException.class, () -> sample.generate(7, 3));
  }

  @Test
  void everyMethodCategoryStatusAndStageIsThere() {
    List<ProcurementRow> rows = version1.rows();
    assertEquals(
        EnumSet.allOf(Metode.class),
        rows.stream().map(ProcurementRow::metode).collect(Collectors.toSet()));
    assertEquals(
        EnumSet.allOf(Kategori.class),
        rows.stream().map(ProcurementRow::kategori).collect(Collectors.toSet()));
    Set<TenderStatus> tenderStatuses = EnumSet.noneOf(TenderStatus.class);
    Set<ContractStatus> contractStatuses = EnumSet.noneOf(ContractStatus.class);
    Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
    for (ProcurementRow row : rows) {
      if (row.statusTender() != null) {
        tenderStatuses.add(row.statusTender());
      }
      if (row.statusKontrak() != null) {
        contractStatuses.add(row.statusKontrak());
      }
      for (Stage stage : Stage.values()) {
        stages.merge(stage, row.fills(stage) ? 1 : 0, Integer::sum);
      }
    }
    assertEquals(EnumSet.allOf(TenderStatus.class), tenderStatuses);
    assertEquals(EnumSet.allOf(ContractStatus.class), contractStatuses);
    assertTrue(stages.values().stream().allMatch(n -> n >= 30), stages::toString);
    assertTrue(stages.get(Stage.CONTRACT) < stages.get(Stage.AWARD), stages::toString);
  }

  @Test
  void someProcessesTripEachRedFlag() {
    List<ProcurementRow> open =
        version1.rows().stream().filter(r -> r.metode().open() && r.fills(Stage.AWARD)).toList();
    long singleBidder = open.stream().filter(r -> r.jumlahPeserta() == 1).count();
    long shortTender =
        open.stream()
            .filter(r -> r.tanggalPenutupan().isBefore(r.tanggalPengumuman().plusDays(7)))
            .count();
    long nearEstimate =
        version1.rows().stream()
            .filter(r -> r.hps() != null && r.nilaiPenawaran() != null)
            .filter(
                r -> r.nilaiPenawaran().compareTo(r.hps().multiply(new BigDecimal("0.99"))) >= 0)
            .count();
    assertTrue(singleBidder >= 3, "single bidder " + singleBidder);
    assertTrue(shortTender >= 3, "short tender " + shortTender);
    assertTrue(nearEstimate >= 3, "near estimate " + nearEstimate);
    assertEquals(ProcessGenerator.SPLIT_CLUSTERS, splitClusters(version1.rows()));
  }

  /**
   * Buyer and supplier pairs with three or more direct purchases signed within 30 days, each under
   * the ceiling and together above it.
   */
  private static long splitClusters(List<ProcurementRow> rows) {
    Map<String, List<ProcurementRow>> byPair = new TreeMap<>();
    for (ProcurementRow r : rows) {
      if (r.metode() == Metode.PENGADAAN_LANGSUNG && r.fills(Stage.CONTRACT)) {
        byPair
            .computeIfAbsent(r.kodeSkpd() + "|" + r.pemenangNama(), k -> new ArrayList<>())
            .add(r);
      }
    }
    return byPair.values().stream()
        .filter(list -> list.size() >= 3)
        .filter(
            list -> {
              List<ProcurementRow> sorted =
                  list.stream()
                      .sorted((a, b) -> a.tanggalKontrak().compareTo(b.tanggalKontrak()))
                      .toList();
              long span =
                  ChronoUnit.DAYS.between(
                      sorted.get(0).tanggalKontrak(),
                      sorted.get(sorted.size() - 1).tanggalKontrak());
              BigDecimal sum =
                  list.stream()
                      .map(ProcurementRow::nilaiKontrak)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              return span <= 30
                  && list.stream().allMatch(r -> r.nilaiKontrak().compareTo(CEILING) < 0)
                  && sum.compareTo(CEILING) > 0;
            })
        .count();
  }

  @Test
  void versionTwoAmendsSomeContractsUpByMoreThanTenPercent() {
    Map<String, ProcurementRow> before = version1.byKode();
    long up = 0;
    long little = 0;
    for (ProcurementRow after : version2.rows()) {
      ProcurementRow was = before.get(after.kodeRup());
      if (after.nilaiKontrak() != null && after.nilaiKontrak().compareTo(was.nilaiKontrak()) != 0) {
        BigDecimal ratio =
            after.nilaiKontrak().divide(was.nilaiKontrak(), 4, java.math.RoundingMode.HALF_UP);
        if (ratio.compareTo(new BigDecimal("1.10")) > 0) {
          up++;
        } else {
          little++;
        }
      }
    }
    assertEquals(YearEnd.AMENDED_UP, up);
    assertEquals(YearEnd.AMENDED_LITTLE, little);
  }

  @Test
  void importingVersionTwoAfterVersionOnePublishesOnlyContractChangesAndPayments() {
    ProcessReleases builder = new ProcessReleases();
    Map<String, Map<Stage, JsonNode>> published = new HashMap<>();
    Instant october = Instant.parse("2025-10-31T03:00:00Z");
    for (ProcurementRow row : version1.rows()) {
      Map<Stage, JsonNode> latest = new EnumMap<>(Stage.class);
      for (ObjectNode release : builder.build(row, "ocds-b0j0n9", Map.of(), october)) {
        latest.put(Stage.ofRelease(release).orElseThrow(), release);
      }
      published.put(row.kodeRup(), latest);
    }
    Map<String, Integer> tags = new TreeMap<>();
    Instant december = Instant.parse("2025-12-31T03:00:00Z");
    for (ProcurementRow row : version2.rows()) {
      for (ObjectNode release :
          builder.build(row, "ocds-b0j0n9", published.get(row.kodeRup()), december)) {
        tags.merge(release.get("tag").get(0).asString(), 1, Integer::sum);
      }
    }
    assertEquals(
        Set.of(
            "contractAmendment", "contractTermination", "implementation", "implementationUpdate"),
        tags.keySet(),
        tags::toString);
    assertEquals(YearEnd.AMENDED_UP + YearEnd.AMENDED_LITTLE, tags.get("contractAmendment"));
  }
}
