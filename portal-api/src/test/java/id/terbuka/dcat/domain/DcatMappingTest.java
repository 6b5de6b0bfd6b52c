package id.terbuka.dcat.domain;

import static id.terbuka.dcat.domain.DcatSamples.SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;

class DcatMappingTest {
  private final DcatMapping mapping =
      new DcatMapping(
          SITE,
          "Portal Data Uji",
          code -> code.equals("35.22") ? Optional.of("Kabupaten Bojonegoro") : Optional.empty());

  private final Model m = mapping.datasetDocument(DcatSamples.dataset());
  private final Resource ds = m.getResource(SITE + "/dataset/ds-1");

  @Test
  void datasetCoreFields() {
    assertTrue(ds.hasProperty(RDF.type, DCAT.Dataset));
    assertEquals("Status Gizi Balita", string(ds, DCTerms.title));
    assertEquals("Prevalensi gizi buruk <per> kecamatan & desa", string(ds, DCTerms.description));
    assertEquals("ds-1", string(ds, DCTerms.identifier));
    assertEquals(Set.of("gizi", "kesehatan"), strings(ds, DCAT.keyword));
    assertEquals(
        SITE + "/dataset/status-gizi", ds.getPropertyResourceValue(DCAT.landingPage).getURI());
    var modified = ds.getProperty(DCTerms.modified).getLiteral();
    assertEquals(XSDDatatype.XSDdateTime.getURI(), modified.getDatatypeURI());
    assertEquals("2024-03-01T10:20:30.123456Z", modified.getLexicalForm());
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/",
        ds.getPropertyResourceValue(DCTerms.license).getURI());
    assertEquals(SITE + "/group/kesehatan", ds.getPropertyResourceValue(DCAT.theme).getURI());
  }

  @Test
  void publisherAndContact() {
    Resource org = ds.getPropertyResourceValue(DCTerms.publisher);
    assertEquals(SITE + "/organization/dinas-kesehatan", org.getURI());
    assertTrue(org.hasProperty(RDF.type, FOAF.Agent));
    assertEquals("Dinas Kesehatan", string(org, FOAF.name));
    assertEquals("1.02.01", string(org, DCTerms.identifier));
    Resource contact = ds.getPropertyResourceValue(DCAT.contactPoint);
    assertTrue(contact.hasProperty(RDF.type, VCARD4.Kind));
    assertEquals("Seksi Gizi", string(contact, VCARD4.fn));
    assertEquals(
        "mailto:gizi@example.go.id", contact.getPropertyResourceValue(VCARD4.hasEmail).getURI());
    Resource creator = ds.getPropertyResourceValue(DCTerms.creator);
    assertEquals("Bidang Kesmas", string(creator, FOAF.name));
  }

  @Test
  void satuDataFields() {
    assertEquals(
        "http://publications.europa.eu/resource/authority/frequency/QUARTERLY",
        ds.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI());
    List<Resource> places = resources(ds, DCTerms.spatial);
    assertEquals(2, places.size());
    Resource kab = m.getResource(SITE + "/wilayah/35.22");
    assertTrue(kab.hasProperty(RDF.type, DCTerms.Location));
    assertEquals("Kabupaten Bojonegoro", string(kab, SKOS.prefLabel));
    assertEquals("35.22", string(kab, DCTerms.identifier));
    assertFalse(m.getResource(SITE + "/wilayah/35.22.01").hasProperty(SKOS.prefLabel));
    Resource period = ds.getPropertyResourceValue(DCTerms.temporal);
    assertTrue(period.hasProperty(RDF.type, DCTerms.PeriodOfTime));
    var start = period.getProperty(DCAT.startDate).getLiteral();
    assertEquals("2024-01-01", start.getLexicalForm());
    assertEquals(XSDDatatype.XSDdate.getURI(), start.getDatatypeURI());
    assertEquals("2024-12-31", period.getProperty(DCAT.endDate).getLiteral().getLexicalForm());
  }

  @Test
  void distributions() {
    Resource file = m.getResource(SITE + "/dataset/ds-1/resource/res-1");
    assertTrue(file.hasProperty(RDF.type, DCAT.Distribution));
    assertEquals(
        SITE + "/dataset/status-gizi/resource/res-1",
        file.getPropertyResourceValue(DCAT.accessURL).getURI());
    assertEquals(
        SITE + "/dataset/ds-1/resource/res-1/download/gizi.csv",
        file.getPropertyResourceValue(DCAT.downloadURL).getURI());
    assertEquals(
        "https://www.iana.org/assignments/media-types/text/csv",
        file.getPropertyResourceValue(DCAT.mediaType).getURI());
    assertEquals("CSV", string(file, DCTerms.format));
    var size = file.getProperty(DCAT.byteSize).getLiteral();
    assertEquals("1234", size.getLexicalForm());
    assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(), size.getDatatypeURI());
    Resource checksum = file.getPropertyResourceValue(Vocab.CHECKSUM_PROP);
    assertTrue(checksum.hasProperty(RDF.type, Vocab.CHECKSUM));
    assertEquals(Vocab.SHA256, checksum.getPropertyResourceValue(Vocab.ALGORITHM));
    assertEquals(DcatSamples.SHA, checksum.getProperty(Vocab.CHECKSUM_VALUE).getString());

    // A link that is no URL gets no downloadURL; a hash that is not our SHA-256 no checksum.
    Resource link = m.getResource(SITE + "/dataset/ds-1/resource/res-2");
    assertTrue(link.hasProperty(DCAT.accessURL));
    assertFalse(link.hasProperty(DCAT.downloadURL));
    assertFalse(link.hasProperty(Vocab.CHECKSUM_PROP));
    assertEquals(2, resources(ds, DCAT.distribution).size());
  }

  @Test
  void missingNotesAndUnknownFrequencyAreHandled() {
    Map<String, Object> d = DcatSamples.dataset();
    d.put("notes", "  ");
    d.put("frekuensi", "sometimes");
    d.put("cakupan_waktu_mulai", null);
    d.put("cakupan_waktu_selesai", null);
    Model other = mapping.datasetDocument(d);
    Resource r = other.getResource(SITE + "/dataset/ds-1");
    assertEquals("Status Gizi Balita", string(r, DCTerms.description));
    assertFalse(r.hasProperty(DCTerms.accrualPeriodicity));
    assertFalse(r.hasProperty(DCTerms.temporal));
  }

  @Test
  void everySyntaxParsesBackToTheSameGraph() {
    for (RdfSyntax s : RdfSyntax.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      s.write(m, out);
      Model back = ModelFactory.createDefaultModel();
      Lang lang =
          switch (s) {
            case TURTLE -> Lang.TURTLE;
            case RDF_XML, XML -> Lang.RDFXML;
            case JSON_LD -> Lang.JSONLD;
          };
      RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang);
      assertTrue(back.isIsomorphicWith(m), s + " round trip");
    }
  }

  @Test
  void catalogPageCarriesHydraLinks() {
    List<Map<String, Object>> dicts = List.of(DcatSamples.dataset());
    CatalogQuery q =
        new CatalogQuery(2, "2024-01-01T00:00:00.000Z", "2024-01-01", "gizi buruk", null);
    Model page = mapping.catalogPage(new CatalogPage(q, 250, dicts), SITE + "/catalog.ttl");
    Resource catalog = page.getResource(SITE + "/catalog");
    assertTrue(catalog.hasProperty(RDF.type, DCAT.Catalog));
    assertEquals(
        "Portal Data Uji", string(catalog.getPropertyResourceValue(DCTerms.publisher), FOAF.name));
    assertEquals(1, resources(catalog, DCAT.dataset).size());
    Resource view = catalog.getPropertyResourceValue(Vocab.VIEW);
    String base = SITE + "/catalog.ttl?modified_since=2024-01-01&q=gizi+buruk&page=";
    assertEquals(base + "2", view.getURI());
    assertTrue(view.hasProperty(RDF.type, Vocab.PAGED_COLLECTION));
    assertTrue(view.hasProperty(RDF.type, Vocab.PARTIAL_VIEW));
    assertEquals(250, view.getProperty(Vocab.TOTAL_ITEMS).getLong());
    assertEquals(100, view.getProperty(Vocab.ITEMS_PER_PAGE).getLong());
    assertEquals(base + "1", view.getPropertyResourceValue(Vocab.FIRST).getURI());
    assertEquals(base + "3", view.getPropertyResourceValue(Vocab.LAST).getURI());
    assertEquals(base + "3", view.getPropertyResourceValue(Vocab.NEXT).getURI());
    assertEquals(base + "1", view.getPropertyResourceValue(Vocab.PREVIOUS).getURI());

    CatalogQuery last = new CatalogQuery(3, null, null, null, null);
    Resource lastView =
        mapping
            .catalogPage(new CatalogPage(last, 250, List.of()), SITE + "/catalog.ttl")
            .getResource(SITE + "/catalog")
            .getPropertyResourceValue(Vocab.VIEW);
    assertNull(lastView.getPropertyResourceValue(Vocab.NEXT));
    assertEquals(
        SITE + "/catalog.ttl?page=2", lastView.getPropertyResourceValue(Vocab.PREVIOUS).getURI());
  }

  private static String string(Resource r, Property p) {
    return r.getProperty(p).getString();
  }

  private static Set<String> strings(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .map(s -> s.getString())
        .collect(Collectors.toSet());
  }

  private static List<Resource> resources(Resource r, Property p) {
    List<Resource> out = new ArrayList<>();
    for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
      out.add(n.asResource());
    }
    return out;
  }
}
