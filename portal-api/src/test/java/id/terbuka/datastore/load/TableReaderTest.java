package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
  @TempDir Path dir;

  @Test
  void quotedNewlinesAndDelimitersStayInsideTheCell() throws IOException {
    Path file =
        Tables.write(
            dir,
            "t.csv",
            "nama,alamat\r\nBudi,\"Jl. Diponegoro 1,\r\nBojonegoro\"\r\nSiti,\"\"\"Rumah\"\"\"\r\n");
    TableSchema schema = Tables.inspect(file);
    assertEquals(2, schema.rowCount());
    List<String[]> rows = Tables.readAll(file, schema);
    // opencsv turns a Windows line break inside a cell into a plain newline.
    assertEquals("Jl. Diponegoro 1,\nBojonegoro", rows.get(0)[1]);
    assertEquals("\"Rumah\"", rows.get(1)[1]);
  }

  @Test
  void backslashesAreOrdinaryCharacters() throws IOException {
    Path file = Tables.write(dir, "t.csv", "path\n\"C:\\data\\\"\n");
    assertEquals("C:\\data\\", Tables.readAll(file, Tables.inspect(file)).get(0)[0]);
  }

  @Test
  void shorterRowsArePaddedWithNulls() throws IOException {
    Path file = Tables.write(dir, "t.csv", "a,b,c\n1,2,3\n4\n5,6\n");
    TableSchema schema = Tables.inspect(file);
    List<String[]> rows = Tables.readAll(file, schema);
    assertArrayEquals(new String[] {"4", null, null}, rows.get(1));
    assertArrayEquals(new String[] {"5", "6", null}, rows.get(2));
  }

  @Test
  void longerRowsAreErrorsWithTheirRowNumbers() throws IOException {
    Path file = Tables.write(dir, "t.csv", "a,b\n1,2\n3,4,5\n6,7\n8,9,10,11\n");
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals(2, e.total());
    assertEquals(3, e.errors().get(0).row());
    assertEquals("This row has 3 cells but the header has 2 columns", e.errors().get(0).reason());
    assertEquals(5, e.errors().get(1).row());
  }

  @Test
  void rowNumbersCountRecordsNotLinesAndBlankRecordsAreSkipped() throws IOException {
    Path file = Tables.write(dir, "t.csv", "a,b\n\"x\ny\",1\n\n2,3,4\n");
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals(4, e.errors().get(0).row());
  }

  @Test
  void aTrailingDelimiterIsNotAnExtraColumnOfData() throws IOException {
    Path file = Tables.write(dir, "t.csv", "a,b\n1,2,\n");
    assertEquals(1, Tables.inspect(file).rowCount());
  }

  @Test
  void emptyFileIsAnError() {
    Path file = Tables.write(dir, "t.csv", "");
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals("The file is empty", e.errors().get(0).reason());
  }

  @Test
  void fileWithOnlyABomOrBlankLinesIsEmpty() {
    Path file = Tables.write(dir, "t.csv", "\uFEFF\n\n");
    assertThrows(TableLoadException.class, () -> Tables.inspect(file));
  }

  @Test
  void headerOnlyIsATableWithoutRows() throws IOException {
    Path file = Tables.write(dir, "t.csv", "kecamatan;jumlah\n");
    TableSchema schema = Tables.inspect(file);
    assertEquals(List.of("kecamatan", "jumlah"), Tables.names(schema));
    assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT), Tables.types(schema));
    assertEquals(0, schema.rowCount());
    assertTrue(Tables.readAll(file, schema).isEmpty());
  }

  @Test
  void aFileChangedBetweenPassesFailsWithRowAndColumn() throws IOException {
    Path file = Tables.write(dir, "t.csv", "n\n1\n2\n");
    TableSchema schema = Tables.inspect(file);
    Tables.write(dir, "t.csv", "n\n1\nx\n");
    TableLoadException e =
        assertThrows(TableLoadException.class, () -> Tables.readAll(file, schema));
    assertEquals(new LoadError(3, "n", "\"x\" is not a whole number"), e.errors().get(0));
  }

  @Test
  void twoHundredThousandRowsStreamThroughBothPasses() throws IOException {
    Path file = dir.resolve("big.csv");
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.write("id;desa;luas;tanggal;aktif\n");
      for (int i = 1; i <= 200_000; i++) {
        out.write(i + ";Desa " + (i % 430) + ";" + i + "," + (i % 10) + ";01/03/2024;ya\n");
      }
    }
    TableSchema schema = Tables.inspect(file);
    assertEquals(200_000, schema.rowCount());
    assertEquals(
        List.of(
            ColumnType.INTEGER,
            ColumnType.TEXT,
            ColumnType.NUMERIC,
            ColumnType.DATE,
            ColumnType.BOOLEAN),
        Tables.types(schema));
    long rows = 0;
    String[] last = null;
    try (TableReader reader = TableReader.open(TableFile.csv(file), schema);
        Writer sink = Writer.nullWriter()) {
      CopyTextWriter copy = new CopyTextWriter(sink);
      for (String[] row = reader.next(); row != null; row = reader.next()) {
        copy.writeRow(row);
        rows++;
        last = row;
      }
      assertEquals(200_001, reader.rowNumber());
    }
    assertEquals(200_000, rows);
    assertArrayEquals(new String[] {"200000", "Desa 50", "200000.0", "2024-03-01", "true"}, last);
  }
}
