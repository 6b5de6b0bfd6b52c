package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdContent;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes households as a CSV file of the household import format: the header in {@link
 * HouseholdColumns} order, then one line per household with the canonical cells of {@link
 * HouseholdContent#cells} ({@code ya}/{@code tidak}, plain numbers, an empty {@code dusun} in a
 * kelurahan). No byte order mark; the caller chooses the encoding (UTF-8).
 */
public final class HouseholdCsv {
  private HouseholdCsv() {}

  /** Writes the header and {@code households}; flushes the writer (and leaves it open). */
  public static void write(List<Household> households, Writer out) throws IOException {
    write(households.iterator(), out);
  }

  /**
   * Writes the header and every household of {@code households} as it comes, so a stream of any
   * length needs no more memory than one household; returns the number of households written.
   */
  public static long write(Stream<Household> households, Writer out) throws IOException {
    return write(households.iterator(), out);
  }

  private static long write(Iterator<Household> households, Writer out) throws IOException {
    CsvText csv = new CsvText(out);
    csv.line(HouseholdColumns.names());
    long written = 0;
    while (households.hasNext()) {
      csv.line(HouseholdContent.cells(households.next()).values());
      written++;
    }
    out.flush();
    return written;
  }
}
