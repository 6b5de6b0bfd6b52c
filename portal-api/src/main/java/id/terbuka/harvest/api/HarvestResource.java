package id.terbuka.harvest.api;

import id.terbuka.harvest.domain.HarvestRun;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.service.HarvestRuns;
import id.terbuka.harvest.service.HarvestSources;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/harvest}, sysadmins only (docs/api.md):
 *
 * <ul>
 *   <li>{@code POST sources} {@code {url, organization, title?, schedule?, enabled?}}: 201 and the
 *       source;
 *   <li>{@code GET sources};
 *   <li>{@code POST sources/{id}/runs} {@code {full?}}: 202 and the started run, 409 when one is in
 *       progress;
 *   <li>{@code GET sources/{id}/runs} (newest first) and {@code GET sources/{id}/runs/{runId}} (the
 *       report with per-dataset errors).
 * </ul>
 */
@Path("harvest")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestResource {
  @Inject Authenticator authenticator;
  @Inject HarvestSources sources;
  @Inject HarvestRuns runs;

  @POST
  @Path("sources")
  public Response create(@Context HttpHeaders headers, String body) {
    Actor actor = actor(headers);
    return answer(source(sources.create(actor, RequestBodies.object(body))), 201);
  }

  @GET
  @Path("sources")
  public Response list(@Context HttpHeaders headers) {
    var list = sources.list(actor(headers)).stream().map(HarvestResource::source).toList();
    return answer(Map.of("sources", list), 200);
  }

  @POST
  @Path("sources/{id}/runs")
  public Response run(@Context HttpHeaders headers, @PathParam("id") String id, String body) {
    Actor actor = actor(headers);
    Map<String, Object> request = RequestBodies.object(body);
    boolean full;
    try {
      full = Values.bool(request.get("full"), false);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("full", "Value must be one of: true, false");
    }
    return answer(run(runs.start(actor, id, full)), 202);
  }

  @GET
  @Path("sources/{id}/runs")
  public Response runs(@Context HttpHeaders headers, @PathParam("id") String id) {
    var list = runs.list(actor(headers), id).stream().map(HarvestResource::run).toList();
    return answer(Map.of("runs", list), 200);
  }

  @GET
  @Path("sources/{id}/runs/{runId}")
  public Response report(
      @Context HttpHeaders headers, @PathParam("id") String id, @PathParam("runId") String runId) {
    HarvestRun r = runs.show(actor(headers), id, runId);
    Map<String, Object> json = run(r);
    json.put("errors", Json.parse(r.errorsJson()));
    return answer(json, 200);
  }

  private Actor actor(HttpHeaders headers) {
    return authenticator.fromHeaders(headers::getHeaderString);
  }

  private static Map<String, Object> source(HarvestSource s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("url", s.url());
    m.put("organization_id", s.organizationId());
    m.put("title", s.title());
    m.put("schedule", s.schedule());
    m.put("enabled", s.enabled());
    m.put("created", time(s.created()));
    m.put("high_water_mark", s.highWater());
    return m;
  }

  private static Map<String, Object> run(HarvestRun r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("source_id", r.sourceId());
    m.put("full", r.full());
    m.put("status", r.status());
    m.put("started", time(r.started()));
    m.put("finished", time(r.finished()));
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("created", r.created());
    counts.put("updated", r.updated());
    counts.put("unchanged", r.unchanged());
    counts.put("withdrawn", r.withdrawn());
    counts.put("failed", r.failed());
    m.put("counts", counts);
    m.put("message", r.message());
    return m;
  }

  private static String time(LocalDateTime t) {
    return t == null ? null : Timestamps.ckan(t);
  }

  private static Response answer(Object body, int status) {
    return Response.status(status)
        .entity(Json.write(body))
        .type(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }
}
