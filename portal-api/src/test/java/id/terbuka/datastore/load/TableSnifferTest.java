package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSnifferTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private static CsvFormat sniff(byte[] bytes) throws IOException {
    return TableSniffer.sniff(new ByteArrayInputStream(bytes));
  }

  @Test
  void utf8WithBomIsDetectedAndTheBomStaysOutOfTheFirstColumnName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("kecamatan,jumlah\nKapas,12\n".getBytes(StandardCharsets.UTF_8));
    CsvFormat format = sniff(bytes.toByteArray());
    assertEquals(StandardCharsets.UTF_8, format.charset());
    assertEquals(3, format.bomLength());
    assertEquals(',', format.delimiter());

    Path file = Tables.write(dir, "bom.csv", bytes.toByteArray());
    assertEquals(List.of("kecamatan", "jumlah"), Tables.names(Tables.inspect(file)));
  }

  @Test
  void utf8WithoutBom() throws IOException {
    CsvFormat format = sniff("nama,kota\nJosé,Bojonegoro\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, format.charset());
    assertEquals(0, format.bomLength());
  }

  @Test
  void windows1252NamesAreDecodedCorrectly() throws IOException {
    Path file = Tables.write(dir, "ansi.csv", "nama;café\nJosé;Peña\n", CP1252);
    TableFile table = TableFile.csv(file);
    assertEquals(CP1252, table.csvFormat().charset());
    assertEquals(';', table.csvFormat().delimiter());
    TableSchema schema = TableInspector.inspect(table, java.util.Map.of());
    assertEquals(List.of("nama", "café"), Tables.names(schema));
    assertEquals("Peña", Tables.readAll(file, schema).get(0)[1]);
  }

  @Test
  void semicolonFileWithDecimalCommasIsSemicolonDelimited() throws IOException {
    CsvFormat format = sniff("desa;luas\nNgumpak;12,5\nSukorejo;7,25\n".getBytes());
    assertEquals(';', format.delimiter());
  }

  @Test
  void tabDelimited() throws IOException {
    assertEquals('\t', sniff("a\tb\tc\n1\t2\t3\n".getBytes()).delimiter());
  }

  @Test
  void quotedCommasDoNotMisleadTheDelimiterChoice() throws IOException {
    String csv = "alamat;kode\n\"Jl. Veteran, Bojonegoro\";01\n\"Jl. Panglima, Sudirman\";02\n";
    assertEquals(';', sniff(csv.getBytes()).delimiter());
  }

  @Test
  void singleColumnFileGetsADelimiterItDoesNotContain() throws IOException {
    assertEquals('\t', sniff("nama\nBudi\nSiti\n".getBytes()).delimiter());
    assertEquals('\t', sniff("luas\n12,5\n3\n".getBytes()).delimiter());
  }

  @Test
  void aUtf8CharacterCutAtTheEndOfTheSampleIsNotMistakenForWindows1252() throws IOException {
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
    byte[] big = new byte[TableSniffer.SAMPLE_BYTES + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    // A three-byte character straddling the sample boundary.
    System.arraycopy(euro, 0, big, TableSniffer.SAMPLE_BYTES - 1, 3);
    assertEquals(StandardCharsets.UTF_8, sniff(big).charset());
  }
}
