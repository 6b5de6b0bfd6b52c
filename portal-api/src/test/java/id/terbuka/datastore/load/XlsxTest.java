package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTest {
  @TempDir Path dir;

  private interface Filler {
    void fill(Worksheet sheet);
  }

  private Path xlsx(Filler filler) throws IOException {
    Path file = dir.resolve("t.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Terbuka test", "1.0");
      filler.fill(workbook.newWorksheet("Data"));
      workbook.newWorksheet("Ignored").value(0, 0, "not read");
      workbook.finish();
    }
    return file;
  }

  @Test
  void firstSheetIsReadWithTypesFromCellsAndDatesFromTheirFormat() throws IOException {
    Path file =
        xlsx(
            sheet -> {
              String[] header = {
                "\uFEFFkecamatan", "penduduk", "luas", "tanggal", "waktu", "aktif", "kode"
              };
              for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
              }
              sheet.value(1, 0, "Kapas");
              sheet.value(1, 1, 51234);
              sheet.value(1, 2, 1.234);
              sheet.value(1, 3, LocalDate.of(2024, 3, 1));
              sheet.style(1, 3).format("dd/mm/yyyy").set();
              sheet.value(1, 4, LocalDateTime.of(2024, 3, 1, 13, 45, 30));
              sheet.style(1, 4).format("yyyy-mm-dd hh:mm:ss").set();
              sheet.value(1, 5, true);
              sheet.value(1, 6, "01");
              sheet.value(2, 0, "Balen");
              sheet.value(2, 1, 1000000);
              sheet.value(2, 2, 12.5);
              sheet.value(2, 3, LocalDate.of(2023, 12, 31));
              sheet.style(2, 3).format("dd/mm/yyyy").set();
              sheet.value(2, 6, "02");
            });
    TableFile table = TableFile.detect(file);
    assertEquals(TableFile.Kind.XLSX, table.kind());
    TableSchema schema = TableInspector.inspect(table, java.util.Map.of());
    assertEquals(
        List.of("kecamatan", "penduduk", "luas", "tanggal", "waktu", "aktif", "kode"),
        Tables.names(schema));
    assertEquals(
        List.of(
            ColumnType.TEXT,
            ColumnType.INTEGER,
            ColumnType.NUMERIC,
            ColumnType.DATE,
            ColumnType.TIMESTAMP,
            ColumnType.BOOLEAN,
            ColumnType.TEXT),
        Tables.types(schema));
    assertEquals(2, schema.rowCount());
    List<String[]> rows = Tables.readAll(file, schema);
    // 1.234 in a cell is one point two three four: spreadsheet numbers have no convention.
    assertArrayEquals(
        new String[] {"Kapas", "51234", "1.234", "2024-03-01", "2024-03-01 13:45:30", "true", "01"},
        rows.get(0));
    assertArrayEquals(
        new String[] {"Balen", "1000000", "12.5", "2023-12-31", null, null, "02"}, rows.get(1));
  }

  @Test
  void longRowsInASheetAreErrorsWithExcelRowNumbers() throws IOException {
    Path file =
        xlsx(
            sheet -> {
              sheet.value(0, 0, "a");
              sheet.value(1, 0, "x");
              sheet.value(3, 0, "y");
              sheet.value(3, 1, "extra");
            });
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals(4, e.errors().get(0).row());
  }

  @Test
  void emptySheetIsAnEmptyFile() throws IOException {
    Path file = xlsx(sheet -> {});
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals("The file is empty", e.errors().get(0).reason());
  }

  @Test
  void aZipThatIsNotAWorkbookIsReportedNotThrownRaw() throws IOException {
    Path file = dir.resolve("data.zip");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("data.csv"));
      zip.write("a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    TableLoadException e = assertThrows(TableLoadException.class, () -> Tables.inspect(file));
    assertEquals(1, e.errors().get(0).row());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.errors().get(0).reason().startsWith("This is not a readable XLSX workbook"),
        e.getMessage());
  }

  @Test
  void oldBinaryExcelFilesAreRefusedWithAHint() {
    Path file =
        Tables.write(
            dir, "old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    TableLoadException e = assertThrows(TableLoadException.class, () -> TableFile.detect(file));
    assertEquals(
        "This is an old Excel (.xls) file; save it as .xlsx or CSV to load it",
        e.errors().get(0).reason());
  }
}
