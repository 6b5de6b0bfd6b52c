package id.terbuka.dcat.domain;

import id.terbuka.shared.Values;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * CKAN dataset dicts as DCAT-AP (the mapping of ckanext-dcat, ckan-api.md), with Satu Data's
 * fields: {@code frekuensi} as {@code dct:accrualPeriodicity} (EU frequency authority), {@code
 * cakupan_wilayah} as {@code dct:spatial} locations, {@code cakupan_waktu_*} as a {@code
 * dct:PeriodOfTime}, a resource's SHA-256 as {@code spdx:checksum}. Subjects are the portal's own
 * URLs keyed by id, so that renaming a dataset does not change its identity for a harvester.
 */
public final class DcatMapping {
  private final String site;
  private final String siteTitle;
  private final Function<String, Optional<String>> regionName;

  /**
   * @param site the public base URL, without the trailing slash
   * @param siteTitle the portal's title, the catalogue's and its publisher's name
   * @param regionName a Kemendagri code's name, if known
   */
  public DcatMapping(String site, String siteTitle, Function<String, Optional<String>> regionName) {
    this.site = site;
    this.siteTitle = siteTitle;
    this.regionName = regionName;
  }

  /** A model with the usual prefixes, so Turtle and RDF/XML read well. */
  public static Model emptyModel() {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("dcat", DCAT.NS);
    m.setNsPrefix("dct", DCTerms.NS);
    m.setNsPrefix("foaf", FOAF.NS);
    m.setNsPrefix("vcard", VCARD4.NS);
    m.setNsPrefix("skos", SKOS.uri);
    m.setNsPrefix("spdx", Vocab.SPDX);
    m.setNsPrefix("hydra", Vocab.HYDRA);
    m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    m.setNsPrefix("rdf", RDF.uri);
    return m;
  }

  /** The URI of the dataset of this id. */
  public String datasetUri(String id) {
    return site + "/dataset/" + id;
  }

  /** {@code /dataset/{name}.ttl}: one dataset with its distributions and publisher. */
  public Model datasetDocument(Map<String, Object> dict) {
    Model m = emptyModel();
    dataset(m, dict);
    return m;
  }

  /**
   * One catalogue page: the catalogue with this page's datasets, and a Hydra view with the links a
   * harvester follows.
   *
   * @param pageBase the page's URL without the query (e.g. {@code https://.../catalog.ttl})
   */
  public Model catalogPage(CatalogPage page, String pageBase) {
    Model m = emptyModel();
    Resource catalog = m.createResource(site + "/catalog");
    catalog.addProperty(RDF.type, DCAT.Catalog);
    catalog.addProperty(DCTerms.title, siteTitle);
    catalog.addProperty(
        DCTerms.description, "Katalog data terbuka " + siteTitle + " (DCAT-AP, 100 per halaman)");
    catalog.addProperty(FOAF.homepage, m.createResource(site + "/"));
    catalog.addProperty(DCTerms.publisher, sitePublisher(m));
    for (Map<String, Object> dict : page.datasets()) {
      catalog.addProperty(DCAT.dataset, dataset(m, dict));
    }
    CatalogQuery q = page.query();
    int last = page.lastPage();
    Resource view = m.createResource(pageBase + q.queryString(q.page()));
    view.addProperty(RDF.type, Vocab.PAGED_COLLECTION);
    view.addProperty(RDF.type, Vocab.PARTIAL_VIEW);
    view.addLiteral(Vocab.TOTAL_ITEMS, m.createTypedLiteral(page.total()));
    view.addLiteral(Vocab.ITEMS_PER_PAGE, m.createTypedLiteral((long) CatalogQuery.PAGE_SIZE));
    view.addProperty(Vocab.FIRST, m.createResource(pageBase + q.queryString(1)));
    view.addProperty(Vocab.LAST, m.createResource(pageBase + q.queryString(last)));
    if (q.page() < last) {
      view.addProperty(Vocab.NEXT, m.createResource(pageBase + q.queryString(q.page() + 1)));
    }
    if (q.page() > 1) {
      view.addProperty(
          Vocab.PREVIOUS, m.createResource(pageBase + q.queryString(Math.min(q.page() - 1, last))));
    }
    catalog.addProperty(Vocab.VIEW, view);
    return m;
  }

