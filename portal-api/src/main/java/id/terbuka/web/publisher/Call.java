package id.terbuka.web.publisher;

import id.terbuka.identity.domain.Actor;
import id.terbuka.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * One request to a publisher page, as the page handlers see it.
 *
 * @param me the signed-in reader (null only on the sign-in page)
 */
record Call(
    PageContext ctx,
    Actor actor,
    PublisherRoute route,
    HttpServletRequest req,
    PublisherViews.Me me,
    boolean post) {

  /** A form or query field, trimmed; null when absent or blank. */
  String param(String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** A field as typed (descriptions keep their line breaks); null when absent or blank. */
  String raw(String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : v;
  }

  List<String> params(String name) {
    String[] v = req.getParameterValues(name);
    return v == null ? List.of() : List.of(v);
  }

  /** The {@code done} notice key of a redirect after success, if it is one of ours. */
  String done() {
    String d = param("done");
    return d != null && d.matches("[a-z-]{1,30}") ? d : null;
  }
}
