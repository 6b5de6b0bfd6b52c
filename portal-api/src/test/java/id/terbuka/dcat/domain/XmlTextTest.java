package id.terbuka.dcat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void dropsWhatXmlCannotHoldAndKeepsTheRest() {
    assertEquals("ab\tc\n", XmlText.clean("a\u0001b\tc\n\u0000"));
    assertEquals("gizi \uD83D\uDE00", XmlText.clean("gizi \uD83D\uDE00"));
    assertEquals("x", XmlText.clean("x\uD800"));
    assertEquals("y", XmlText.clean("\uFFFEy"));
  }

  @Test
  void linksAndEmails() {
    assertTrue(XmlText.isHttpUrl("https://data.example.go.id/a.csv?x=1"));
    assertFalse(XmlText.isHttpUrl("javascript:alert(1)"));
    assertFalse(XmlText.isHttpUrl("https://a b"));
    assertFalse(XmlText.isHttpUrl("https://a/\u0001"));
    assertFalse(XmlText.isHttpUrl("https://a/<b>"));
    assertTrue(XmlText.isEmail("gizi@example.go.id"));
    assertFalse(XmlText.isEmail("gizi at example"));
  }

  @Test
  void aDatasetWithControlCharactersStillWritesAsRdfXml() {
    Map<String, Object> d = DcatSamples.dataset();
    d.put("title", "Judul\u0001\u0007 <b>");
    d.put("notes", "\u0000catatan");
    d.put("maintainer_email", "bukan email");
    var m =
        new DcatMapping(DcatSamples.SITE, "Portal", c -> java.util.Optional.empty())
            .datasetDocument(d);
    for (RdfSyntax s : RdfSyntax.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      s.write(m, out);
      assertTrue(out.size() > 0);
    }
    ByteArrayOutputStream atom = new ByteArrayOutputStream();
    new AtomFeed(DcatSamples.SITE, "Portal")
        .write(
            atom,
            DcatSamples.SITE + "/feeds/dataset.atom",
            "t",
            "2024-01-01T00:00:00Z",
            java.util.List.of(d));
    assertFalse(atom.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\u0001"));
  }
}