  private Resource sitePublisher(Model m) {
    Resource agent = m.createResource(site + "/");
    agent.addProperty(RDF.type, FOAF.Agent);
    agent.addProperty(FOAF.name, siteTitle);
    return agent;
  }

  /** Adds one dataset (its distributions, publisher, contact, places and period) to the model. */
  @SuppressWarnings("unchecked")
  public Resource dataset(Model m, Map<String, Object> d) {
    String id = text(d, "id");
    Resource ds = m.createResource(datasetUri(id));
    ds.addProperty(RDF.type, DCAT.Dataset);
    String title = Optional.ofNullable(text(d, "title")).orElse(text(d, "name"));
    ds.addProperty(DCTerms.title, title);
    // DCAT-AP requires a description; a dataset without notes is described by its title.
    ds.addProperty(DCTerms.description, Optional.ofNullable(text(d, "notes")).orElse(title));
    ds.addProperty(DCTerms.identifier, id);
    ds.addProperty(DCAT.landingPage, m.createResource(site + "/dataset/" + text(d, "name")));
    dateTime(ds, DCTerms.issued, text(d, "metadata_created"));
    dateTime(ds, DCTerms.modified, text(d, "metadata_modified"));
    literal(ds, DCTerms.hasVersion, text(d, "version"));
    for (Object t : Values.list(d.get("tags"))) {
      if (t instanceof Map<?, ?> tag && tag.get("name") != null) {
        ds.addProperty(DCAT.keyword, XmlText.clean(tag.get("name").toString()));
      }
    }
    for (Object g : Values.list(d.get("groups"))) {
      if (g instanceof Map<?, ?> group && group.get("name") != null) {
        ds.addProperty(DCAT.theme, m.createResource(site + "/group/" + group.get("name")));
      }
    }
    if (d.get("organization") instanceof Map<?, ?> org) {
      ds.addProperty(DCTerms.publisher, publisher(m, (Map<String, Object>) org));
    }
    contact(m, ds, d);
    String licenseUrl = text(d, "license_url");
    if (XmlText.isHttpUrl(licenseUrl)) {
      ds.addProperty(DCTerms.license, m.createResource(licenseUrl));
    }
    satuData(m, ds, d);
    for (Object r : Values.list(d.get("resources"))) {
      if (r instanceof Map<?, ?> res) {
        ds.addProperty(DCAT.distribution, distribution(m, (Map<String, Object>) res, d));
      }
    }
    return ds;
  }

  private Resource publisher(Model m, Map<String, Object> org) {
    Resource agent = m.createResource(site + "/organization/" + text(org, "name"));
    agent.addProperty(RDF.type, FOAF.Agent);
    agent.addProperty(RDF.type, FOAF.Organization);
    agent.addProperty(FOAF.name, Optional.ofNullable(text(org, "title")).orElse(text(org, "name")));
    literal(agent, DCTerms.identifier, text(org, "kode_unit"));
    return agent;
  }

  /** The maintainer (else the author) as a vCard contact. */
  private static void contact(Model m, Resource ds, Map<String, Object> d) {
    String name = Optional.ofNullable(text(d, "maintainer")).orElse(text(d, "author"));
    String email = Optional.ofNullable(text(d, "maintainer_email")).orElse(text(d, "author_email"));
    if (name == null && email == null) {
      return;
    }
    Resource kind = m.createResource();
    kind.addProperty(RDF.type, VCARD4.Kind);
    literal(kind, VCARD4.fn, name == null ? email : name);
    if (XmlText.isEmail(email)) {
      kind.addProperty(VCARD4.hasEmail, m.createResource("mailto:" + email));
    }
    ds.addProperty(DCAT.contactPoint, kind);
  }

