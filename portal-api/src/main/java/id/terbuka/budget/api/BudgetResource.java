package id.terbuka.budget.api;

import id.terbuka.budget.domain.BudgetColumns;
import id.terbuka.budget.service.BudgetImports;
import id.terbuka.budget.service.BudgetQueries;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.service.ImportHistory;
import id.terbuka.imports.template.TemplateColumn;
import id.terbuka.imports.template.TemplateWriter;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/budget}: a stored import report, the templates, and the published figures. The
 * upload and the history are {@link BudgetImportServlet}.
 */
@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {
  @Inject Authenticator authenticator;
  @Inject ImportHistory history;
  @Inject BudgetImports imports;
  @Inject BudgetQueries queries;

  @GET
  @Path("imports/{id}")
  public Response report(@PathParam("id") String id, @Context HttpHeaders headers) {
    String lang = ImportMessages.languageOf(headers.getHeaderString("Accept-Language"));
    Map<String, Object> report =
        history
            .report(authenticator.fromHeaders(headers::getHeaderString), BudgetImports.KIND, id)
            .toDict(imports.messages(), lang);
    return Response.ok(Json.write(report)).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("template.csv")
  @Produces("text/csv")
  public Response templateCsv() {
    StreamingOutput body = out -> TemplateWriter.writeCsv(templateColumns(), out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"template-realisasi-apbd.csv\"")
        .build();
  }

  @GET
  @Path("template.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response templateXlsx() {
    StreamingOutput body = out -> TemplateWriter.writeXlsx(templateColumns(), out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"template-realisasi-apbd.xlsx\"")
        .build();
  }

  @GET
  @Path("{tahun}/units")
  public Response units(@PathParam("tahun") String tahun) {
    return ok(queries.units(year(tahun)));
  }

  @GET
  @Path("{tahun}/units/{kode}")
  public Response unit(
      @PathParam("tahun") String tahun,
      @PathParam("kode") String kode,
      @QueryParam("periode") String periode,
      @QueryParam("level") String level,
      @QueryParam("version") String version) {
    return ok(queries.unit(year(tahun), kode, periode, level, version(version)));
  }

  private static Response ok(Map<String, Object> body) {
    // Public figures that change only with an import: a short shared cache is safe.
    return Response.ok(Json.write(body)).header("Cache-Control", "public, max-age=60").build();
  }

  private static int year(String text) {
    if (text == null || !text.matches("\\d{4}")) {
      throw InvalidInputException.of("tahun", "Must be a four-digit year");
    }
    return Integer.parseInt(text);
  }

  private static Integer version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("\\d{1,6}")) {
      throw InvalidInputException.of("version", "Must be a whole number");
    }
    return Integer.parseInt(text.strip());
  }

  private static List<TemplateColumn> templateColumns() {
    return TemplateColumn.of(
        BudgetColumns.ALL, BudgetColumns.exampleRow(), BudgetColumns.vocabularies());
  }
}
