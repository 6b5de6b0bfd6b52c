package id.terbuka.contracts.api;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.service.ContractImports;
import id.terbuka.contracts.service.ContractQueries;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.service.ImportHistory;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/ocds}: releases and records as OCDS packages, the bulk record feed, the
 * spreadsheet import's stored reports and templates. The validator and ingest are {@link
 * OcdsPostServlet}; the spreadsheet upload and its history are {@link ContractImportServlet}.
 */
@Path("ocds")
@Produces(MediaType.APPLICATION_JSON)
public class OcdsResource {
  private static final Pattern OCID = Pattern.compile("ocds-[a-z0-9]{6}-[A-Za-z0-9._\\-]{1,120}");

  @Inject ContractQueries queries;
  @Inject Authenticator authenticator;
  @Inject ImportHistory history;
  @Inject ContractImports imports;

  @GET
  @Path("releases/{ocid}")
  public Response releases(@PathParam("ocid") String ocid) {
    return ok(queries.releasePackage(checked(ocid)).orElseThrow(() -> notFound(ocid)));
  }

  @GET
  @Path("records/{ocid}")
  public Response record(
      @PathParam("ocid") String ocid, @QueryParam("versioned") String versioned) {
    return ok(
        queries
            .recordPackage(checked(ocid), flag("versioned", versioned))
            .orElseThrow(() -> notFound(ocid)));
  }

  /**
   * Record packages page by page for bulk readers: {@code updated_since} (a date or an RFC 3339
   * instant) and the opaque {@code cursor} of the {@code Link: <...>; rel="next"} header.
   */
  @GET
  @Path("records")
  public Response records(
      @QueryParam("updated_since") String updatedSince,
      @QueryParam("cursor") String cursor,
      @QueryParam("page_size") String pageSize,
      @Context UriInfo uri) {
    Instant since = since(updatedSince);
    int size = size(pageSize);
    ContractQueries.Page page;
    try {
      page = queries.changed(since, blankToNull(cursor), size, uri.getRequestUri().toString());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("cursor", e.getMessage());
    }
    Response.ResponseBuilder r =
        Response.ok(OcdsJson.write(page.recordPackage())).header("Cache-Control", "no-cache");
    page.nextCursor()
        .ifPresent(
            next -> {
              UriBuilder b = uri.getRequestUriBuilder().replaceQueryParam("cursor", next);
              r.header("Link", "<" + b.build() + ">; rel=\"next\"");
            });
    return r.build();
  }

  @GET
  @Path("imports/{id}")
  public Response report(@PathParam("id") String id, @Context HttpHeaders headers) {
    String lang = ImportMessages.languageOf(headers.getHeaderString("Accept-Language"));
    Map<String, Object> report =
        history
            .report(authenticator.fromHeaders(headers::getHeaderString), ContractImports.KIND, id)
            .toDict(imports.messages(), lang);
    return Response.ok(Json.write(report)).header("Cache-Control", "no-store").build();
  }

  @GET
  @Path("template.csv")
  @Produces("text/csv")
  public Response templateCsv() {
    StreamingOutput body = out -> imports.writeTemplateCsv(out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"template-pengadaan.csv\"")
        .build();
  }

  @GET
  @Path("template.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response templateXlsx() {
    StreamingOutput body = out -> imports.writeTemplateXlsx(out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"template-pengadaan.xlsx\"")
        .build();
  }

  private static Response ok(ObjectNode body) {
    return Response.ok(OcdsJson.write(body)).header("Cache-Control", "public, max-age=60").build();
  }

  private static String checked(String ocid) {
    if (ocid == null || !OCID.matcher(ocid).matches()) {
      throw InvalidInputException.of(
          "ocid", "Not an ocid: ocds-, a six-character prefix, -, an id");
    }
    return ocid;
  }

  private static ObjectNotFoundException notFound(String ocid) {
    return new ObjectNotFoundException("No contracting process " + ocid);
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw InvalidInputException.of(name, "Must be true or false");
  }

  private static Instant since(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
      }
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          "updated_since", "Must be a date (2025-01-31) or a date-time with offset");
    }
  }

  private static int size(String text) {
    if (text == null || text.isBlank()) {
      return ContractQueries.MAX_PAGE;
    }
    if (!text.strip().matches("\\d{1,3}")) {
      throw InvalidInputException.of("page_size", "Must be a whole number from 1 to 100");
    }
    int n = Integer.parseInt(text.strip());
    if (n < 1 || n > ContractQueries.MAX_PAGE) {
      throw InvalidInputException.of("page_size", "Must be a whole number from 1 to 100");
    }
    return n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
