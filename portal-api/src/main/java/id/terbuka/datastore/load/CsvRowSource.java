package id.terbuka.datastore.load;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records of a delimited text file through opencsv's RFC 4180 parser: quotes may hold delimiters
 * and newlines, and a backslash is an ordinary character (Windows paths, not escapes).
 */
final class CsvRowSource implements RowSource {
  private final CSVReader reader;
  private long row;

  CsvRowSource(Path file, CsvFormat format) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(format.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    this.reader =
        new CSVReaderBuilder(
                new BufferedReader(new InputStreamReader(in, format.charset()), 1 << 16))
            .withCSVParser(new RFC4180ParserBuilder().withSeparator(format.delimiter()).build())
            .build();
  }

  @Override
  public String[] next() throws IOException {
    while (true) {
      String[] record;
      try {
        record = reader.readNext();
      } catch (CsvValidationException e) {
        throw TableLoadException.of(row + 1, null, "Unreadable record: " + e.getMessage());
      }
      if (record == null) {
        return null;
      }
      row++;
      if (!isBlank(record)) {
        return record;
      }
    }
  }

  private static boolean isBlank(String[] record) {
    for (String cell : record) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public NumberConvention fixedConvention() {
    return null;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
