package id.terbuka.contracts.sheet;

import static id.terbuka.contracts.sheet.ProcurementColumns.HPS;
import static id.terbuka.contracts.sheet.ProcurementColumns.JUMLAH_PESERTA;
import static id.terbuka.contracts.sheet.ProcurementColumns.KATEGORI;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_RUP;
import static id.terbuka.contracts.sheet.ProcurementColumns.METODE;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_DIBAYAR;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NPWP;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_TENDER;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENGUMUMAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENUTUPAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.validate.OcdsValidator;
import id.terbuka.contracts.validate.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Spreadsheet rows -> releases -> the validator of item 1: no error, no warning. */
class ReleasesValidationTest {
  private final ProcessReleases builder = new ProcessReleases();

  static ObjectNode releasePackage(List<ObjectNode> releases) {
    ObjectNode pkg = OcdsJson.object();
    pkg.put("uri", "https://data.bojonegorokab.go.id/api/v1/ocds/releases/test");
    pkg.put("version", "1.1");
    pkg.put("publishedDate", "2025-06-02T10:00:00+07:00");
    pkg.putObject("publisher").put("name", "Pemerintah Kabupaten Bojonegoro");
    pkg.putArray("releases").addAll(releases);
    return pkg;
  }

  static void assertValid(List<ObjectNode> releases) {
    ValidationReport report =
        OcdsValidator.bundled().validateReleasePackage(releasePackage(releases));
    assertEquals(List.of(), report.errors(), () -> report.toJson().toString());
    assertEquals(List.of(), report.warnings(), () -> report.toJson().toString());
  }

  @Test
  void everyStageEveryMethodAndEveryUpdateValidates() {
    List<ObjectNode> releases = new ArrayList<>();
    Instant t1 = Instant.parse("2025-05-01T03:00:00Z");
    Instant t2 = Instant.parse("2025-06-02T03:00:00Z");
    releases.addAll(builder.build(Rows.example().parsed(), "ocds-b0j0n9", Map.of(), t1));
    Map<Stage, JsonNode> latest = ProcessReleasesTest.stored(Map.of(), releases);
    Rows changed =
        Rows.example()
            .with(TANGGAL_PENUTUPAN, "2025-03-20")
            .with(NILAI_KONTRAK, "2431550000")
            .with(NILAI_DIBAYAR, "1326300000")
            .with(PEMENANG_NPWP, "3522011203850004");
    releases.addAll(builder.build(changed.parsed(), "ocds-b0j0n9", latest, t2));
    int n = 0;
    for (Metode m : Metode.values()) {
      for (Kategori k : Kategori.values()) {
        Rows rows = Rows.plan().with(KODE_RUP, "9000" + n++).with(METODE, m.code());
        rows.with(KATEGORI, k.code());
        if (m.selectsProvider()) {
          rows.with(TANGGAL_PENGUMUMAN, "2025-03-03").with(HPS, "100000000");
          rows.with(JUMLAH_PESERTA, "1").with(STATUS_TENDER, "batal");
        }
        releases.addAll(builder.build(rows.parsed(), "ocds-b0j0n9", Map.of(), t1));
      }
    }
    Rows ended = Rows.example().with(KODE_RUP, "777").with(STATUS_KONTRAK, "diputus");
    releases.addAll(builder.build(ended.parsed(), "ocds-b0j0n9", Map.of(), t1));
    assertValid(releases);
  }
}
