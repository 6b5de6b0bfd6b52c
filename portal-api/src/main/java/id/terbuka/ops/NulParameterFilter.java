package id.terbuka.ops;

import id.terbuka.shared.Json;
import id.terbuka.shared.NulCharacters;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The native API's side of the edge rule for the NUL character ({@link NulCharacters}): a path or
 * query parameter that holds one is answered with a 400 problem naming it, before any resource
 * method runs (the front controllers apply the same rule in {@code FrontController}).
 */
@Provider
public class NulParameterFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    var uri = request.getUriInfo();
    first(uri.getPathParameters())
        .or(() -> first(uri.getQueryParameters()))
        .ifPresent(field -> request.abortWith(refusal(field)));
  }

  private static Optional<String> first(MultivaluedMap<String, String> params) {
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (NulCharacters.in(e.getKey())) {
        return Optional.of(NulCharacters.printable(e.getKey()));
      }
      for (String value : e.getValue()) {
        if (NulCharacters.in(value)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private static Response refusal(String field) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", "Invalid parameter");
    p.put("detail", field + ": " + NulCharacters.MESSAGE);
    p.put("errors", Map.of(field, List.of(NulCharacters.MESSAGE)));
    p.put("status", 400);
    return Response.status(400).type("application/problem+json").entity(Json.write(p)).build();
  }
}
