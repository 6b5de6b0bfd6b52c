package id.terbuka.datastore.load;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows in PostgreSQL's COPY text format, the input of {@code COPY table FROM STDIN}: values
 * separated by TAB, one row per line, {@code \N} for null, and backslash, TAB, newline and carriage
 * return escaped so that cell contents never look like structure.
 */
public final class CopyTextWriter {
  private final Writer out;

  /** The writer should be buffered; rows are written a character run at a time. */
  public CopyTextWriter(Writer out) {
    this.out = out;
  }

  public void writeRow(String[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      writeValue(values[i]);
    }
    out.write('\n');
  }

  private void writeValue(String value) throws IOException {
    if (value == null) {
      out.write("\\N");
      return;
    }
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      String escape =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            // PostgreSQL text cannot hold NUL at all; dropping it is the only way to load the row.
            case '\0' -> "";
            default -> null;
          };
      if (escape != null) {
        out.write(value, start, i - start);
        out.write(escape);
        start = i + 1;
      }
    }
    out.write(value, start, value.length() - start);
  }

  public void flush() throws IOException {
    out.flush();
  }
}
