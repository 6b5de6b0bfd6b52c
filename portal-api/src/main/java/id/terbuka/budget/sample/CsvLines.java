package id.terbuka.budget.sample;

import id.terbuka.budget.domain.BudgetColumns;
import id.terbuka.imports.domain.ColumnSpec;
import java.io.IOException;
import java.io.Writer;

/** Writes the import format's header and lines as CSV in a {@link NumberStyle}. */
final class CsvLines {
  private final Writer out;
  private final NumberStyle style;
  private final char delimiter;
  private final StringBuilder line = new StringBuilder(256);

  CsvLines(Writer out, NumberStyle style) {
    this.out = out;
    this.style = style;
    this.delimiter = style.delimiter();
  }

  void header() throws IOException {
    for (ColumnSpec column : BudgetColumns.ALL) {
      cell(column.name());
    }
    end();
  }

  /** One line; amounts in sen; {@code kodeSubKegiatan} "" for none. */
  void line(
      int tahun,
      String periode,
      SampleUnit unit,
      AccountNode node,
      long realisasi,
      String kodeSubKegiatan,
      String namaSubKegiatan)
      throws IOException {
    cell(Integer.toString(tahun));
    cell(periode);
    cell(unit.kodeSkpd());
    cell(unit.namaSkpd());
    cell(node.code);
    cell(node.uraian);
    cell(style.format(node.anggaran));
    cell(style.format(realisasi));
    cell(kodeSubKegiatan);
    cell(namaSubKegiatan);
    end();
  }

  private void cell(String value) {
    if (!line.isEmpty()) {
      line.append(delimiter);
    }
    boolean quote =
        value.indexOf(delimiter) >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    if (quote) {
      line.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      line.append(value);
    }
  }

  private void end() throws IOException {
    line.append('\n');
    out.append(line);
    line.setLength(0);
  }
}
