package id.terbuka.dasawisma.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/**
 * Writes CSV lines (RFC 4180: comma, a cell quoted only when it holds a comma, a quote or a line
 * break, {@code \n} line ends), reusing one buffer so that 400,000 lines cost no garbage per cell.
 */
final class CsvText {
  private final Writer out;
  private final StringBuilder line = new StringBuilder(256);

  CsvText(Writer out) {
    this.out = out;
  }

  void line(Collection<String> cells) throws IOException {
    for (String cell : cells) {
      if (!line.isEmpty()) {
        line.append(',');
      }
      if (cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    line.append('\n');
    out.append(line);
    line.setLength(0);
  }
}
