package id.terbuka.web;

import id.terbuka.dcat.domain.RdfSyntax;
import id.terbuka.http.FrontController;
import id.terbuka.http.JsonReplies;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The front controller of the harvesting outputs (issue 13): {@code /catalog.ttl|.rdf|.xml|.jsonld}
 * (and {@code /catalog}, negotiated by {@code Accept}), {@code /data.json}, and the Atom feeds
 * {@code /feeds/dataset.atom} and {@code /feeds/organization/{name}.atom}. GET and HEAD only.
 */
@WebServlet(
    name = "dcat",
    urlPatterns = {
      "/catalog",
      "/catalog.ttl",
      "/catalog.rdf",
      "/catalog.xml",
      "/catalog.jsonld",
      "/data.json",
      "/feeds/*"
    })
public class CatalogServlet extends FrontController {
  private static final long serialVersionUID = 1L;

  /** An organisation's feed: CKAN's group name characters. */
  private static final Pattern ORG_FEED =
      Pattern.compile("^/organization/([a-zA-Z0-9_-]{1,100})\\.atom$");

  @Inject transient DcatResponses dcat;

  @Override
  protected void handle(Exchange x) throws IOException {
    if (x.post()) {
      x.resp().setHeader("Allow", "GET, HEAD");
      DcatResponses.problem(x.resp(), 405, "Method not allowed", "GET or HEAD only");
      return;
    }
    String path = x.req().getServletPath();
    if (path.equals("/data.json")) {
      dcat.dataJson(x.resp(), x.head());
    } else if (path.equals("/feeds")) {
      feed(x);
    } else if (path.equals("/catalog")) {
      x.resp().setHeader("Vary", "Accept");
      dcat.catalogPage(
          x.req(), x.resp(), x.head(), RdfSyntax.negotiate(x.req().getHeader("Accept")));
    } else {
      String ext = path.substring(path.indexOf('.') + 1);
      dcat.catalogPage(x.req(), x.resp(), x.head(), RdfSyntax.ofExtension(ext).orElseThrow());
    }
  }

  private void feed(Exchange x) throws IOException {
    String info = x.req().getPathInfo() == null ? "" : x.req().getPathInfo();
    if (info.equals("/dataset.atom")) {
      dcat.feed(x.resp(), x.head(), null);
      return;
    }
    var m = ORG_FEED.matcher(info);
    if (m.matches()) {
      dcat.feed(x.resp(), x.head(), m.group(1));
    } else {
      DcatResponses.problem(x.resp(), 404, "Not found", "No feed at this path");
    }
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    JsonReplies.problem(x.resp(), 400, "Invalid parameter", null, Map.of(field, List.of(message)));
  }
}
