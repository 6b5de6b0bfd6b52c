package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.domain.Problems;
import id.terbuka.web.i18n.Language;
import id.terbuka.web.publisher.ImportReportView;
import id.terbuka.web.publisher.PublisherViews;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import report page: the problem table, in the reader's language, with file text escaped. */
class ImportTemplatesTest {
  private static final Pages PAGES = new Pages();

  private static String render(Language language, ImportReport report) {
    StaticAssets assets = new StaticAssets();
    assets.load();
    PageContext ctx =
        new PageContext(
            language, "/ctx", "https://data.example.id", "/dashboard", Map.of(), assets);
    ImportReportView view = ImportReportView.of(report, ImportMessages.of(), ctx.lang());
    PublisherViews.Me me = new PublisherViews.Me("siti", "token", false);
    return new String(
        PAGES.render(
            ctx,
            View.of(
                "publisher/importReport.jte",
                new PublisherViews.ImportReportPageView(me, "budget", view))),
        StandardCharsets.UTF_8);
  }

  private static ImportReport report(ImportStatus status, Problems problems) {
    return ImportReport.of(
        "imp-1",
        "budget",
        status,
        new ImportReport.SourceFile("<b>lra</b>.csv", "ab12", 3),
        new ImportReport.Summary(4, 1, 2, 0),
        problems,
        List.of("realisasi-apbd-2021"),
        "bpkad",
        Instant.parse("2024-04-02T03:04:05Z"),
        "siti");
  }

  @Test
  void aRejectedReportListsItsProblemsWithTheFilesTextEscaped() {
    Problems problems = new Problems();
    problems.error(
        ImportProblem.of(17, "anggaran", "<script>alert(1)</script>", "missing_column", "x"));
    String html = render(Language.ID, report(ImportStatus.REJECTED, problems));
    assertTrue(html.contains("Ditolak: tidak ada yang diubah"), html);
    assertTrue(html.contains("<th scope=\"col\">Baris</th>"), html);
    assertTrue(html.contains("<td>17</td>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("&lt;b&gt;lra&lt;/b&gt;.csv"), html);
    assertFalse(html.contains("href=\"/ctx/dataset/realisasi-apbd-2021\""), "not published");
  }

  @Test
  void anAcceptedReportLinksItsDatasetsAndReadsInEnglish() {
    String html = render(Language.EN, report(ImportStatus.ACCEPTED, new Problems()));
    assertTrue(html.contains("Accepted and published"), html);
    assertTrue(html.contains("4 new rows, 1 replaced, 2 unchanged, 0 removed"), html);
    assertTrue(html.contains("href=\"/ctx/dataset/realisasi-apbd-2021\""), html);
    assertFalse(html.contains("<th scope=\"col\">Row</th>"), "no problem table without problems");
  }
}
