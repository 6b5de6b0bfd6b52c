package id.terbuka.web.publisher;

import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import java.util.List;

/**
 * An import report as the publisher pages show it: the same report the API answers ({@link
 * ImportReport#toDict}), each problem's text rendered in the reader's language by the domain's
 * {@link ImportMessages}, so a page and a script read the same words for the same file.
 *
 * @param report the report as stored
 * @param errors the listed errors (at most {@code Problems.LISTED}), with their text
 * @param warnings the listed warnings, with their text
 */
public record ImportReportView(
    ImportReport report, List<ProblemRow> errors, List<ProblemRow> warnings) {

  /**
   * One line of the problem table.
   *
   * @param row the spreadsheet's row number, or null for the file as a whole
   * @param column the header as written in the file, or null
   * @param value the cell as read, or null
   */
  public record ProblemRow(Long row, String column, String value, String code, String message) {}

  /** The report with its problems' texts in {@code language} ({@code id} or {@code en}). */
  public static ImportReportView of(ImportReport report, ImportMessages messages, String language) {
    return new ImportReportView(
        report,
        rows(report.errors(), messages, language),
        rows(report.warnings(), messages, language));
  }

  private static List<ProblemRow> rows(
      List<ImportProblem> problems, ImportMessages messages, String language) {
    return problems.stream()
        .map(
            p ->
                new ProblemRow(
                    p.row() > 0 ? p.row() : null,
                    p.column(),
                    p.value(),
                    p.code(),
                    messages.message(p, language)))
        .toList();
  }

  /** The message key of the status in words. */
  public String statusKey() {
    return statusKey(report);
  }

  /**
   * The message key of a report's status in words (also for the history's rows). An accepted import
   * that published no dataset (Dasa Wisma households wait for the monthly snapshot; targets publish
   * nothing) is "accepted and saved", not "published".
   */
  public static String statusKey(ImportReport report) {
    if (report.status() == ImportStatus.ACCEPTED && report.datasets().isEmpty()) {
      return "import.status.accepted_saved";
    }
    return "import.status." + report.status().json();
  }

  public boolean accepted() {
    return report.status() == ImportStatus.ACCEPTED;
  }

  /** Checked and kept for the walidata's review: not an error, not yet published (ADR 0016). */
  public boolean waiting() {
    return report.status() == ImportStatus.MENUNGGU_VERIFIKASI;
  }

  /** Whether more errors were found than listed (the page then says how many in all). */
  public boolean errorsCut() {
    return report.errorCount() > errors.size();
  }

  public boolean warningsCut() {
    return report.warningCount() > warnings.size();
  }
}
