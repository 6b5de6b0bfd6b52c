package id.terbuka.web;

import id.terbuka.catalog.domain.PublicDataset;
import id.terbuka.catalog.domain.PublicResource;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.TerbukaConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What search engines read first: {@code /robots.txt} (pages yes; the API and dumps no, they are
 * for programs and costly to crawl) and {@code /sitemap.xml} (the home page, the search page, the
 * unit and topic lists and pages, the Dasa Wisma pages of every published snapshot, every public
 * dataset page with its last change, so Google Dataset Search finds them, and their resource
 * pages).
 */
@WebServlet(
    name = "findability",
    urlPatterns = {"/robots.txt", "/sitemap.xml"})
public class FindabilityServlet extends HttpServlet {
  /** The sitemap protocol's limit per file; a sitemap index would be the next step past it. */
  static final int MAX_URLS = 50_000;

  @Inject DatasetService datasets;
  @Inject GroupService groups;
  @Inject DasaWismaPages dasaWisma;
  @Inject TerbukaConfig config;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String site = config.siteUrl();
    byte[] body;
    if (req.getServletPath().equals("/robots.txt")) {
      resp.setContentType("text/plain; charset=utf-8");
      body = robots(site).getBytes(StandardCharsets.UTF_8);
    } else {
      resp.setContentType("application/xml; charset=utf-8");
      body = sitemap(site).getBytes(StandardCharsets.UTF_8);
    }
    resp.setHeader("Cache-Control", "public, max-age=3600");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  static String robots(String site) {
    return "User-agent: *\n"
        + "Disallow: /api/\n"
        + "Disallow: /datastore/\n"
        + "Sitemap: "
        + site
        + "/sitemap.xml\n";
  }

  private String sitemap(String site) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    url(xml, site + "/", null);
    url(xml, site + "/dataset", null);
    url(xml, site + "/organization", null);
    url(xml, site + "/group", null);
    url(xml, site + "/dasawisma", null);
    url(xml, site + "/developer", null);
    int count = 6;
    for (String path : dasaWisma.sitemapPaths()) {
      url(xml, site + path, null);
      count++;
    }
    for (boolean organizations : new boolean[] {true, false}) {
      for (Object name : groups.list(Actor.anonymous(), Map.of("limit", "1000"), organizations)) {
        url(xml, site + (organizations ? "/organization/" : "/group/") + name, null);
        count++;
      }
    }
    for (PublicDataset d : datasets.publicDatasets(MAX_URLS - count)) {
      url(xml, site + "/dataset/" + d.name(), d.modified().toLocalDate().toString());
      count++;
    }
    // Resource pages (issue 13) after every dataset page, within the same limit.
    if (count < MAX_URLS) {
      for (PublicResource r : datasets.publicResources(MAX_URLS - count)) {
        url(
            xml,
            site + "/dataset/" + r.datasetName() + "/resource/" + r.resourceId(),
            r.modified() == null ? null : r.modified().toLocalDate().toString());
      }
    }
    return xml.append("</urlset>\n").toString();
  }

  /**
   * Dataset names are lowercase letters, digits, - and _ (CKAN's rule), region codes digits and
   * dots: nothing to escape.
   */
  private static void url(StringBuilder xml, String loc, String lastmod) {
    xml.append("  <url><loc>").append(loc).append("</loc>");
    if (lastmod != null) {
      xml.append("<lastmod>").append(lastmod).append("</lastmod>");
    }
    xml.append("</url>\n");
  }
}
