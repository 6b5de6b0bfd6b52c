package id.terbuka.datastore.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A table file on disk and how to read it. Both passes (inspection, then reading) open it anew, so
 * the loader needs the file, not a one-shot stream.
 */
public final class TableFile {
  /** The formats the loader reads; TSV is CSV with a sniffed TAB delimiter. */
  public enum Kind {
    CSV,
    XLSX
  }

  private final Path path;
  private final Kind kind;
  private CsvFormat format;

  private TableFile(Path path, Kind kind) {
    this.path = path;
    this.kind = kind;
  }

  public static TableFile csv(Path path) {
    return new TableFile(path, Kind.CSV);
  }

  public static TableFile xlsx(Path path) {
    return new TableFile(path, Kind.XLSX);
  }

  /**
   * Decides by content rather than by the declared format, which uploaders often get wrong: a file
   * starting with a ZIP signature is XLSX, anything else is delimited text.
   *
   * @throws TableLoadException for an old binary Excel (.xls) file, which is not read
   */
  public static TableFile detect(Path path) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(4);
    }
    if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw TableLoadException.of(
          1, null, "This is an old Excel (.xls) file; save it as .xlsx or CSV to load it");
    }
    return startsWith(start, 'P', 'K', 3, 4) ? xlsx(path) : csv(path);
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  public Path path() {
    return path;
  }

  public Kind kind() {
    return kind;
  }

  /** The sniffed encoding and delimiter of a CSV file (sniffed once, then remembered). */
  public synchronized CsvFormat csvFormat() throws IOException {
    if (kind != Kind.CSV) {
      throw new IllegalStateException("Not a delimited text file: " + path);
    }
    if (format == null) {
      format = TableSniffer.sniff(path);
    }
    return format;
  }

  RowSource open() throws IOException {
    return kind == Kind.CSV ? new CsvRowSource(path, csvFormat()) : new XlsxRowSource(path);
  }
}
