package id.terbuka.imports.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFileReaderTest {
  private static final List<ColumnSpec> COLUMNS =
      List.of(
          ColumnSpec.required("kode_rekening"),
          ColumnSpec.required("uraian"),
          ColumnSpec.optional("anggaran"));

  @TempDir Path dir;
  private final Problems problems = new Problems();
  private final List<ImportRow> rows = new ArrayList<>();

  private long read(Path file) {
    return ImportFileReader.standard().read(file, COLUMNS, problems, rows::add);
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    return write(name, content.getBytes(charset));
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    return all;
  }

  private static List<ImportProblem> only(List<ImportProblem> problems, String code) {
    return problems.stream().filter(p -> p.code().equals(code)).toList();
  }

  @Test
  void utf8WithBomAndHeaderVariantsInAnyOrder() throws IOException {
    Path file =
        write(
            "a.csv",
            withBom(
                "Uraian, KODE REKENING ,Anggaran\r\nBelanja Pegawai,5.1.01,\"1.234.567,89\"\r\n"));

    assertEquals(1, read(file));

    assertFalse(problems.hasErrors());
    assertEquals(0, problems.warningCount());
    ImportRow row = rows.get(0);
    assertEquals(2, row.number());
    assertEquals("5.1.01", row.get("kode_rekening"));
    assertEquals("Belanja Pegawai", row.get("uraian"));
    assertEquals("1.234.567,89", row.get("anggaran"));
    assertEquals("KODE REKENING", row.header("kode_rekening"));
    assertFalse(row.spreadsheetNumbers());
  }

  @Test
  void windows1252TextIsDecoded() throws IOException {
    Path file =
        write(
            "b.csv",
            "kode_rekening,uraian\n1,Caf\u00e9 M\u00fcller\n",
            Charset.forName("windows-1252"));

    read(file);

    assertEquals("Caf\u00e9 M\u00fcller", rows.get(0).get("uraian"));
  }

  @Test
  void semicolonAndTabDelimitersAreDetected() throws IOException {
    read(
        write(
            "c.csv", "kode_rekening;uraian;anggaran\n5.1;Gaji;1.000,50\n", StandardCharsets.UTF_8));
    read(write("d.tsv", "uraian\tkode_rekening\nHonor, rapat\t5.2\n", StandardCharsets.UTF_8));

    assertFalse(problems.hasErrors());
    assertEquals("1.000,50", rows.get(0).get("anggaran"));
    assertEquals("Honor, rapat", rows.get(1).get("uraian"));
    assertEquals("5.2", rows.get(1).get("kode_rekening"));
  }

  @Test
  void rowNumbersAreTheSpreadsheetsBlankLinesSkippedButCounted() throws IOException {
    Path file =
        write(
            "e.csv",
            "kode_rekening,uraian\n1,a\n\n,\n2,\"two\nlines\"\n3,c\n",
            StandardCharsets.UTF_8);

    assertEquals(3, read(file));

    assertEquals(List.of(2L, 5L, 6L), rows.stream().map(ImportRow::number).toList());
    assertEquals("two\nlines", rows.get(1).get("uraian"));
  }

  @Test
  void xlsxFirstSheetIsReadWithPlainNumbersAndItsOwnRowNumbers() throws IOException {
    Path file = dir.resolve("f.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("LRA");
      ws.value(0, 0, "Kode Rekening");
      ws.value(0, 1, "URAIAN");
      ws.value(0, 2, "Anggaran");
      ws.value(1, 0, "5.1.01");
      ws.value(1, 1, "Belanja Pegawai");
      ws.value(1, 2, 1234567.89);
      ws.value(3, 0, "5.1.02");
      ws.value(3, 1, "Belanja Barang");
      ws.value(3, 2, 1000000);
      wb.newWorksheet("Other").value(0, 0, "ignored");
      wb.finish();
    }

    assertEquals(2, read(file));

    assertFalse(problems.hasErrors());
    assertEquals(List.of(2L, 4L), rows.stream().map(ImportRow::number).toList());
    assertEquals("1234567.89", rows.get(0).get("anggaran"));
    assertEquals("1000000", rows.get(1).get("anggaran"));
    assertTrue(rows.get(0).spreadsheetNumbers());
  }

  @Test
  void anUnknownColumnIsAWarningAndTheRowsAreStillRead() throws IOException {
    read(write("g.csv", "kode_rekening,uraian,Catatan\n1,a,b\n", StandardCharsets.UTF_8));

    assertFalse(problems.hasErrors());
    assertEquals(
        List.of("Catatan"), problems.warnings().stream().map(ImportProblem::column).toList());
    assertEquals(1, rows.size());
  }

  @Test
  void aMissingColumnIsAnErrorAndNoRowIsPassedOnButAllAreCounted() throws IOException {
    long count = read(write("h.csv", "kode,uraian\n1,a\n2,b\n", StandardCharsets.UTF_8));

    assertEquals(2, count);
    assertEquals(List.of(), rows);
    assertEquals(1, only(problems.errors(), "missing_column").size());
    assertEquals("kode_rekening", problems.errors().get(0).column());
  }

  @Test
  void fileLevelProblemsAreReportedNotThrown() throws IOException {
    assertFileProblem(write("empty.csv", new byte[0]), "empty_file");
    assertFileProblem(write("blank.csv", "\n\n  \n", StandardCharsets.UTF_8), "empty_file");
    assertFileProblem(
        write("header.csv", "kode_rekening,uraian\n", StandardCharsets.UTF_8), "no_data_rows");
    assertFileProblem(
        write("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}),
        "old_excel_file");
    assertFileProblem(
        write("scan.csv", new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0, 0, '\n'}), "not_a_table");
    assertFileProblem(
        write("u16.csv", "kode_rekening,uraian\n".getBytes(StandardCharsets.UTF_16LE)),
        "not_a_table");
    Path docx = dir.resolve("letter.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    assertFileProblem(docx, "unreadable_file");
  }

  private void assertFileProblem(Path file, String code) {
    Problems p = new Problems();
    long count = ImportFileReader.standard().read(file, COLUMNS, p, rows::add);
    assertEquals(
        List.of(code), p.errors().stream().map(ImportProblem::code).toList(), file.toString());
    assertEquals(0, count);
  }

  @Test
  void anUnclosedQuoteIsAProblemAtItsRow() throws IOException {
    read(write("q.csv", "kode_rekening,uraian\n1,a\n2,\"b\n", StandardCharsets.UTF_8));

    assertEquals(
        List.of("unreadable_file"), problems.errors().stream().map(ImportProblem::code).toList());
    assertEquals(3, problems.errors().get(0).row());
  }

  @Test
  void readingStopsBeyondTheRowLimit() throws IOException {
    Path file =
        write("many.csv", "kode_rekening,uraian\n1,a\n2,b\n3,c\n4,d\n", StandardCharsets.UTF_8);

    long count = ImportFileReader.withMaxRows(3).read(file, COLUMNS, problems, rows::add);

    assertEquals(3, count);
    assertEquals(3, rows.size());
    assertEquals(List.of(ImportProblem.of(5, null, null, "too_many_rows", 3L)), problems.errors());
  }

  @Test
  void halfAMillionRowsStreamThrough() throws IOException {
    Path file = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("kode_rekening;uraian;anggaran\n");
      for (int i = 0; i < 500_000; i++) {
        w.write("5.1." + i + ";Belanja nomor " + i + ";" + i + ",50\n");
      }
    }
    long[] seen = {0, 0};

    long count =
        ImportFileReader.standard()
            .read(
                file,
                COLUMNS,
                problems,
                r -> {
                  seen[0]++;
                  seen[1] = r.number();
                });

    assertEquals(500_000, count);
    assertEquals(500_000, seen[0]);
    assertEquals(500_001, seen[1]);
    assertFalse(problems.hasErrors());
  }
}
