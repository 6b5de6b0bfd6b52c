package id.terbuka.catalog.api;

import id.terbuka.audit.domain.ActivityDiff;
import id.terbuka.catalog.domain.ReviewDiff;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.domain.ReviewStatus;
import id.terbuka.catalog.service.DatasetReviews;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.RequestBodies;
import id.terbuka.shared.Timestamps;
import id.terbuka.shared.Values;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/reviews} (docs/api.md, ADR 0016), signed in with an API token:
 *
 * <ul>
 *   <li>{@code GET ?status=&page=}: the queue, oldest first, 20 a page (the walidata sees every
 *       organisation's items, an editor their organisations');
 *   <li>{@code GET {id}}: one item with the fields that change, before and after, and the unified
 *       diff;
 *   <li>{@code POST {id}/approve} and {@code POST {id}/return} {@code {"reason"}}: the walidata.
 * </ul>
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
  @Inject Authenticator authenticator;
  @Inject DatasetReviews reviews;

  @GET
  public Response queue(
      @Context HttpHeaders headers,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    ReviewStatus wanted = status(status);
    int number = page(page);
    DatasetReviews.Queue q = reviews.queue(actor(headers), wanted, number);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("count", q.count());
    body.put("page", q.page());
    body.put("per_page", DatasetReviews.PER_PAGE);
    body.put("results", q.items().stream().map(this::summary).toList());
    return answer(body, 200);
  }

  @GET
  @Path("{id}")
  public Response show(@Context HttpHeaders headers, @PathParam("id") String id) {
    DatasetReviews.Detail detail = reviews.show(actor(headers), id);
    Map<String, Object> body = summary(detail.item());
    ReviewDiff diff = detail.diff();
    body.put(
        "changes",
        diff.fields().stream()
            .map(
                c ->
                    Map.of(
                        "field", c.field(), "before", text(c.before()), "after", text(c.after())))
            .toList());
    body.put(
        "trail",
        detail.trail().stream()
            .map(
                e -> {
                  Map<String, Object> step = new LinkedHashMap<>();
                  step.put("event", e.event());
                  step.put("by", reviews.userName(e.userId()));
                  step.put("at", Timestamps.ckan(e.at()));
                  step.put("reason", e.reason());
                  return step;
                })
            .toList());
    body.put("diff", diff.unified());
    if (detail.item().importRequest != null) {
      Map<String, Object> imported = detail.item().importRequestDict();
      imported.put(
          "report",
          "/api/v1/" + detail.item().importKind + "/imports/" + imported.get("import_id"));
      body.put("import", imported);
    }
    body.put("before", detail.before().isEmpty() ? null : detail.before());
    body.put("after", detail.after().isEmpty() ? null : detail.after());
    return answer(body, 200);
  }

  @POST
  @Path("{id}/approve")
  public Response approve(@Context HttpHeaders headers, @PathParam("id") String id) {
    return answer(summary(reviews.approve(actor(headers), id)), 200);
  }

  @POST
  @Path("{id}/return")
  public Response giveBack(@Context HttpHeaders headers, @PathParam("id") String id, String body) {
    Map<String, Object> request = RequestBodies.object(body);
    Object reason = request.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw InvalidInputException.of("reason", "Must be a string");
    }
    return answer(summary(reviews.giveBack(actor(headers), id, (String) reason)), 200);
  }

  private Map<String, Object> summary(ReviewItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", item.id);
    m.put("kind", item.kind);
    m.put("status", item.status);
    m.put("title", item.title);
    m.put("owner_org", item.ownerOrg);
    m.put("dataset_id", item.datasetId);
    m.put("import_kind", item.importKind);
    m.put("submitted_by", reviews.userName(item.submittedBy));
    m.put("submitted_at", Timestamps.ckan(item.submittedAt));
    m.put("decided_by", reviews.userName(item.decidedBy));
    m.put("decided_at", Timestamps.ckan(item.decidedAt));
    m.put("reason", item.reason);
    return m;
  }

  private static Map<String, Object> change(ActivityDiff.FieldChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", c.field());
    m.put("before", text(c.before()));
    m.put("after", text(c.after()));
    return m;
  }

  /** A changed value as the API shows it: parsed back from the diff's JSON text. */
  private static Object text(String json) {
    return json == null ? null : Json.parse(json);
  }

  private static ReviewStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ReviewStatus.of(status.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "status", "Value must be one of: menunggu_verifikasi, disetujui, dikembalikan");
    }
  }

  private static int page(String page) {
    try {
      int n = Values.integer(page, 1);
      if (n < 1 || n > 100_000) {
        throw new IllegalArgumentException();
      }
      return n;
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("page", "Must be a whole number from 1 to 100000");
    }
  }

  private Actor actor(HttpHeaders headers) {
    return authenticator.fromHeaders(headers::getHeaderString);
  }

  private static Response answer(Object body, int status) {
    return Response.status(status)
        .entity(Json.write(body))
        .type(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
