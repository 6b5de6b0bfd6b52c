package id.terbuka.http;

import id.terbuka.shared.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON answers of the native API's servlets (the imports, OCDS posts): a body that must not be
 * cached, or an RFC 9457 problem ({@code application/problem+json}) in the shape the JAX-RS
 * resources' problems have.
 */
public final class JsonReplies {

  private JsonReplies() {}

  /** A JSON body (already written as text), not to be cached. */
  public static void json(HttpServletResponse resp, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json;charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  /** A problem: its title, an optional detail, and optional field errors (field to messages). */
  public static void problem(
      HttpServletResponse resp,
      int status,
      String title,
      String detail,
      Map<String, List<String>> errors)
      throws IOException {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    if (detail != null) {
      p.put("detail", detail);
    }
    if (errors != null) {
      p.put("errors", errors);
    }
    p.put("status", status);
    byte[] bytes = Json.write(p).getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/problem+json");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }
}
