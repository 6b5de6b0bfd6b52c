package id.terbuka.datastore.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class RecordWritersTest {
  private static final List<DumpColumn> COLUMNS =
      List.of(
          new DumpColumn("_id", "int"),
          new DumpColumn("Nama", "text"),
          new DumpColumn("Jumlah", "int8"),
          new DumpColumn("Tanggal", "date"),
          new DumpColumn("Waktu", "timestamp"),
          new DumpColumn("Aktif", "bool"));

  private static Object[] row(long id, String nama, long jumlah) {
    return new Object[] {
      id, nama, jumlah, LocalDate.of(2024, 3, 1), LocalDateTime.of(2024, 3, 1, 7, 0), id % 2 == 0
    };
  }

  @Test
  void jsonIsFieldsAndRecordsAsLists() throws IOException {
    StringWriter out = new StringWriter();
    JsonRecords json = new JsonRecords(out);
    json.begin(COLUMNS.subList(0, 3));
    assertTrue(json.row(new Object[] {1L, "=SUM(A1)", -5L}));
    json.row(new Object[] {2L, null, new BigDecimal("1234.50")});
    json.end();
    assertEquals(
        "{\n  \"fields\": [{\"id\":\"_id\",\"type\":\"int\"},{\"id\":\"Nama\",\"type\":\"text\"},"
            + "{\"id\":\"Jumlah\",\"type\":\"int8\"}],\n  \"records\": [\n"
            + "    [1,\"=SUM(A1)\",-5],\n"
            + "    [2,null,1234.50]\n"
            + "]}\n",
        out.toString());
  }

  @Test
  void jsonWithoutRowsIsStillADocument() throws IOException {
    StringWriter out = new StringWriter();
    JsonRecords json = new JsonRecords(out);
    json.begin(COLUMNS.subList(3, 5));
    json.end();
    assertEquals(
        "{\n  \"fields\": [{\"id\":\"Tanggal\",\"type\":\"date\"},"
            + "{\"id\":\"Waktu\",\"type\":\"timestamp\"}],\n  \"records\": [\n]}\n",
        out.toString());
  }

  @Test
  void xlsxHasTypedCellsAndGuardedText() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XlsxRecords xlsx = new XlsxRecords(bytes, "/all.csv");
    xlsx.begin(COLUMNS);
    assertTrue(xlsx.row(row(1, "=SUM(A1)", -5)));
    assertTrue(xlsx.row(row(2, "Bojonegoro – Ngraho", 12)));
    xlsx.end();
    assertFalse(xlsx.truncated());

    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(List.of("data"), wb.getSheets().map(Sheet::getName).toList());
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals(3, rows.size());
      assertEquals("_id", rows.get(0).getCellText(0));
      assertEquals("Aktif", rows.get(0).getCellText(5));
      Row first = rows.get(1);
      assertEquals(CellType.STRING, first.getCell(1).getType());
      assertEquals("'=SUM(A1)", first.getCellText(1));
      assertEquals(CellType.NUMBER, first.getCell(2).getType());
      assertEquals(new BigDecimal("-5"), first.getCellAsNumber(2).orElseThrow());
      assertEquals(LocalDateTime.of(2024, 3, 1, 0, 0), first.getCellAsDate(3).orElseThrow());
      assertEquals(LocalDateTime.of(2024, 3, 1, 7, 0), first.getCellAsDate(4).orElseThrow());
      assertEquals(Boolean.FALSE, first.getCellAsBoolean(5).orElseThrow());
      assertEquals("Bojonegoro – Ngraho", rows.get(2).getCellText(1));
    }
  }

  @Test
  void xlsxStopsAtTheRowLimitAndSaysSo() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XlsxRecords xlsx = new XlsxRecords(bytes, 4, "/datastore/dump/x?format=csv");
    xlsx.begin(COLUMNS);
    assertTrue(xlsx.row(row(1, "a", 1)));
    assertTrue(xlsx.row(row(2, "b", 2)));
    assertTrue(xlsx.row(row(3, "c", 3)));
    assertFalse(xlsx.row(row(4, "d", 4)), "the header and 3 rows fill 4 rows");
    xlsx.end();
    assertTrue(xlsx.truncated());

    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(List.of("data", "note"), wb.getSheets().map(Sheet::getName).toList());
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals(4, rows.size());
      assertEquals("c", rows.get(3).getCellText(1));
      String note = wb.findSheet("note").orElseThrow().read().get(0).getCellText(0);
      assertTrue(note.startsWith("Truncated: Excel holds at most 4 rows"), note);
      assertTrue(note.contains("first 3 rows"), note);
      assertTrue(note.endsWith("/datastore/dump/x?format=csv"), note);
    }
  }

  @Test
  void xlsxCutsOverlongTextAndSaysSo() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XlsxRecords xlsx = new XlsxRecords(bytes, "/all.csv");
    xlsx.begin(COLUMNS.subList(1, 2));
    xlsx.row(new Object[] {"x".repeat(40_000)});
    xlsx.end();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(
          XlsxRecords.MAX_CELL_CHARS, wb.getFirstSheet().read().get(1).getCellText(0).length());
      String note = wb.findSheet("note").orElseThrow().read().get(0).getCellText(0);
      assertTrue(note.startsWith("1 text cell(s) longer than"), note);
    }
  }
}
