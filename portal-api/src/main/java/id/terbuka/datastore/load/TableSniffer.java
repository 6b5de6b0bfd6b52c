package id.terbuka.datastore.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks at the start of a delimited text file to learn its encoding, BOM and delimiter. Only a
 * bounded sample is read, whatever the file's size.
 */
public final class TableSniffer {
  /** Large enough for any header (10,000 columns) and the first hundred records. */
  static final int SAMPLE_BYTES = 1 << 20;

  private TableSniffer() {}

  public static CsvFormat sniff(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sniff(in);
    }
  }

  /** Reads at most {@link #SAMPLE_BYTES} from the stream (the caller closes it). */
  public static CsvFormat sniff(InputStream in) throws IOException {
    byte[] sample = new byte[SAMPLE_BYTES];
    int length = in.readNBytes(sample, 0, sample.length);
    boolean complete = length < sample.length || in.read() < 0;
    int bom = EncodingDetector.bomLength(sample, length);
    Charset charset = EncodingDetector.detect(sample, length, complete);
    String text = new String(sample, bom, length - bom, charset);
    return new CsvFormat(charset, bom, DelimiterDetector.detect(text, complete));
  }
}
