package id.terbuka.ops;

import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors of the native REST API as RFC 9457 problem details ({@code application/problem+json}),
 * with field errors under {@code errors}. Never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<RuntimeException> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    Map<String, Object> p = new LinkedHashMap<>();
    int status;
    if (e instanceof InvalidInputException invalid) {
      status = 422;
      p.put("title", "Invalid input");
      p.put("errors", invalid.errors());
    } else if (e instanceof AuthenticationRequiredException) {
      status = 401;
      p.put("title", "Unauthorized");
      p.put("detail", e.getMessage());
    } else if (e instanceof AccessDeniedException) {
      status = 403;
      p.put("title", "Forbidden");
      p.put("detail", e.getMessage());
    } else if (e instanceof ObjectNotFoundException) {
      status = 404;
      p.put("title", "Not found");
      p.put("detail", e.getMessage());
    } else if (e instanceof ConflictException) {
      status = 409;
      p.put("title", "Conflict");
      p.put("detail", e.getMessage());
    } else if (e instanceof InvalidSearchQueryException) {
      status = 400;
      p.put("title", "Invalid search query");
      p.put("detail", e.getMessage());
    } else if (e instanceof SearchException) {
      status = 503;
      p.put("title", "Search unavailable");
      p.put("detail", e.getMessage());
    } else if (e instanceof Json.MalformedJsonException) {
      status = 400;
      p.put("title", "Malformed JSON");
      p.put("detail", e.getMessage());
    } else if (e instanceof WebApplicationException w) {
      status = w.getResponse().getStatus();
      p.put("title", w.getResponse().getStatusInfo().getReasonPhrase());
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Request failed (incident " + incident + ")", e);
      status = 500;
      p.put("title", "Internal Server Error");
      p.put("detail", "Incident " + incident);
    }
    p.put("status", status);
    return Response.status(status).type("application/problem+json").entity(Json.write(p)).build();
  }
}
