package id.terbuka.imports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terbuka.shared.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportReportTest {
  private static final ImportMessages MESSAGES = ImportMessages.of();

  private static ImportReport report(Problems problems, ImportStatus status) {
    return ImportReport.of(
        "imp-1",
        "budget",
        status,
        new ImportReport.SourceFile("lra-2024-tw1.xlsx", "ab12", 5230),
        new ImportReport.Summary(5200, 30, 0, 2),
        problems,
        List.of("realisasi-apbd-2024"),
        "bpkad",
        Instant.parse("2024-04-02T03:04:05.123456Z"),
        "siti");
  }

  private static Problems someProblems() {
    Problems problems = new Problems();
    problems.error(ImportProblem.of(17, "Anggaran", "12,5,0", "not_a_number"));
    problems.warning(ImportProblem.of(1, "Catatan", null, "unknown_column", "Catatan"));
    return problems;
  }

  @Test
  void theDictHasTheShapeOfTheImportsContract() {
    Map<String, Object> d = report(someProblems(), ImportStatus.REJECTED).toDict(MESSAGES, "en");

    assertEquals(
        List.of(
            "id",
            "kind",
            "status",
            "file",
            "summary",
            "errors",
            "error_count",
            "warnings",
            "warning_count",
            "datasets",
            "organization",
            "created",
            "user"),
        List.copyOf(d.keySet()));
    assertEquals("rejected", d.get("status"));
    assertEquals(
        Map.of("name", "lra-2024-tw1.xlsx", "sha256", "ab12", "rows", 5230L), d.get("file"));
    assertEquals(
        Map.of("inserted", 5200L, "replaced", 30L, "unchanged", 0L, "removed", 2L),
        d.get("summary"));
    assertEquals(1L, d.get("error_count"));
    assertEquals(List.of("realisasi-apbd-2024"), d.get("datasets"));
    assertEquals("2024-04-02T03:04:05.123456Z", d.get("created"));
    // Problems: exactly row, column, value, code, message; a code without a text shows as itself.
    assertEquals(
        "[{\"row\":17,\"column\":\"Anggaran\",\"value\":\"12,5,0\",\"code\":\"not_a_number\","
            + "\"message\":\"not_a_number\"}]",
        Json.write(d.get("errors")));
    Map<?, ?> warning = (Map<?, ?>) ((List<?>) d.get("warnings")).get(0);
    assertEquals(
        List.of("row", "column", "value", "code", "message"), List.copyOf(warning.keySet()));
    assertEquals(
        "The column \"Catatan\" is not known and its cells are ignored.", warning.get("message"));
  }

  @Test
  void messagesFollowTheRequestedLanguage() {
    Map<String, Object> d = report(someProblems(), ImportStatus.REJECTED).toDict(MESSAGES, "id");

    Map<?, ?> warning = (Map<?, ?>) ((List<?>) d.get("warnings")).get(0);
    assertEquals("Kolom \"Catatan\" tidak dikenal dan isinya diabaikan.", warning.get("message"));
  }

  @Test
  void aThousandErrorsAreListedAndAllAreCounted() {
    Problems problems = new Problems();
    for (int i = 0; i < 1500; i++) {
      problems.error(ImportProblem.of(i + 2, "anggaran", "x", "not_a_number"));
    }

    Map<String, Object> d = report(problems, ImportStatus.DRY_RUN).toDict(MESSAGES, "id");

    assertEquals(1000, ((List<?>) d.get("errors")).size());
    assertEquals(1500L, d.get("error_count"));
    assertEquals("dry_run", d.get("status"));
  }

  @Test
  void aStoredReportReadsBackEqualAndKeepsArgumentsNotTexts() {
    ImportReport original = report(someProblems(), ImportStatus.ACCEPTED);

    String json = original.toJson();
    ImportReport back = ImportReport.fromJson(json);

    assertEquals(original, back);
    assertEquals(List.of("Catatan"), back.warnings().get(0).args());
    assertEquals(false, json.contains("message"));
  }

  @Test
  void aReportWithNullsReadsBack() {
    ImportReport original =
        new ImportReport(
            "imp-2",
            "budget",
            ImportStatus.REJECTED,
            new ImportReport.SourceFile("x.csv", null, 0),
            ImportReport.Summary.NONE,
            List.of(ImportProblem.of(0, null, null, "empty_file")),
            1,
            List.of(),
            0,
            List.of(),
            null,
            null,
            null);

    assertEquals(original, ImportReport.fromJson(original.toJson()));
  }

  @Test
  void textThatIsNoStoredReportIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ImportReport.fromJson("{\"id\":\"x\"}"));
    assertThrows(IllegalArgumentException.class, () -> ImportReport.fromJson("[1]"));
    assertThrows(IllegalArgumentException.class, () -> ImportReport.fromJson("{"));
    String badStatus =
        report(someProblems(), ImportStatus.ACCEPTED).toJson().replace("accepted", "ok");
    assertThrows(IllegalArgumentException.class, () -> ImportReport.fromJson(badStatus));
  }

  @Test
  void statusesHaveTheirJsonNames() {
    assertEquals(
        List.of("accepted", "rejected", "dry_run", "menunggu_verifikasi"),
        List.of(ImportStatus.values()).stream().map(ImportStatus::json).toList());
    assertEquals(ImportStatus.DRY_RUN, ImportStatus.fromJson("dry_run"));
    assertThrows(IllegalArgumentException.class, () -> ImportStatus.fromJson("DRY_RUN"));
  }
}
