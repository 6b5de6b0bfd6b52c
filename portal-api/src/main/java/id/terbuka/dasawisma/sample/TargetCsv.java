package id.terbuka.dasawisma.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes coverage targets as the administrator's CSV (issue 12, item 6): {@code
 * kode_desa,tahun,jumlah_kk_target}, one line per desa in the map's order.
 */
public final class TargetCsv {
  public static final List<String> COLUMNS = List.of("kode_desa", "tahun", "jumlah_kk_target");

  private TargetCsv() {}

  /** Writes the header and a line per desa; flushes the writer (and leaves it open). */
  public static void write(int tahun, Map<String, Integer> targets, Writer out) throws IOException {
    CsvText csv = new CsvText(out);
    csv.line(COLUMNS);
    String year = String.valueOf(tahun);
    for (Map.Entry<String, Integer> target : targets.entrySet()) {
      csv.line(List.of(target.getKey(), year, String.valueOf(target.getValue())));
    }
    out.flush();
  }
}
