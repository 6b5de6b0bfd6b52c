package id.terbuka.datastore.dump;

import java.io.IOException;
import java.util.List;

/**
 * Writes the rows of a dump one at a time, as they come from the cursor. Values are {@code Long},
 * {@code BigDecimal}, {@code Boolean}, {@code LocalDate}, {@code LocalDateTime}, {@code String} or
 * null, in the order of the columns given to {@link #begin}.
 */
public interface RecordWriter {
  void begin(List<DumpColumn> columns) throws IOException;

  /**
   * @return false when the format holds no more rows (this one was not written): stop reading
   */
  boolean row(Object[] values) throws IOException;

  /** Ends the document and flushes; the stream is left to the caller. */
  void end() throws IOException;
}
