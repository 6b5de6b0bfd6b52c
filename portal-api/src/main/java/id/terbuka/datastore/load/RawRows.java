package id.terbuka.datastore.load;

import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.Closeable;
import java.io.IOException;

/**
 * The raw records of a table file (first sheet of an XLSX, or a CSV/TSV with its encoding, BOM and
 * delimiter sniffed), for readers other than the DataStore loader: the same detection, none of the
 * loader's type inference. Blank records are skipped but counted, so {@link #rowNumber()} is the
 * row a spreadsheet shows.
 */
public final class RawRows implements Closeable {
  private final RowSource source;
  private final boolean spreadsheetNumbers;

  private RawRows(RowSource source, boolean spreadsheetNumbers) {
    this.source = source;
    this.spreadsheetNumbers = spreadsheetNumbers;
  }

  /**
   * Opens the file for reading from its first record (the header).
   *
   * @throws TableLoadException when an XLSX file is not a readable workbook
   */
  public static RawRows open(TableFile file) throws IOException {
    return new RawRows(file.open(), file.kind() == TableFile.Kind.XLSX);
  }

  /**
   * The next non-blank record's cells (none null), or null at the end.
   *
   * @throws TableLoadException for a record that cannot be read (an unclosed quote, a damaged
   *     sheet), with the row where it happened
   */
  public String[] next() throws IOException {
    try {
      return source.next();
    } catch (CsvMalformedLineException e) {
      // opencsv reports a quote that never closes as an IOException; it is the file's fault.
      TableLoadException problem =
          TableLoadException.of(
              source.rowNumber() + 1, null, "A quoted cell is never closed: " + e.getMessage());
      problem.initCause(e);
      throw problem;
    }
  }

  /** The spreadsheet row number of the record last returned (the header is row 1). */
  public long rowNumber() {
    return source.rowNumber();
  }

  /**
   * True for a spreadsheet, whose number cells arrive in the plain English form ({@code
   * 1234567.89}) whatever the sheet displays; false for text, whose numbers are as written.
   */
  public boolean spreadsheetNumbers() {
    return spreadsheetNumbers;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
