package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgBarsTest {
  private static SvgBars.Bar bar(String label, String value) {
    return new SvgBars.Bar(label, new BigDecimal(value), value);
  }

  /** The SVG parsed as XML: it must be well-formed whatever the labels were. */
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Double> widths(Document d) {
    NodeList rects = d.getElementsByTagName("rect");
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      w.add(Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
    }
    return w;
  }

  @Test
  void barsAreScaledToTheLargestValue() throws Exception {
    Document d =
        parse(
            SvgBars.horizontal(
                "c", "T", "D", List.of(bar("a", "50"), bar("b", "200"), bar("c", "100")), null));
    assertEquals(List.of(57.5, 230.0, 115.0), widths(d));
  }

  @Test
  void aScaleMaxIsTheLeastFullLengthAndDrawsAReferenceLine() throws Exception {
    String svg = SvgBars.horizontal("p", "T", "D", List.of(bar("a", "50")), new BigDecimal(100));
    Document d = parse(svg);
    assertEquals(List.of(115.0), widths(d));
    Element line = (Element) d.getElementsByTagName("line").item(0);
    assertEquals("230.0", line.getAttribute("x1"));
    // Above 100 % the scale grows and the reference line moves left.
    Document over =
        parse(SvgBars.horizontal("p", "T", "D", List.of(bar("a", "125")), new BigDecimal(100)));
    assertEquals(List.of(230.0), widths(over));
    assertEquals("184.0", ((Element) over.getElementsByTagName("line").item(0)).getAttribute("x1"));
  }

  @Test
  void zeroNegativeAndAllZeroValuesDrawNoBarButKeepTheirText() throws Exception {
    String svg =
        SvgBars.horizontal(
            "z", "T", "D", List.of(bar("nol", "0"), bar("minus", "-500"), bar("plus", "10")), null);
    Document d = parse(svg);
    assertEquals(List.of(0.0, 0.0, 230.0), widths(d));
    assertTrue(svg.contains(">-500</text>"), svg);
    assertEquals(
        List.of(0.0, 0.0),
        widths(
            parse(SvgBars.horizontal("z", "T", "D", List.of(bar("a", "0"), bar("b", "0")), null))));
  }

  @Test
  void hugeAmountsScaleExactly() throws Exception {
    Document d =
        parse(
            SvgBars.horizontal(
                "h",
                "T",
                "D",
                List.of(
                    bar("max", "999999999999999999.99"),
                    bar("half", "499999999999999999.995"),
                    bar("tiny", "0.01")),
                null));
    assertEquals(List.of(230.0, 115.0, 0.0), widths(d));
  }

  @Test
  void everythingFromTheLabelsIsEscapedAndXmlInvalidCharactersDropped() throws Exception {
    String hostile = "<script>alert('x')</script> & \"q\" \u0000\u0001\ud800 end";
    String svg =
        SvgBars.horizontal("e", "<b>title</b>", "desc & more", List.of(bar(hostile, "1")), null);
    assertFalse(svg.contains("<script>"), svg);
    assertFalse(svg.contains("<b>"), svg);
    assertFalse(svg.contains("\u0000"), svg);
    Document d = parse(svg);
    String label = d.getElementsByTagName("text").item(0).getTextContent();
    assertEquals("<script>alert('x')</script> & \"q\"  end", label);
    assertEquals("<b>title</b>", d.getElementsByTagName("title").item(0).getTextContent());
  }

  @Test
  void theChartIsAnImageNamedByItsTitleAndDescription() throws Exception {
    Document d =
        parse(
            SvgBars.horizontal(
                "rank", "Peringkat", "Tabel di bawah", List.of(bar("a", "1")), null));
    Element root = d.getDocumentElement();
    assertEquals("svg", root.getTagName());
    assertEquals("img", root.getAttribute("role"));
    assertEquals("rank-title rank-desc", root.getAttribute("aria-labelledby"));
    assertEquals("Peringkat", byId(d, "title", "rank-title"));
    assertEquals("Tabel di bawah", byId(d, "desc", "rank-desc"));
    // Each bar carries its full label and value as a tooltip.
    assertTrue(
        d.getElementsByTagName("g").item(0).getTextContent().startsWith("a: 1"),
        d.getElementsByTagName("g").item(0).getTextContent());
  }

  @Test
  void longLabelsAreShortenedButTheTooltipKeepsThemWhole() throws Exception {
    String longLabel = "x".repeat(100);
    Document d = parse(SvgBars.horizontal("l", "T", "D", List.of(bar(longLabel, "1")), null));
    Element g = (Element) d.getElementsByTagName("g").item(0);
    assertEquals(longLabel + ": 1", g.getElementsByTagName("title").item(0).getTextContent());
    String shown = g.getElementsByTagName("text").item(0).getTextContent();
    assertEquals(SvgBars.LABEL_CHARS, shown.length());
    assertTrue(shown.endsWith("…"));
  }

  @Test
  void anIdThatIsNotAPlainNameIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SvgBars.horizontal("a\" onload=\"x", "T", "D", List.of(), null));
    assertThrows(
        IllegalArgumentException.class, () -> SvgBars.horizontal(null, "T", "D", List.of(), null));
  }

  @Test
  void noBarsIsStillAValidNamedImage() throws Exception {
    Document d = parse(SvgBars.horizontal("n", "T", "D", List.of(), new BigDecimal(100)));
    assertEquals(0, d.getElementsByTagName("rect").getLength());
    assertEquals(0, d.getElementsByTagName("line").getLength());
  }

  private static String byId(Document d, String tag, String id) {
    NodeList nodes = d.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e.getTextContent();
      }
    }
    return null;
  }
}
