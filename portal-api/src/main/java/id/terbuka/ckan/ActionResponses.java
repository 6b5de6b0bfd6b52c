package id.terbuka.ckan;

import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CKAN's envelope and error mapping: status codes and {@code __type}s as CKAN sends them (409 for
 * validation, 403 for authorisation, 404, 400 for search query errors, bare strings for bad
 * requests). Unexpected failures are logged with an id and answered without a stack trace.
 */
final class ActionResponses {
  private static final Logger LOG = Logger.getLogger(ActionResponses.class.getName());

  /** A status and a JSON value to send. */
  record Reply(int status, Object body) {}

  private ActionResponses() {}

  static Reply success(String help, Object result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("help", help);
    m.put("success", true);
    m.put("result", result);
    return new Reply(200, m);
  }

  static Reply badRequest(String message) {
    return new Reply(400, "Bad request - " + message);
  }

  static Reply failure(String help, String action, RuntimeException e) {
    Map<String, Object> error = new LinkedHashMap<>();
    int status;
    if (e instanceof InvalidInputException invalid) {
      status = 409;
      error.putAll(invalid.errors());
      error.put("__type", "Validation Error");
    } else if (e instanceof AccessDeniedException) {
      status = 403;
      error.put("__type", "Authorization Error");
      error.put("message", "Access denied: " + e.getMessage());
    } else if (e instanceof ObjectNotFoundException) {
      status = 404;
      error.put("__type", "Not Found Error");
      error.put("message", "Not found: " + e.getMessage());
    } else if (e instanceof InvalidSearchQueryException) {
      status = 400;
      error.put("__type", "Search Query Error");
      error.put("message", "Search Query is invalid: " + e.getMessage());
    } else if (e instanceof SearchException) {
      status = 409;
      error.put("__type", "Search Error");
      error.put("message", "Search error: " + e.getMessage());
    } else if (e instanceof Json.MalformedJsonException) {
      return badRequest("JSON Error: " + e.getMessage());
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Action " + action + " failed (incident " + incident + ")", e);
      status = 500;
      error.put("__type", "Internal Server Error");
      error.put("message", "Internal Server Error (incident " + incident + ")");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("help", help);
    m.put("success", false);
    m.put("error", error);
    return new Reply(status, m);
  }
}
