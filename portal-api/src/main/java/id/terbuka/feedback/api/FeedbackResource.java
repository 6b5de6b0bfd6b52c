package id.terbuka.feedback.api;

import id.terbuka.feedback.service.SatisfactionService;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.shared.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/datasets/{id}/satisfaction}: the answers' shares and the private comments of a
 * dataset, for its organisation's editors and admins and sysadmins (API token as everywhere). The
 * public page shows the shares only.
 */
@Path("datasets/{id}/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {
  @Inject Authenticator authenticator;
  @Inject SatisfactionService satisfaction;

  @GET
  public Response report(
      @PathParam("id") String id,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @Context HttpHeaders headers) {
    String body =
        Json.write(
            satisfaction.report(
                authenticator.fromHeaders(headers::getHeaderString), id, limit, offset));
    // Private comments: never kept by a shared or browser cache.
    return Response.ok(body).header("Cache-Control", "private, no-store").build();
  }
}
