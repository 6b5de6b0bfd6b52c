package id.terbuka.web.publisher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose parameters come from its query string only. Used for an upload refused by its
 * declared size: asking the container for a parameter would make it read (and store) the whole
 * multipart body first.
 */
final class QueryOnlyRequest extends HttpServletRequestWrapper {
  private final Map<String, String[]> params;

  QueryOnlyRequest(HttpServletRequest req) {
    super(req);
    params = parse(req.getQueryString());
  }

  static Map<String, String[]> parse(String query) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        try {
          lists
              .computeIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), x -> new ArrayList<>())
              .add(URLDecoder.decode(v, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // A malformed escape: the parameter is ignored, as a browser form never sends one.
        }
      }
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    lists.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String getParameter(String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 ? null : v[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return params;
  }

  @Override
  public String[] getParameterValues(String name) {
    return params.get(name);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(params.keySet());
  }
}
