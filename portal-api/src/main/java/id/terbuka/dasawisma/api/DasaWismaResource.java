package id.terbuka.dasawisma.api;

import id.terbuka.dasawisma.aggregate.RecapRow;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdContent;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.TargetRowParser;
import id.terbuka.dasawisma.service.HouseholdImports;
import id.terbuka.dasawisma.service.Households;
import id.terbuka.dasawisma.service.RestrictedRecaps;
import id.terbuka.dasawisma.service.RoleAssignments;
import id.terbuka.dasawisma.service.Snapshots;
import id.terbuka.dasawisma.service.TargetImports;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.service.ImportHistory;
import id.terbuka.imports.template.TemplateColumn;
import id.terbuka.imports.template.TemplateWriter;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.RequestBodies;
import id.terbuka.shared.Values;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/dasawisma}: templates, import reports, role assignment, the cadre's single entries
 * and removals. Household data is answered {@code Cache-Control: no-store}, and only to the roles
 * the services allow.
 */
@Path("dasawisma")
@Produces(MediaType.APPLICATION_JSON)
public class DasaWismaResource {
  @Inject Authenticator authenticator;
  @Inject ImportHistory history;
  @Inject HouseholdImports householdImports;
  @Inject TargetImports targetImports;
  @Inject RoleAssignments roles;
  @Inject Households households;
  @Inject RestrictedRecaps recaps;
  @Inject Snapshots snapshots;

  @GET
  @Path("imports/{id}")
  public Response importReport(@PathParam("id") String id, @Context HttpHeaders headers) {
    return report(HouseholdImports.KIND, householdImports.messages(), id, headers);
  }

  @GET
  @Path("targets/{id}")
  public Response targetReport(@PathParam("id") String id, @Context HttpHeaders headers) {
    return report(TargetImports.KIND, targetImports.messages(), id, headers);
  }

  private Response report(String kind, ImportMessages messages, String id, HttpHeaders headers) {
    String lang = ImportMessages.languageOf(headers.getHeaderString("Accept-Language"));
    Map<String, Object> report = history.report(actor(headers), kind, id).toDict(messages, lang);
    return noStore(report, 200);
  }

  @GET
  @Path("template.csv")
  @Produces("text/csv")
  public Response templateCsv() {
    StreamingOutput body = out -> TemplateWriter.writeCsv(HouseholdColumns.template(), out);
    return attachment(body, "template-dasawisma.csv");
  }

  @GET
  @Path("template.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response templateXlsx() {
    StreamingOutput body = out -> TemplateWriter.writeXlsx(HouseholdColumns.template(), out);
    return attachment(body, "template-dasawisma.xlsx");
  }

  @GET
  @Path("targets/template.csv")
  @Produces("text/csv")
  public Response targetTemplateCsv() {
    StreamingOutput body = out -> TemplateWriter.writeCsv(targetTemplate(), out);
    return attachment(body, "template-target-dasawisma.csv");
  }

  @GET
  @Path("roles")
  public Response listRoles(@Context HttpHeaders headers) {
    List<Map<String, Object>> rows =
        roles.all(actor(headers)).stream().map(DasaWismaResource::assignment).toList();
    return noStore(Map.of("roles", rows), 200);
  }

  @POST
  @Path("roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assignRole(@Context HttpHeaders headers, String body) {
    Actor actor = actor(headers);
    Map<String, Object> request = RequestBodies.object(body);
    RoleAssignments.Assigned done =
        roles.assign(
            actor,
            Values.text(request.get("user")),
            Values.text(request.get("role")),
            Values.text(request.get("region")));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("user", done.userName());
    answer.put("role", done.role());
    answer.put("region", done.regionCode());
    answer.put("created", done.created());
    return noStore(answer, done.created() ? 201 : 200);
  }

  @DELETE
  @Path("roles")
  public Response revokeRole(
      @Context HttpHeaders headers,
      @QueryParam("user") String user,
      @QueryParam("role") String role,
      @QueryParam("region") String region) {
    boolean removed = roles.revoke(actor(headers), user, role, region);
    return noStore(Map.of("removed", removed), 200);
  }

  @GET
  @Path("{tahun}/households")
  public Response listHouseholds(
      @Context HttpHeaders headers,
      @PathParam("tahun") String tahun,
      @QueryParam("kode_desa") String kodeDesa) {
    if (kodeDesa == null || kodeDesa.isBlank()) {
      throw InvalidInputException.of("kode_desa", "Missing value");
    }
    List<Map<String, String>> rows =
        households.list(actor(headers), year(tahun), kodeDesa.strip()).stream()
            .map(HouseholdContent::cells)
            .toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("tahun", year(tahun));
    answer.put("kode_desa", kodeDesa.strip());
    answer.put("count", rows.size());
    answer.put("households", rows);
    return noStore(answer, 200);
  }