  private void satuData(Model m, Resource ds, Map<String, Object> d) {
    Frequencies.euUri(text(d, "frekuensi"))
        .ifPresent(uri -> ds.addProperty(DCTerms.accrualPeriodicity, m.createResource(uri)));
    for (Object c : Values.list(d.get("cakupan_wilayah"))) {
      String code = c.toString();
      Resource place = m.createResource(site + "/wilayah/" + code);
      place.addProperty(RDF.type, DCTerms.Location);
      place.addProperty(DCTerms.identifier, code);
      regionName.apply(code).ifPresent(n -> place.addProperty(SKOS.prefLabel, n));
      ds.addProperty(DCTerms.spatial, place);
    }
    String start = text(d, "cakupan_waktu_mulai");
    String end = text(d, "cakupan_waktu_selesai");
    if (start != null || end != null) {
      Resource period = m.createResource();
      period.addProperty(RDF.type, DCTerms.PeriodOfTime);
      date(period, DCAT.startDate, start);
      date(period, DCAT.endDate, end);
      ds.addProperty(DCTerms.temporal, period);
    }
    String producer = text(d, "produsen_data");
    if (producer != null) {
      Resource creator = m.createResource();
      creator.addProperty(RDF.type, FOAF.Agent);
      creator.addProperty(FOAF.name, producer);
      ds.addProperty(DCTerms.creator, creator);
    }
  }

  private Resource distribution(Model m, Map<String, Object> r, Map<String, Object> d) {
    String id = text(r, "id");
    Resource dist = m.createResource(site + "/dataset/" + text(d, "id") + "/resource/" + id);
    dist.addProperty(RDF.type, DCAT.Distribution);
    String url = text(r, "url");
    // A resource always has a page that leads to it: the access URL DCAT-AP requires.
    dist.addProperty(
        DCAT.accessURL, m.createResource(site + "/dataset/" + text(d, "name") + "/resource/" + id));
    if (XmlText.isHttpUrl(url)) {
      dist.addProperty(DCAT.downloadURL, m.createResource(url));
    }
    literal(dist, DCTerms.title, text(r, "name"));
    literal(dist, DCTerms.description, text(r, "description"));
    literal(dist, DCTerms.format, text(r, "format"));
    String mime = text(r, "mimetype");
    if (mime != null && mime.matches("[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+")) {
      dist.addProperty(DCAT.mediaType, m.createResource(Vocab.IANA_MEDIA + mime));
    }
    Object size = r.get("size");
    if (size instanceof Number n && n.longValue() >= 0) {
      dist.addLiteral(
          DCAT.byteSize,
          m.createTypedLiteral(Long.toString(n.longValue()), XSDDatatype.XSDnonNegativeInteger));
    }
    dateTime(dist, DCTerms.issued, text(r, "created"));
    dateTime(dist, DCTerms.modified, text(r, "last_modified"));
    String licenseUrl = text(d, "license_url");
    if (XmlText.isHttpUrl(licenseUrl)) {
      dist.addProperty(DCTerms.license, m.createResource(licenseUrl));
    }
    checksum(m, dist, text(r, "hash"));
    return dist;
  }

  /** A stored file's {@code sha256:<hex>} hash as an SPDX checksum; other hashes are not ours. */
  private static void checksum(Model m, Resource dist, String hash) {
    if (hash == null || !hash.matches("sha256:[0-9a-f]{64}")) {
      return;
    }
    Resource c = m.createResource();
    c.addProperty(RDF.type, Vocab.CHECKSUM);
    c.addProperty(Vocab.ALGORITHM, Vocab.SHA256);
    c.addLiteral(
        Vocab.CHECKSUM_VALUE, m.createTypedLiteral(hash.substring(7), XSDDatatype.XSDhexBinary));
    dist.addProperty(Vocab.CHECKSUM_PROP, c);
  }

  private static void literal(Resource s, Property p, String value) {
    if (value != null) {
      s.addProperty(p, value);
    }
  }

  /** CKAN's timestamps are UTC without an offset; the literal says so. */
  private static void dateTime(Resource s, Property p, String ckanTimestamp) {
    if (ckanTimestamp != null) {
      String v = ckanTimestamp.endsWith("Z") ? ckanTimestamp : ckanTimestamp + "Z";
      Literal l = s.getModel().createTypedLiteral(v, XSDDatatype.XSDdateTime);
      s.addLiteral(p, l);
    }
  }

  private static void date(Resource s, Property p, String isoDate) {
    if (isoDate != null) {
      s.addLiteral(p, s.getModel().createTypedLiteral(isoDate, XSDDatatype.XSDdate));
    }
  }

  static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    String s = XmlText.clean(v.toString()).strip();
    return s.isEmpty() ? null : s;
  }
}
