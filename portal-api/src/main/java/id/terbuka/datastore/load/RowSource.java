package id.terbuka.datastore.load;

import java.io.Closeable;
import java.io.IOException;

/** The raw cells of a table file, one record at a time, header first. */
interface RowSource extends Closeable {
  /** The next record's cells (never null cells), or null at the end. Blank records are skipped. */
  String[] next() throws IOException;

  /** The 1-based row number of the record last returned (the header is row 1 in a CSV). */
  long rowNumber();

  /**
   * The number convention the format itself fixes, or null if it must be inferred: spreadsheet
   * cells hold binary numbers, which this source writes in the plain English form.
   */
  NumberConvention fixedConvention();
}