  /** One household from the form's fields (the import's column names, as strings or numbers). */
  @PUT
  @Path("households")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response saveHousehold(@Context HttpHeaders headers, String body) {
    Map<String, Object> request = RequestBodies.object(body);
    Map<String, String> cells = new LinkedHashMap<>();
    for (String column : HouseholdColumns.names()) {
      Object value = request.get(column);
      cells.put(column, value == null ? "" : Values.rawText(value));
    }
    Households.Saved saved = households.save(actor(headers), cells);
    if (!saved.accepted()) {
      String lang = ImportMessages.languageOf(headers.getHeaderString("Accept-Language"));
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("status", "rejected");
      answer.put(
          "errors",
          saved.problems().stream()
              .map(p -> problem(p, householdImports.messages(), lang))
              .toList());
      return noStore(answer, 422);
    }
    Household h = saved.household().orElseThrow();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", saved.outcome().code());
    answer.put("household", HouseholdContent.cells(h));
    return noStore(answer, saved.outcome() == Households.Outcome.INSERTED ? 201 : 200);
  }

  /** Removes one household: {@code tahun, kode_desa, kelompok_dasawisma, id_keluarga, reason}. */
  @POST
  @Path("households/removals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response removeHousehold(@Context HttpHeaders headers, String body) {
    Map<String, Object> request = RequestBodies.object(body);
    HouseholdKey key =
        new HouseholdKey(
            year(Values.rawText(request.get("tahun"))),
            required(request, "kode_desa"),
            required(request, "kelompok_dasawisma"),
            required(request, "id_keluarga"));
    households.remove(actor(headers), key, Values.text(request.get("reason")));
    return noStore(Map.of("removed", true), 200);
  }

  /** The restricted recap of an area ({@code kode}) at a level, for its TP PKK. */
  @GET
  @Path("{tahun}/rekap")
  public Response recap(
      @Context HttpHeaders headers,
      @PathParam("tahun") String tahun,
      @QueryParam("level") String level,
      @QueryParam("kode") String kode) {
    RestrictedRecaps.Recap recap = recaps.recap(actor(headers), year(tahun), level, kode);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("tahun", recap.tahun());
    answer.put("level", recap.level().code());
    answer.put("kode", recap.area().code());
    answer.put("nama", recap.area().name());
    answer.put("count", recap.rows().size());
    answer.put("rows", recap.rows().stream().map(RecapRow::toDict).toList());
    return noStore(answer, 200);
  }

  /** The walidata publishes this month's snapshot at once (409 when the month has one). */
  @POST
  @Path("{tahun}/snapshots")
  public Response publishSnapshot(@Context HttpHeaders headers, @PathParam("tahun") String tahun) {
    return noStore(taken(snapshots.publishNow(actor(headers), year(tahun))), 201);
  }

  /** The snapshots of a year: when each was taken and of how many households. */
  @GET
  @Path("{tahun}/snapshots")
  public Response listSnapshots(@PathParam("tahun") String tahun) {
    int y = year(tahun);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("tahun", y);
    answer.put("snapshots", snapshots.list(y).stream().map(DasaWismaResource::taken).toList());
    return Response.ok(Json.write(answer)).header("Cache-Control", "public, max-age=60").build();
  }

  private static Map<String, Object> taken(Snapshots.Taken t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tahun", t.tahun());
    m.put("bulan", t.bulan().toString());
    m.put("as_of", t.asOf().toString());
    m.put("households", t.households());
    return m;
  }

  private Actor actor(HttpHeaders headers) {
    return authenticator.fromHeaders(headers::getHeaderString);
  }

  private static String required(Map<String, Object> request, String field) {
    String value = Values.text(request.get(field));
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "Missing value");
    }
    return value.strip();
  }

  private static Map<String, Object> problem(
      ImportProblem p, ImportMessages messages, String lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("column", p.column());
    m.put("value", p.value());
    m.put("code", p.code());
    m.put("message", messages.message(p, lang));
    return m;
  }

  private static Map<String, Object> assignment(RoleAssignments.Listed a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", a.userName());
    m.put("user_id", a.userId());
    m.put("role", a.role());
    m.put("region", a.regionCode());
    m.put("assigned_at", a.assignedAt().toString());
    return m;
  }

  static int year(String text) {
    if (text == null || !text.strip().matches("\\d{4}")) {
      throw InvalidInputException.of("tahun", "Must be a four-digit year");
    }
    return Integer.parseInt(text.strip());
  }

  private static Response noStore(Object body, int status) {
    return Response.status(status)
        .entity(Json.write(body))
        .type(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Response attachment(StreamingOutput body, String fileName) {
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private static List<TemplateColumn> targetTemplate() {
    return TemplateColumn.of(
        TargetRowParser.COLUMNS,
        Map.of("kode_desa", "35.22.01.2001", "tahun", "2026", "jumlah_kk_target", "850"),
        Map.of());
  }
}
