package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.dcat.domain.CatalogPage;
import id.terbuka.dcat.domain.CatalogQuery;
import id.terbuka.dcat.domain.DcatMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The shapes themselves: the mapping's output conforms, and removing any one mandatory property (or
 * giving a wrong kind of value) makes the same model fail, so a passing check in {@link DcatIT}
 * means something.
 */
class DcatShapesTest {
  private static final String SITE = "https://data.example.go.id";

  private static Model page() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("name", "dinkes");
    org.put("title", "Dinas Kesehatan");
    Map<String, Object> res = new LinkedHashMap<>();
    res.put("id", "r1");
    res.put("url", SITE + "/x.csv");
    res.put("size", 10);
    res.put("hash", "sha256:" + "ab".repeat(32));
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", "d1");
    d.put("name", "gizi");
    d.put("title", "Gizi");
    d.put("notes", "Catatan");
    d.put("organization", org);
    d.put("metadata_modified", "2024-01-01T00:00:00");
    d.put("frekuensi", "tahunan");
    d.put("cakupan_wilayah", List.of("35.22"));
    d.put("cakupan_waktu_mulai", "2024-01-01");
    d.put("resources", List.of(res));
    return new DcatMapping(SITE, "Portal", c -> Optional.empty())
        .catalogPage(new CatalogPage(CatalogQuery.FIRST, 1, List.of(d)), SITE + "/catalog.ttl");
  }

  @Test
  void theMappingsOutputConforms() {
    var report = DcatShapes.validate(page());
    assertTrue(report.conforms(), DcatShapes.describe(report));
  }

  @Test
  void aDatasetWithoutDescriptionFails() {
    assertFailsWithout(SITE + "/dataset/d1", DCTerms.description);
  }

  @Test
  void aDatasetWithoutTitleFails() {
    assertFailsWithout(SITE + "/dataset/d1", DCTerms.title);
  }

  @Test
  void aDistributionWithoutAccessUrlFails() {
    assertFailsWithout(SITE + "/dataset/d1/resource/r1", DCAT.accessURL);
  }

  @Test
  void anAgentWithoutNameFails() {
    assertFailsWithout(SITE + "/organization/dinkes", FOAF.name);
  }

  @Test
  void aCatalogWithoutPublisherTitleOrDescriptionFails() {
    assertFailsWithout(SITE + "/catalog", DCTerms.publisher);
    assertFailsWithout(SITE + "/catalog", DCTerms.title);
    assertFailsWithout(SITE + "/catalog", DCTerms.description);
  }

  @Test
  void wrongKindsOfValueFail() {
    Model m = page();
    Resource ds = m.getResource(SITE + "/dataset/d1");
    ds.removeAll(DCTerms.accrualPeriodicity);
    ds.addProperty(DCTerms.accrualPeriodicity, "tahunan");
    assertFalse(DcatShapes.validate(m).conforms(), "a frequency must be a URI");

    Model n = page();
    Resource dist = n.getResource(SITE + "/dataset/d1/resource/r1");
    dist.removeAll(DCAT.accessURL);
    dist.addProperty(DCAT.accessURL, "not a resource");
    assertFalse(DcatShapes.validate(n).conforms(), "an access URL must be an IRI");

    Model o = page();
    Resource dataset = o.getResource(SITE + "/dataset/d1");
    Resource other = o.createResource(SITE + "/organization/lain");
    other.addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, "Lain");
    dataset.addProperty(DCTerms.publisher, other);
    assertFalse(DcatShapes.validate(o).conforms(), "one publisher only");
  }

  private static void assertFailsWithout(String subject, Property p) {
    Model m = page();
    Resource s = m.getResource(subject);
    assertTrue(s.hasProperty(p), subject + " has " + p + " to begin with");
    s.removeAll(p);
    var report = DcatShapes.validate(m);
    assertFalse(report.conforms(), "without " + p + " on " + subject);
  }
}
