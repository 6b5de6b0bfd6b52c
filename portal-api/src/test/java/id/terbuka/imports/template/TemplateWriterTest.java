package id.terbuka.imports.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import id.terbuka.imports.read.ImportFileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {
  private static final List<TemplateColumn> COLUMNS =
      List.of(
          TemplateColumn.of(ColumnSpec.required("kode_rekening"), "5.1.02"),
          TemplateColumn.of(ColumnSpec.required("uraian"), "Belanja \"Barang\", Jasa"),
          new TemplateColumn(
              ColumnSpec.required("periode"), "TW1", List.of("TW1", "TW2", "TW3", "TW4")),
          TemplateColumn.of(ColumnSpec.optional("kode_skpd"), "01"),
          TemplateColumn.of(ColumnSpec.required("anggaran"), "1234567.89"),
          new TemplateColumn(ColumnSpec.optional("sumber_dana"), "DAU", List.of("DAU", "PAD")));

  private static final List<ColumnSpec> SPECS = COLUMNS.stream().map(TemplateColumn::spec).toList();

  @TempDir Path dir;

  private interface Writing {
    void write(List<TemplateColumn> columns, OutputStream out) throws IOException;
  }

  private Path written(String name, Writing writing) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      writing.write(COLUMNS, out);
    }
    return file;
  }

  private static List<ImportRow> readBack(Path file, Problems problems) {
    List<ImportRow> rows = new ArrayList<>();
    ImportFileReader.standard().read(file, SPECS, problems, rows::add);
    return rows;
  }

  private static void assertExampleRow(ImportRow row) {
    assertEquals(2, row.number());
    assertEquals("5.1.02", row.get("kode_rekening"));
    assertEquals("Belanja \"Barang\", Jasa", row.get("uraian"));
    assertEquals("TW1", row.get("periode"));
    assertEquals("01", row.get("kode_skpd"));
    assertEquals("1234567.89", row.get("anggaran"));
    assertEquals("DAU", row.get("sumber_dana"));
  }

  @Test
  void theCsvTemplateStartsWithABomAndReadsBackAsItsHeaderAndExample() throws IOException {
    Path file = written("t.csv", TemplateWriter::writeCsv);

    byte[] start = Arrays.copyOf(Files.readAllBytes(file), 3);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, start);
    assertTrue(
        Files.readString(file, StandardCharsets.UTF_8)
            .startsWith("\uFEFFkode_rekening,uraian,periode,kode_skpd,anggaran,sumber_dana\r\n"));
    Problems problems = new Problems();
    List<ImportRow> rows = readBack(file, problems);
    assertEquals(0, problems.errorCount() + problems.warningCount());
    assertEquals(1, rows.size());
    assertExampleRow(rows.get(0));
  }

  @Test
  void theXlsxTemplateReadsBackAsItsHeaderAndExample() throws IOException {
    Path file = written("t.xlsx", TemplateWriter::writeXlsx);

    Problems problems = new Problems();
    List<ImportRow> rows = readBack(file, problems);
    assertEquals(0, problems.errorCount() + problems.warningCount());
    assertEquals(1, rows.size());
    assertExampleRow(rows.get(0));
  }

  @Test
  void theXlsxTemplateHasADropDownListPerClosedColumnFromAHiddenSheet() throws IOException {
    Path file = written("t.xlsx", TemplateWriter::writeXlsx);

    String sheet;
    String workbook;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      workbook =
          new String(
              zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
    }
    List<String> validations = new ArrayList<>();
    Matcher m =
        Pattern.compile(
                "<dataValidation sqref=\"([^\"]+)\" type=\"list\".*?<formula1>([^<]+)</formula1>")
            .matcher(sheet);
    while (m.find()) {
      validations.add(m.group(1) + " " + m.group(2));
    }
    assertEquals(
        List.of("C2:C1048576 'pilihan'!$A$1:$A$4", "F2:F1048576 'pilihan'!$B$1:$B$2"), validations);
    assertTrue(
        Pattern.compile("<sheet name=\"pilihan\"[^>]*state=\"hidden\"").matcher(workbook).find(),
        workbook);

    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertEquals(List.of("data", "pilihan"), sheets.stream().map(Sheet::getName).toList());
      List<Row> values = sheets.get(1).read();
      assertEquals(
          List.of("TW1 DAU", "TW2 PAD", "TW3 ", "TW4 "),
          values.stream()
              .map(r -> r.getCellText(0) + " " + (r.getCellCount() > 1 ? r.getCellText(1) : ""))
              .toList());
    }
  }

  @Test
  void aTemplateWithoutClosedColumnsHasNoListSheet() throws IOException {
    Path file = dir.resolve("plain.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      TemplateWriter.writeXlsx(List.of(COLUMNS.get(0), COLUMNS.get(1)), out);
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      assertEquals(1, wb.getSheets().count());
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertFalse(sheet.contains("dataValidation"));
    }
  }

  @Test
  void aColumnOfWholeNumbersGetsAnInputCheck() throws IOException {
    Path file = dir.resolve("numbers.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      TemplateWriter.writeXlsx(List.of(COLUMNS.get(0), COLUMNS.get(1).wholeNumbers(0, 99)), out);
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String sheet =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile(
                  "<dataValidation sqref=\"([^\"]+)\" type=\"custom\".*?<formula1>([^<]+)</formula1>")
              .matcher(sheet);
      assertTrue(m.find(), sheet);
      assertEquals("B2:B1048576", m.group(1));
      assertEquals("AND(ISNUMBER(B2),B2=INT(B2),B2=MEDIAN(0,B2,99))", m.group(2));
      assertTrue(m.group().contains("errorStyle=\"stop\""), m.group());
    }
  }

  @Test
  void columnLettersGoPastZ() {
    assertEquals("A", TemplateWriter.columnLetters(0));
    assertEquals("Z", TemplateWriter.columnLetters(25));
    assertEquals("AA", TemplateWriter.columnLetters(26));
    assertEquals("AE", TemplateWriter.columnLetters(30));
    assertEquals("BA", TemplateWriter.columnLetters(52));
  }
}
