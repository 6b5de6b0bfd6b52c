package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeInferenceTest {
  @TempDir Path dir;

  private Column only(String csv) throws IOException {
    return Tables.inspect(Tables.write(dir, "t.csv", csv)).columns().get(0);
  }

  private List<String> column(String csv) throws IOException {
    Path file = Tables.write(dir, "t.csv", csv);
    return Tables.readAll(file, Tables.inspect(file)).stream().map(r -> r[0]).toList();
  }

  @Test
  void indonesianNumbers() throws IOException {
    String csv = "anggaran;x\n1.234.567,89;a\n12,5;b\n1.234;c\n";
    Column c = only(csv);
    assertEquals(ColumnType.NUMERIC, c.type());
    assertEquals(NumberConvention.INDONESIAN, c.convention());
    assertEquals(List.of("1234567.89", "12.5", "1234"), column(csv));
  }

  @Test
  void indonesianIntegersWithThousandDots() throws IOException {
    String csv = "penduduk\n1.234.567\n98.765\n12\n";
    assertEquals(ColumnType.INTEGER, only(csv).type());
    assertEquals(List.of("1234567", "98765", "12"), column(csv));
  }

  @Test
  void englishNumbers() throws IOException {
    String csv = "budget\n\"1,234,567.89\"\n12.5\n1.234\n";
    Column c = only(csv);
    assertEquals(ColumnType.NUMERIC, c.type());
    assertEquals(NumberConvention.ENGLISH, c.convention());
    assertEquals(List.of("1234567.89", "12.5", "1.234"), column(csv));
  }

  @Test
  void englishIntegersWithThousandCommas() throws IOException {
    String csv = "n\n\"1,234,567\"\n-5\n";
    assertEquals(ColumnType.INTEGER, only(csv).type());
    assertEquals(List.of("1234567", "-5"), column(csv));
  }

  @Test
  void oneDecimalCommaSettlesTheColumnAsIndonesian() throws IOException {
    String csv = "x;y\n1.234;a\n5,5;b\n";
    assertEquals(NumberConvention.INDONESIAN, only(csv).convention());
    assertEquals(List.of("1234", "5.5"), column(csv));
  }

  @Test
  void ambiguousThousandsAreIndonesianWhenBothConventionsParse() throws IOException {
    // "1.234" alone parses both ways; these are Indonesian offices' files.
    Column c = only("x\n1.234\n2.500\n");
    assertEquals(ColumnType.INTEGER, c.type());
    assertEquals(NumberConvention.INDONESIAN, c.convention());
    // The same rule reads a lone "1,234" as one point two three four.
    assertEquals(List.of("1.234"), column("x\n\"1,234\"\n"));
    assertEquals(ColumnType.NUMERIC, only("x\n\"1,234\"\n").type());
  }

  @Test
  void mixedConventionsThatNeitherParsesAreText() throws IOException {
    assertEquals(ColumnType.TEXT, only("x\n12.5\n12,5\n").type());
  }

  @Test
  void leadingZerosStayText() throws IOException {
    assertEquals(ColumnType.TEXT, only("telepon\n081234567890\n082345678901\n").type());
    assertEquals(ColumnType.TEXT, only("kode\n01\n02\n10\n").type());
    assertEquals(List.of("01", "10"), column("kode\n01\n10\n"));
    assertEquals(ColumnType.NUMERIC, only("x\n0,5\n0\n").type());
  }

  @Test
  void hugeIntegersAreNumericNotInt8() throws IOException {
    assertEquals(ColumnType.NUMERIC, only("nik\n3522123456789012345678\n").type());
  }

  @Test
  void datesIsoAndDayFirst() throws IOException {
    assertEquals(ColumnType.DATE, only("t\n2024-03-01\n").type());
    String csv = "tanggal\n01/03/2024\n31-12-2023\n2024-02-29\n";
    assertEquals(ColumnType.DATE, only(csv).type());
    assertEquals(List.of("2024-03-01", "2023-12-31", "2024-02-29"), column(csv));
  }

  @Test
  void impossibleDatesAreText() throws IOException {
    assertEquals(ColumnType.TEXT, only("t\n31/02/2024\n").type());
    assertEquals(ColumnType.TEXT, only("t\n03/13/2024\n").type());
  }

  @Test
  void timestampsWithTOrSpaceAndMixedWithDates() throws IOException {
    String csv =
        "waktu\n2024-03-01T08:30:00\n2024-03-01 13:45\n01/03/2024 07:00:05.25\n2024-03-02\n";
    assertEquals(ColumnType.TIMESTAMP, only(csv).type());
    assertEquals(
        List.of(
            "2024-03-01 08:30:00",
            "2024-03-01 13:45:00",
            "2024-03-01 07:00:05.25",
            "2024-03-02 00:00:00"),
        column(csv));
  }

  @Test
  void booleansInIndonesianAndEnglish() throws IOException {
    String csv = "aktif\nYa\ntidak\nTRUE\nfalse\nyes\nNo\n";
    assertEquals(ColumnType.BOOLEAN, only(csv).type());
    assertEquals(List.of("true", "false", "true", "false", "true", "false"), column(csv));
  }

  @Test
  void emptyCellsAreIgnoredByInferenceAndBecomeNull() throws IOException {
    String csv = "a,b,c\n1,,x\n,2024-01-01,\n3,,\n";
    Path file = Tables.write(dir, "t.csv", csv);
    TableSchema schema = Tables.inspect(file);
    assertEquals(
        List.of(ColumnType.INTEGER, ColumnType.DATE, ColumnType.TEXT), Tables.types(schema));
    List<String[]> rows = Tables.readAll(file, schema);
    assertArrayEquals(new String[] {null, "2024-01-01", null}, rows.get(1));
  }

  @Test
  void anAllEmptyColumnIsText() throws IOException {
    assertEquals(
        ColumnType.TEXT,
        Tables.inspect(Tables.write(dir, "t.csv", "a,b\n1,\n")).columns().get(1).type());
  }

  @Test
  void overridesWinOverInference() throws IOException {
    Path file =
        Tables.write(dir, "t.csv", "kode,jumlah,tanggal\n01,5,2024-01-01\n02,6,2024-01-02\n");
    TableSchema schema =
        TableInspector.inspect(
            TableFile.csv(file),
            Map.of(
                "kode", ColumnType.INTEGER, "jumlah", ColumnType.TEXT, "tanggal", ColumnType.TEXT));
    assertEquals(
        List.of(ColumnType.INTEGER, ColumnType.TEXT, ColumnType.TEXT), Tables.types(schema));
  }

  @Test
  void overrideCanForceNumbersOutOfText() throws IOException {
    Path file = Tables.write(dir, "t.csv", "jumlah\n1.500\n2.000\n");
    TableSchema schema =
        TableInspector.inspect(TableFile.csv(file), Map.of("jumlah", ColumnType.NUMERIC));
    assertEquals(ColumnType.NUMERIC, schema.columns().get(0).type());
    assertEquals("1500", Tables.readAll(file, schema).get(0)[0]);
  }

  @Test
  void valuesThatContradictAnOverrideAreAllReportedWithRowAndColumn() throws IOException {
    StringBuilder csv = new StringBuilder("jumlah,tanggal\n");
    for (int i = 0; i < 150; i++) {
      csv.append(i % 2 == 0 ? "banyak" : "7").append(",kemarin\n");
    }
    Path file = Tables.write(dir, "t.csv", csv.toString());
    TableLoadException e =
        assertThrows(
            TableLoadException.class,
            () ->
                TableInspector.inspect(
                    TableFile.csv(file),
                    Map.of("jumlah", ColumnType.INTEGER, "tanggal", ColumnType.DATE)));
    assertEquals(75 + 150, e.total());
    assertEquals(ErrorLog.LIMIT, e.errors().size());
    LoadError first = e.errors().get(0);
    assertEquals(2, first.row());
    assertTrue(List.of("jumlah", "tanggal").contains(first.column()));
    assertTrue(e.getMessage().endsWith("; and 125 more"), e.getMessage());
  }

  @Test
  void overrideNamesOfMissingColumnsAreIgnored() throws IOException {
    Path file = Tables.write(dir, "t.csv", "a\n1\n");
    TableSchema schema =
        TableInspector.inspect(TableFile.csv(file), Map.of("tidak_ada", ColumnType.DATE));
    assertEquals(ColumnType.INTEGER, schema.columns().get(0).type());
  }

  @Test
  void overrideNamesFromTheDataDictionary() {
    assertEquals(ColumnType.INTEGER, ColumnType.fromOverride("int"));
    assertEquals(ColumnType.NUMERIC, ColumnType.fromOverride("float8"));
    assertEquals(ColumnType.TIMESTAMP, ColumnType.fromOverride("Timestamp"));
    assertNull(ColumnType.fromOverride("jsonb"));
  }
}
