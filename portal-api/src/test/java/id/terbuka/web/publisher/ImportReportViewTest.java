package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportCodes;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.domain.Problems;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportViewTest {
  private static final ImportMessages MESSAGES = ImportMessages.of();

  static ImportReport report(ImportStatus status, Problems problems) {
    return ImportReport.of(
        "imp-1",
        "budget",
        status,
        new ImportReport.SourceFile("lra.csv", "ab12", 3),
        ImportReport.Summary.NONE,
        problems,
        List.of("realisasi-apbd-2021"),
        "bpkad",
        Instant.parse("2024-04-02T03:04:05Z"),
        "siti");
  }

  @Test
  void problemsReadInTheReadersLanguageWithTheFileAsAWholeWithoutARow() {
    Problems problems = new Problems();
    problems.error(ImportProblem.of(0, null, null, ImportCodes.PUBLICATION_REFUSED, "x"));
    problems.error(ImportProblem.of(3, "Anggaran", "12,5,0", "no_such_code"));
    ImportReport r = report(ImportStatus.REJECTED, problems);

    ImportReportView id = ImportReportView.of(r, MESSAGES, "id");
    ImportReportView en = ImportReportView.of(r, MESSAGES, "en");

    assertEquals("import.status.rejected", id.statusKey());
    assertFalse(id.accepted());
    assertNull(id.errors().get(0).row(), "row 0 is the whole file");
    assertEquals(3L, id.errors().get(1).row());
    assertEquals("Anggaran", id.errors().get(1).column());
    assertEquals("12,5,0", id.errors().get(1).value());
    assertEquals(
        MESSAGES.message(r.errors().get(0), "id"), id.errors().get(0).message(), "the API's text");
    assertEquals(MESSAGES.message(r.errors().get(0), "en"), en.errors().get(0).message());
    assertFalse(id.errors().get(0).message().equals(en.errors().get(0).message()));
    assertFalse(id.errorsCut());
  }

  @Test
  void moreErrorsThanListedAreSaidSo() {
    Problems problems = new Problems();
    for (int i = 0; i < Problems.LISTED + 5; i++) {
      problems.error(ImportProblem.of(i + 2, "tahun", "x", "no_such_code"));
    }
    ImportReportView v =
        ImportReportView.of(report(ImportStatus.REJECTED, problems), MESSAGES, "id");
    assertEquals(Problems.LISTED, v.errors().size());
    assertEquals(Problems.LISTED + 5, v.report().errorCount());
    assertTrue(v.errorsCut());
  }

  @Test
  void anAcceptedReportSaysSo() {
    ImportReportView v =
        ImportReportView.of(report(ImportStatus.ACCEPTED, new Problems()), MESSAGES, "en");
    assertTrue(v.accepted());
    assertEquals("import.status.accepted", v.statusKey());
    assertEquals(
        "import.status.dry_run",
        ImportReportView.statusKey(report(ImportStatus.DRY_RUN, new Problems())));
  }

  @Test
  void anAcceptedImportThatPublishedNothingSaysItWasSaved() {
    ImportReport saved =
        ImportReport.of(
            "imp-2",
            "dasawisma",
            ImportStatus.ACCEPTED,
            new ImportReport.SourceFile("dw.csv", "cd34", 3),
            ImportReport.Summary.NONE,
            new Problems(),
            List.of(),
            "tp-pkk",
            Instant.parse("2026-12-02T03:04:05Z"),
            "siti");
    assertEquals("import.status.accepted_saved", ImportReportView.statusKey(saved));
  }
}
