package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * DCAT and harvesting outputs through the deployed WAR (issue 13, item 5): the catalogue pages in
 * Turtle, RDF/XML and JSON-LD parsed with Jena, their mapping values and Hydra paging, SHACL shapes
 * for DCAT-AP's mandatory properties, one dataset's RDF, {@code data.json}, the Atom feeds, the
 * sitemap's resource pages, refusals of bad parameters, and that private, draft and deleted
 * datasets never appear.
 */
@ExtendWith(SharedPortal.class)
class DcatIT {
  static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
  static final String SPDX = "http://spdx.org/rdf/terms#";

  @SharedPortal.Base URL base;

  private Http http;
  private World world;

  record World(
      String admin,
      String siteUrl,
      String org,
      String bulkOrg,
      Map<String, Object> shown,
      String privateName,
      String draftName,
      String deletedName) {}

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(DcatIT.class, this::makeWorld);
  }

  private World makeWorld() {
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    String siteUrl = (String) map(ok(http.get(Http.action("status_show"), null))).get("site_url");
    String org = "dcat-" + sfx;
    ok(http, "organization_create", admin, dict("name", org, "title", "Dinas DCAT " + sfx));
    String name = "dcat-gizi-" + sfx;
    Map<String, Object> created =
        ItSupport.packageCreate(
            http,
            admin,
            dict(
                "name", name,
                "title", "Status Gizi <Balita> & Ibu",
                "notes", "Prevalensi per kecamatan",
                "owner_org", org,
                "license_id", "cc-by",
                "maintainer", "Seksi Gizi",
                "maintainer_email", "gizi@example.go.id",
                "tags", List.of(dict("name", "gizi"), dict("name", "kesehatan")),
                "frekuensi", "bulanan",
                "cakupan_wilayah", List.of("35.22"),
                "cakupan_waktu_mulai", "2024-01-01",
                "cakupan_waktu_selesai", "2024-12-31"));
    ok(
        http.postMultipart(
            "/api/3/action/resource_create",
            admin,
            Map.of("package_id", (String) created.get("id"), "name", "Gizi 2024"),
            "gizi.csv",
            "kecamatan,jumlah\nNgraho,12\n".getBytes(StandardCharsets.UTF_8)));
    String privateName = "dcat-rahasia-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", privateName, "owner_org", org, "private", true));
    String draftName = "dcat-draf-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", draftName, "owner_org", org, "state", "draft"));
    String deletedName = "dcat-hapus-" + sfx;
    ItSupport.packageCreate(http, admin, dict("name", deletedName, "owner_org", org));
    ok(http, "package_delete", admin, dict("id", deletedName));

    // 101 datasets of their own unit: two catalogue pages.
    String bulkOrg = "dcat-massal-" + sfx;
    ok(http, "organization_create", admin, dict("name", bulkOrg, "title", "Massal " + sfx));
    for (int i = 0; i < 101; i++) {
      ItSupport.packageCreate(
          http, admin, dict("name", bulkOrg + "-" + i, "owner_org", bulkOrg, "notes", "n" + i));
    }
    // Changed last, so that it heads the recent-changes feed.
    ok(http, "package_patch", admin, dict("id", name, "version", "1.0"));
    Map<String, Object> shown = ItSupport.packageShow(http, null, name);
    ItSupport.searchUntil(http, null, names -> names.contains(name), name, "q", "name:" + name);
    ItSupport.eventually(
        "101 bulk datasets indexed",
        ItSupport.SEARCH_WAIT,
        () -> ItSupport.search(http, null, "fq", "organization:" + bulkOrg, "rows", 1000).size(),
        n -> n == 101);
    return new World(admin, siteUrl, org, bulkOrg, shown, privateName, draftName, deletedName);
  }

  // ------------------------------------------------------------------------------ catalogue

  @Test
  void theCatalogueInEverySyntaxMapsTheDatasetAndPassesTheShapes() {
    for (String[] s :
        new String[][] {
          {"ttl", "text/turtle"},
          {"rdf", "application/rdf+xml"},
          {"xml", "application/rdf+xml"},
          {"jsonld", "application/ld+json"}
        }) {
      HttpResponse<byte[]> r =
          http.getBytes("/catalog." + s[0] + "?fq=" + enc("organization:" + world.org()));
      assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith(s[1]), s[0] + " type");
      Model m = parse(r.body(), s[0]);
      var report = DcatShapes.validate(m);
      assertTrue(report.conforms(), s[0] + ": " + DcatShapes.describe(report));
      checkMapping(m, s[0]);
      Resource catalog = m.getResource(world.siteUrl() + "/catalog");
      assertEquals(1, catalog.listProperties(DCAT.dataset).toList().size(), s[0]);
      Resource view = catalog.getPropertyResourceValue(m.createProperty(HYDRA, "view"));
      assertEquals(1, view.getProperty(m.createProperty(HYDRA, "totalItems")).getLong());
    }
  }

  private void checkMapping(Model m, String syntax) {
    String site = world.siteUrl();
    Map<String, Object> d = world.shown();
    Resource ds = m.getResource(site + "/dataset/" + d.get("id"));
    assertTrue(ds.hasProperty(RDF.type, DCAT.Dataset), syntax);
    assertEquals("Status Gizi <Balita> & Ibu", ds.getProperty(DCTerms.title).getString());
    assertEquals("Prevalensi per kecamatan", ds.getProperty(DCTerms.description).getString());
    Set<String> keywords = new HashSet<>();
    ds.listProperties(DCAT.keyword).forEachRemaining(st -> keywords.add(st.getString()));
    assertEquals(Set.of("gizi", "kesehatan"), keywords);
    assertEquals(
        "http://publications.europa.eu/resource/authority/frequency/MONTHLY",
        ds.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI());
    Resource place = ds.getPropertyResourceValue(DCTerms.spatial);
    assertEquals("35.22", place.getProperty(DCTerms.identifier).getString());
    assertTrue(place.hasProperty(SKOS.prefLabel), "the region's name from the reference list");
    Resource period = ds.getPropertyResourceValue(DCTerms.temporal);
    assertEquals("2024-01-01", period.getProperty(DCAT.startDate).getLiteral().getLexicalForm());
    assertEquals("2024-12-31", period.getProperty(DCAT.endDate).getLiteral().getLexicalForm());
    Resource publisher = ds.getPropertyResourceValue(DCTerms.publisher);
    assertEquals(site + "/organization/" + world.org(), publisher.getURI());
    assertTrue(publisher.getProperty(FOAF.name).getString().startsWith("Dinas DCAT"));
    assertEquals(d.get("license_url"), ds.getPropertyResourceValue(DCTerms.license).getURI());
    Map<String, Object> res = map(list(d.get("resources")).get(0));
    Resource dist = m.getResource(site + "/dataset/" + d.get("id") + "/resource/" + res.get("id"));
    assertTrue(dist.hasProperty(RDF.type, DCAT.Distribution));
    assertEquals(res.get("url"), dist.getPropertyResourceValue(DCAT.downloadURL).getURI());
    assertNotNull(dist.getPropertyResourceValue(DCAT.accessURL));
    assertEquals(((Number) res.get("size")).longValue(), dist.getProperty(DCAT.byteSize).getLong());
    Resource checksum = dist.getPropertyResourceValue(m.createProperty(SPDX, "checksum"));
    assertEquals(
        ((String) res.get("hash")).substring("sha256:".length()),
        checksum.getProperty(m.createProperty(SPDX, "checksumValue")).getString());
    for (String hidden : List.of(world.privateName(), world.draftName(), world.deletedName())) {
      assertFalse(
          m.listObjectsOfProperty(DCAT.landingPage)
              .toList()
              .toString()
              .contains("/dataset/" + hidden),
          hidden + " in " + syntax);
    }
  }

  @Test
  void hydraPagingWalksTheCatalogueOneHundredAtATime() {
    String fq = "?fq=" + enc("organization:" + world.bulkOrg());
    Model first = parse(http.getBytes("/catalog.ttl" + fq).body(), "ttl");
    Resource catalog = first.getResource(world.siteUrl() + "/catalog");
    assertEquals(100, catalog.listProperties(DCAT.dataset).toList().size());
    Resource view = catalog.getPropertyResourceValue(first.createProperty(HYDRA, "view"));
    assertTrue(view.hasProperty(RDF.type, first.createResource(HYDRA + "PartialCollectionView")));
    assertEquals(101, view.getProperty(first.createProperty(HYDRA, "totalItems")).getLong());
    assertNull(view.getPropertyResourceValue(first.createProperty(HYDRA, "previous")));
    String next = view.getPropertyResourceValue(first.createProperty(HYDRA, "next")).getURI();
    String last = view.getPropertyResourceValue(first.createProperty(HYDRA, "last")).getURI();
    assertEquals(next, last);
    assertTrue(next.startsWith(world.siteUrl() + "/catalog.ttl?"), next);
    assertTrue(next.endsWith("page=2"), next);

    Model second = parse(http.getBytes(next.substring(world.siteUrl().length())).body(), "ttl");
    Resource catalog2 = second.getResource(world.siteUrl() + "/catalog");
    assertEquals(1, catalog2.listProperties(DCAT.dataset).toList().size());
    Resource view2 = catalog2.getPropertyResourceValue(second.createProperty(HYDRA, "view"));
    assertNull(view2.getPropertyResourceValue(second.createProperty(HYDRA, "next")));
    assertTrue(
        view2
            .getPropertyResourceValue(second.createProperty(HYDRA, "previous"))
            .getURI()
            .endsWith("page=1"));
    Set<String> all = new HashSet<>();
    first.listObjectsOfProperty(DCAT.landingPage).forEachRemaining(o -> all.add(o.toString()));
    second.listObjectsOfProperty(DCAT.landingPage).forEachRemaining(o -> all.add(o.toString()));
    assertEquals(101, all.size(), "no dataset on two pages, none missing");

    assertEquals(400, http.get("/catalog.ttl" + fq + "&page=3", null).status());
  }

  @Test
  void modifiedSinceAndQueryNarrowTheCatalogue() {
    String fq = "fq=" + enc("organization:" + world.org());
    Model future =
        parse(http.getBytes("/catalog.ttl?modified_since=2999-01-01&" + fq).body(), "ttl");
    assertEquals(0, future.listObjectsOfProperty(DCAT.landingPage).toList().size());
    Model past =
        parse(
            http.getBytes("/catalog.jsonld?modified_since=2000-01-01T00:00:00Z&" + fq).body(),
            "jsonld");
    assertEquals(1, past.listObjectsOfProperty(DCAT.landingPage).toList().size());
    Model q = parse(http.getBytes("/catalog.rdf?q=prevalensi&" + fq).body(), "rdf");
    assertEquals(1, q.listObjectsOfProperty(DCAT.landingPage).toList().size());
  }

  @Test
  void badParametersAreRefusedWith400NamingThem() {
    for (String[] bad :
        new String[][] {
          {"page=-1", "page"},
          {"page=abc", "page"},
          {"page=0", "page"},
          {"page=99999999999999999999", "page"},
          {"page=10001", "page"},
          {"modified_since=kemarin", "modified_since"},
          {"modified_since=2025-02-30", "modified_since"},
          {"rows=5", "rows"}
        }) {
      Http.Reply r = http.get("/catalog.ttl?" + bad[0], null);
      assertEquals(400, r.status(), bad[0] + ": " + r.body());
      assertTrue(map(r.map().get("errors")).containsKey(bad[1]), r.body());
    }
    Http.Reply fq = http.get("/catalog.ttl?fq=" + enc("title:(unclosed"), null);
    assertEquals(400, fq.status(), fq.body());
    assertEquals(405, http.postJson("/catalog.ttl", null, Map.of()).status());
  }

  @Test
  void contentNegotiationOnTheCatalogue() {
    HttpResponse<byte[]> r = http.getBytes("/catalog", "Accept", "application/ld+json");
    assertEquals(200, r.statusCode());
    assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElse(""));
    parse(r.body(), "jsonld");
    HttpResponse<byte[]> t = http.getBytes("/catalog", "Accept", "text/html,*/*");
    assertTrue(t.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
  }

  // ------------------------------------------------------------------------------ one dataset

  @Test
  void oneDatasetInEverySyntaxAndNothingHidden() {
    String name = (String) world.shown().get("name");
    for (String ext : List.of("ttl", "rdf", "xml", "jsonld")) {
      HttpResponse<byte[]> r = http.getBytes("/dataset/" + name + "." + ext);
      assertEquals(200, r.statusCode(), ext);
      Model m = parse(r.body(), ext);
      var report = DcatShapes.validate(m);
      assertTrue(report.conforms(), DcatShapes.describe(report));
      checkMapping(m, ext);
    }
    for (String hidden :
        List.of(world.privateName(), world.draftName(), world.deletedName(), "tidak-ada")) {
      assertEquals(404, http.get("/dataset/" + hidden + ".ttl", null).status(), hidden);
    }
    // The id works as well as the name.
    assertEquals(200, http.get("/dataset/" + world.shown().get("id") + ".jsonld", null).status());
  }

  // ------------------------------------------------------------------------------ data.json

  @Test
  void dataJsonIsAProjectOpenDataCatalogue() {
    Http.Reply r = http.get("/data.json", null);
    assertEquals(200, r.status());
    Map<String, Object> catalog = r.map();
    assertEquals("https://project-open-data.cio.gov/v1.1/schema", catalog.get("conformsTo"));
    Map<String, Object> entry = null;
    String landing = world.siteUrl() + "/dataset/" + world.shown().get("name");
    for (Object o : list(catalog.get("dataset"))) {
      Map<String, Object> d = map(o);
      for (String key :
          List.of(
              "title",
              "description",
              "keyword",
              "modified",
              "publisher",
              "contactPoint",
              "identifier",
              "accessLevel")) {
        assertTrue(d.containsKey(key), key + " in " + d);
      }
      String page = (String) d.get("landingPage");
      for (String hidden : List.of(world.privateName(), world.draftName(), world.deletedName())) {
        assertFalse(page.endsWith("/" + hidden), hidden);
      }
      if (landing.equals(page)) {
        entry = d;
      }
    }
    assertNotNull(entry, "the public dataset is listed");
    assertEquals("R/P1M", entry.get("accrualPeriodicity"));
    assertEquals("2024-01-01/2024-12-31", entry.get("temporal"));
    assertEquals("mailto:gizi@example.go.id", map(entry.get("contactPoint")).get("hasEmail"));
    Map<String, Object> dist = map(list(entry.get("distribution")).get(0));
    assertEquals(
        map(list(world.shown().get("resources")).get(0)).get("url"), dist.get("downloadURL"));
  }

  // ------------------------------------------------------------------------------ feeds

  @Test
  void atomFeedsListRecentPublicChanges() throws Exception {
    String id = world.siteUrl() + "/dataset/" + world.shown().get("id");
    ItSupport.eventually(
        "the last change heads the feed",
        ItSupport.SEARCH_WAIT,
        () -> {
          try {
            return feedIds(atom("/feeds/dataset.atom"));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        ids -> !ids.isEmpty() && ids.get(0).equals(id));
    Element unit = atom("/feeds/organization/" + world.org() + ".atom");
    List<String> ids = feedIds(unit);
    assertEquals(List.of(world.siteUrl() + "/dataset/" + world.shown().get("id")), ids);
    assertEquals(404, http.get("/feeds/organization/tidak-ada-unit.atom", null).status());
    assertEquals(404, http.get("/feeds/lain.atom", null).status());
  }

  private Element atom(String path) throws Exception {
    HttpResponse<byte[]> r = http.getBytes(path);
    assertEquals(200, r.statusCode(), path);
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element feed =
        f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body())).getDocumentElement();
    assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    for (String required : List.of("id", "title", "updated")) {
      assertEquals(1, children(feed, required).size(), required);
    }
    for (Element entry : children(feed, "entry")) {
      for (String required : List.of("id", "title", "updated", "link", "author")) {
        assertFalse(children(entry, required).isEmpty(), required + " in an entry");
      }
      assertTrue(children(entry, "updated").get(0).getTextContent().endsWith("Z"));
    }
    return feed;
  }

  private static List<String> feedIds(Element feed) {
    List<String> ids = new ArrayList<>();
    for (Element e : children(feed, "entry")) {
      ids.add(children(e, "id").get(0).getTextContent());
    }
    return ids;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------ sitemap

  @Test
  void theSitemapListsPublicResourcePages() {
    String sitemap = http.get("/sitemap.xml", null).body();
    Map<String, Object> res = map(list(world.shown().get("resources")).get(0));
    assertTrue(
        sitemap.contains(
            "<loc>"
                + world.siteUrl()
                + "/dataset/"
                + world.shown().get("name")
                + "/resource/"
                + res.get("id")
                + "</loc>"),
        "the resource page is in the sitemap");
    assertFalse(sitemap.contains(world.privateName()));
  }

  static Model parse(byte[] body, String ext) {
    Lang lang =
        switch (ext) {
          case "ttl" -> Lang.TURTLE;
          case "jsonld" -> Lang.JSONLD;
          default -> Lang.RDFXML;
        };
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, new ByteArrayInputStream(body), lang);
    return m;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Map<String, Object> json(String body) {
    return map(Json.parse(body));
  }
}
