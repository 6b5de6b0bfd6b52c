package id.terbuka.web;

import id.terbuka.dcat.domain.CatalogQuery;
import id.terbuka.dcat.domain.RdfSyntax;
import id.terbuka.dcat.service.PublicCatalog;
import id.terbuka.http.JsonReplies;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchUnavailableException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.jena.rdf.model.Model;

/**
 * The HTTP side of the DCAT outputs ({@code dcat.service.PublicCatalog}): RDF in the syntax the
 * extension (or, for {@code /catalog}, the {@code Accept} header) names, {@code data.json}, Atom
 * feeds; every refusal a JSON problem naming the parameter, never a 500 for a stranger's input.
 */
@ApplicationScoped
public class DcatResponses {
  private static final Logger LOG = Logger.getLogger(DcatResponses.class.getName());

  /** Harvesters come back daily; five minutes of caching costs no freshness that matters. */
  private static final String CACHE = "public, max-age=300";

  @Inject PublicCatalog catalog;
  @Inject TerbukaConfig config;

  /** A body producer that may throw the service's refusals. */
  interface Body {
    byte[] produce() throws IOException;
  }

  /** {@code /catalog.{ext}}: one page of the catalogue. */
  public void catalogPage(
      HttpServletRequest req, HttpServletResponse resp, boolean head, RdfSyntax s)
      throws IOException {
    answer(
        resp,
        head,
        contentType(s),
        () -> {
          CatalogQuery q = CatalogQuery.parse(req.getParameterMap());
          String base = config.siteUrl() + "/catalog." + s.extension();
          return rdf(catalog.pageModel(catalog.page(q), base), s);
        });
  }

  /** {@code /dataset/{name}.{ext}}: one public dataset. */
  public void dataset(HttpServletResponse resp, boolean head, String name, RdfSyntax s)
      throws IOException {
    answer(resp, head, contentType(s), () -> rdf(catalog.datasetModel(name), s));
  }

  /**
   * {@code /data.json}: the whole public catalogue in DCAT-US 1.1, streamed batch by batch (a
   * hundred thousand datasets must not sit in memory). The first batch is read before anything is
   * sent, so an unavailable search is still a clean 503; a failure later can only cut the body.
   */
  public void dataJson(HttpServletResponse resp, boolean head) throws IOException {
    var dj = catalog.dataJson();
    var batches = catalog.batches();
    List<Map<String, Object>> first;
    try {
      first = batches.next();
    } catch (SearchUnavailableException e) {
      problem(resp, 503, "Search unavailable", "The catalogue's search index does not answer");
      return;
    }
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", CACHE);
    resp.setHeader("Access-Control-Allow-Origin", "*");
    if (head) {
      return;
    }
    Writer w =
        new java.io.BufferedWriter(
            new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    String catalogHead = Json.write(dj.catalogHead());
    w.write(catalogHead, 0, catalogHead.length() - 1);
    w.write(",\"dataset\":[");
    boolean firstEntry = true;
    for (List<Map<String, Object>> batch = first; !batch.isEmpty(); batch = batches.next()) {
      for (Map<String, Object> d : batch) {
        if (!firstEntry) {
          w.write(',');
        }
        firstEntry = false;
        w.write(Json.write(dj.dataset(d)));
      }
    }
    w.write("]}");
    w.flush();
  }

  /** {@code /feeds/dataset.atom} (organization null) or {@code /feeds/organization/{name}.atom}. */
  public void feed(HttpServletResponse resp, boolean head, String organization) throws IOException {
    answer(
        resp,
        head,
        "application/atom+xml; charset=utf-8",
        () -> {
          String site = config.siteUrl();
          String self;
          String title;
          if (organization == null) {
            self = site + "/feeds/dataset.atom";
            title = config.siteTitle() + ": dataset terbaru / recently changed datasets";
          } else {
            title = catalog.organizationTitle(organization) + " - " + config.siteTitle();
            self = site + "/feeds/organization/" + organization + ".atom";
          }
          List<Map<String, Object>> recent = catalog.recent(organization);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
          catalog.atom().write(out, self, title, now, recent);
          return out.toByteArray();
        });
  }

  /** A refusal in the JSON problem shape (also for paths the DCAT servlet does not know). */
  public static void problem(HttpServletResponse resp, int status, String title, String detail)
      throws IOException {
    JsonReplies.problem(resp, status, title, detail, null);
  }

  private void answer(HttpServletResponse resp, boolean head, String type, Body body)
      throws IOException {
    byte[] bytes;
    try {
      bytes = body.produce();
    } catch (InvalidInputException e) {
      JsonReplies.problem(resp, 400, "Invalid parameter", null, e.errors());
      return;
    } catch (InvalidSearchQueryException e) {
      JsonReplies.problem(resp, 400, "Invalid search", e.getMessage(), null);
      return;
    } catch (ObjectNotFoundException | AccessDeniedException e) {
      // A dataset the public may not read does not exist for the public (as on the pages).
      problem(resp, 404, "Not found", "No public dataset or organisation of this name");
      return;
    } catch (SearchUnavailableException e) {
      problem(resp, 503, "Search unavailable", "The catalogue's search index does not answer");
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "DCAT output failed", e);
      problem(resp, 500, "Internal error", null);
      return;
    }
    resp.setContentType(type);
    resp.setHeader("Cache-Control", CACHE);
    resp.setHeader("Access-Control-Allow-Origin", "*");
    resp.setContentLength(bytes.length);
    if (!head) {
      resp.getOutputStream().write(bytes);
    }
  }

  /** JSON-LD is UTF-8 by definition (no charset parameter); the others say it. */
  private static String contentType(RdfSyntax s) {
    return s.mediaType() + (s == RdfSyntax.JSON_LD ? "" : "; charset=utf-8");
  }

  private static byte[] rdf(Model m, RdfSyntax s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.write(m, out);
    return out.toByteArray();
  }
}
