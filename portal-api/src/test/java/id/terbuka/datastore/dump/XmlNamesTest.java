package id.terbuka.datastore.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlNamesTest {
  @Test
  void columnNamesBecomeValidElementNames() {
    assertEquals("Kecamatan", XmlNames.name("Kecamatan"));
    assertEquals("Jumlah_Penduduk", XmlNames.name("Jumlah Penduduk"));
    assertEquals("Jumlah_Penduduk", XmlNames.name("Jumlah \t Penduduk"));
    assertEquals("_Tahun", XmlNames.name("2024 Tahun"), "the number goes, the space stays as _");
    assertEquals("data", XmlNames.name("xmldata"));
    assertEquals("data", XmlNames.name("1XML2data"));
    assertEquals("Anggaran_Rp", XmlNames.name("Anggaran (Rp)"));
    assertEquals("a.b-c", XmlNames.name("-.a.b-c"));
    assertEquals("Luas_km", XmlNames.name("Luas km²"), "² is no XML name character");
    assertEquals("Désa__Ngraho", XmlNames.name("Désa – Ngraho"), "spaces first, then the dash");
    assertEquals("Desa_Kelurahan", XmlNames.name("Desa/ Kelurahan"));
    assertEquals("_", XmlNames.name("2024"));
    assertEquals("_", XmlNames.name("xml"));
    assertEquals("_", XmlNames.name("%"));
    assertEquals("é", XmlNames.name("e\u0301"), "NFC first");
  }

  @Test
  void duplicatesGetSuffixes() {
    assertEquals(
        List.of("a_b", "a_b_0", "a_b_1", "_", "__0", "b"),
        XmlNames.of(List.of("a b", "a  b", "a_b", "1", "2", "b")));
  }

  @Test
  void rowsAreCkansShapeWithIdAsAttributeAndNilForNull() throws IOException {
    StringWriter out = new StringWriter();
    XmlRecords xml = new XmlRecords(out);
    xml.begin(
        List.of(
            new DumpColumn("_id", "int"),
            new DumpColumn("Nama Desa", "text"),
            new DumpColumn("Luas", "numeric"),
            new DumpColumn("Tanggal", "date")));
    xml.row(new Object[] {1L, "A & B <c> \"d\"\r\n\u0001", new BigDecimal("12.50"), null});
    xml.row(new Object[] {2L, "=SUM(A1)", new BigDecimal("-5"), LocalDate.of(2024, 3, 1)});
    xml.end();
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<data xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "<row _id=\"1\"><Nama_Desa>A &amp; B &lt;c&gt; \"d\"&#13;\n\uFFFD</Nama_Desa>"
            + "<Luas>12.50</Luas><Tanggal xsi:nil=\"true\"/></row>\n"
            + "<row _id=\"2\"><Nama_Desa>=SUM(A1)</Nama_Desa><Luas>-5</Luas>"
            + "<Tanggal>2024-03-01</Tanggal></row>\n"
            + "</data>\n",
        out.toString());
  }
}
