package id.terbuka.reports.api;

import id.terbuka.reports.domain.ReportQuery;
import id.terbuka.reports.domain.ReportTable;
import id.terbuka.reports.domain.Wib;
import id.terbuka.reports.service.ReportDocuments;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * {@code /api/v1/reports/timeliness} and {@code /api/v1/reports/scorecard}: public, JSON by
 * default, CSV with {@code ?format=csv} (one section of the timeliness report, {@code datasets}
 * unless {@code section} says otherwise).
 */
@Path("reports")
public class ReportsResource {
  @Inject ReportDocuments documents;

  @GET
  @Path("timeliness")
  public Response timeliness(
      @QueryParam("as_of") String asOf,
      @QueryParam("tahun") String tahun,
      @QueryParam("organization") String organization,
      @QueryParam("section") String section,
      @QueryParam("format") String format) {
    ReportQuery q = ReportQuery.parse(asOf, tahun, organization, section, format, today());
    if (q.csv()) {
      String sec = q.section() == null ? "datasets" : q.section();
      return csv(documents.timelinessTable(q, sec), "laporan-ketepatan-" + sec + ".csv");
    }
    return json(documents.timeliness(q));
  }

  @GET
  @Path("scorecard")
  public Response scorecard(
      @QueryParam("as_of") String asOf,
      @QueryParam("organization") String organization,
      @QueryParam("format") String format) {
    ReportQuery q = ReportQuery.parse(asOf, null, organization, null, format, today());
    if (q.csv()) {
      return csv(documents.scorecardTable(q), "laporan-kartu-skor.csv");
    }
    return json(documents.scorecard(q));
  }

  private static LocalDate today() {
    return LocalDate.now(Wib.ZONE);
  }

  private static Response json(java.util.Map<String, Object> body) {
    return Response.ok(id.terbuka.shared.Json.write(body), "application/json")
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  private static Response csv(ReportTable table, String filename) {
    return Response.ok(table.toCsv(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", "public, max-age=60")
        .build();
  }
}
