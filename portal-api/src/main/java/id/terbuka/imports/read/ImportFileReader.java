package id.terbuka.imports.read;

import id.terbuka.datastore.load.LoadError;
import id.terbuka.datastore.load.RawRows;
import id.terbuka.datastore.load.TableFile;
import id.terbuka.datastore.load.TableLoadException;
import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.HeaderMapping;
import id.terbuka.imports.domain.ImportCodes;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the data rows of a stored upload to a domain's validation, one {@link ImportRow} at a
 * time, so a file of half a million rows costs no more memory than one of ten. Everything wrong
 * with the file itself (not a table, an old .xls, no header, a missing column, a record that cannot
 * be parsed) becomes a problem in the report, never an exception: the publisher sent it, the
 * publisher must be told what to fix.
 */
public final class ImportFileReader {
  /** The most data rows one import takes (the budget's largest slice is about 60,000 lines). */
  public static final long MAX_ROWS = 1_000_000;

  /** Enough of a file's start to tell text from binary content. */
  private static final int PROBE_BYTES = 8192;

  /**
   * Looks at the header before the columns are mapped, and may blank cells so that their columns
   * are never read (Dasa Wisma drops identity columns this way).
   */
  @FunctionalInterface
  public interface HeaderScreen {
    /** The header to map, reporting what it dropped; {@code header} must not be changed. */
    String[] screen(long headerRow, String[] header, Problems problems);
  }

  private static final HeaderScreen KEEP_ALL = (row, header, problems) -> header;

  private final long maxRows;
  private final HeaderScreen headerScreen;

  private ImportFileReader(long maxRows, HeaderScreen headerScreen) {
    this.maxRows = maxRows;
    this.headerScreen = headerScreen;
  }

  /** A reader that takes at most {@link #MAX_ROWS} data rows. */
  public static ImportFileReader standard() {
    return new ImportFileReader(MAX_ROWS, KEEP_ALL);
  }

  /** A reader that takes at most {@code maxRows} data rows. */
  public static ImportFileReader withMaxRows(long maxRows) {
    return new ImportFileReader(maxRows, KEEP_ALL);
  }

  /** This reader, with {@code screen} applied to the header before its columns are mapped. */
  public ImportFileReader screeningHeader(HeaderScreen screen) {
    return new ImportFileReader(maxRows, screen);
  }

  /**
   * Reads {@code file}, reporting problems into {@code problems} and passing each non-blank data
   * row to {@code rows}. Rows are passed only when the header has every required column once: a
   * missing column would otherwise make every row wrong in the same way. Reading stops at the first
   * record that cannot be parsed and after {@code maxRows} data rows.
   *
   * @return the number of data rows read (blank lines not counted)
   * @throws UncheckedIOException only when the stored file itself cannot be read from disk
   */
  public long read(
      Path file, List<ColumnSpec> columns, Problems problems, Consumer<ImportRow> rows) {
    try {
      return readChecked(file, columns, problems, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long readChecked(
      Path file, List<ColumnSpec> columns, Problems problems, Consumer<ImportRow> rows)
      throws IOException {
    if (Files.size(file) == 0) {
      problems.error(fileProblem(ImportCodes.EMPTY_FILE));
      return 0;
    }
    TableFile table;
    try {
      table = TableFile.detect(file);
    } catch (TableLoadException e) {
      // detect() refuses only one thing: the binary format of Excel 97-2003.
      problems.error(fileProblem(ImportCodes.OLD_EXCEL_FILE));
      return 0;
    }
    if (table.kind() == TableFile.Kind.CSV && isBinary(file)) {
      problems.error(fileProblem(ImportCodes.NOT_A_TABLE));
      return 0;
    }
    RawRows raw;
    try {
      raw = RawRows.open(table);
    } catch (TableLoadException e) {
      problems.error(fileProblem(ImportCodes.UNREADABLE_FILE, reason(e)));
      return 0;
    }
    long[] count = {0};
    try (raw) {
      readRows(raw, columns, problems, rows, count);
    } catch (TableLoadException e) {
      LoadError where = e.errors().isEmpty() ? null : e.errors().get(0);
      problems.error(
          ImportProblem.of(
              where == null ? 0 : where.row(), null, null, ImportCodes.UNREADABLE_FILE, reason(e)));
    }
    return count[0];
  }

  /** Reads the header and the data rows, counting the data rows in {@code count[0]} as it goes. */
  private void readRows(
      RawRows raw,
      List<ColumnSpec> columns,
      Problems problems,
      Consumer<ImportRow> rows,
      long[] count)
      throws IOException {
    String[] header = raw.next();
    if (header == null) {
      problems.error(fileProblem(ImportCodes.EMPTY_FILE));
      return;
    }
    long headerRow = raw.rowNumber();
    HeaderMapping mapping =
        HeaderMapping.of(
            headerRow, headerScreen.screen(headerRow, header, problems), columns, problems);
    for (String[] record = raw.next(); record != null; record = raw.next()) {
      if (count[0] == maxRows) {
        problems.error(
            ImportProblem.of(raw.rowNumber(), null, null, ImportCodes.TOO_MANY_ROWS, maxRows));
        return;
      }
      count[0]++;
      if (mapping.complete()) {
        rows.accept(mapping.row(raw.rowNumber(), record, raw.spreadsheetNumbers()));
      }
    }
    if (count[0] == 0) {
      problems.error(fileProblem(ImportCodes.NO_DATA_ROWS));
    }
  }

  /**
   * Text in UTF-8 or Windows-1252 never holds a NUL byte; a PDF, an image or UTF-16 text ("Unicode
   * text" from Excel) does near its start. Reading such a file as CSV would only produce a
   * nonsensical "missing column".
   */
  private static boolean isBinary(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(PROBE_BYTES);
    }
    for (byte b : start) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static ImportProblem fileProblem(String code, Object... args) {
    return ImportProblem.of(0, null, null, code, args);
  }

  private static String reason(TableLoadException e) {
    return e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).reason();
  }
}
