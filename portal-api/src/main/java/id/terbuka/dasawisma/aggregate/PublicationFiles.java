package id.terbuka.dasawisma.aggregate;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import id.terbuka.shared.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publication's files, UTF-8, one pair per table of {@link PublicationTable}.
 *
 * <p>CSV: RFC 4180 (comma, CRLF, quotes only where a value needs them), a header row of the column
 * codes ({@link PublicationTable#columns()}); a withheld cell is empty, and so is a missing target
 * or percentage.
 *
 * <p>JSON: one object, {@code {"tahun": 2026, "snapshot": "2026-12-01T00:00:00+07:00", "tabel":
 * "indikator_desa", "level": "desa", "kolom": [...], "baris": [...]}}: {@code level} only in the
 * indicator tables; {@code kolom} the same codes as the CSV header; each row an object keyed by
 * them, numbers as numbers, a withheld cell {@code null}, and in the indicator tables a last field
 * {@code withheld} listing the withheld columns in order.
 *
 * <p>Every method flushes the stream and leaves it open.
 */
public final class PublicationFiles {

  private PublicationFiles() {}

  public static void indicatorsCsv(PublicTables tables, PublicLevel level, OutputStream out) {
    writeCsv(PublicationTable.indicators(level).columns(), indicatorRows(tables, level), out);
  }

  public static void indicatorsJson(
      PublicTables tables, PublicLevel level, Snapshot snapshot, OutputStream out) {
    writeJson(
        document(snapshot, PublicationTable.indicators(level), indicatorRows(tables, level)), out);
  }

  public static void coverageCsv(Coverage coverage, OutputStream out) {
    writeCsv(PublicationTable.CAKUPAN.columns(), coverageRows(coverage), out);
  }

  public static void coverageJson(Coverage coverage, Snapshot snapshot, OutputStream out) {
    writeJson(document(snapshot, PublicationTable.CAKUPAN, coverageRows(coverage)), out);
  }

  public static void trendCsv(CoverageTrend trend, OutputStream out) {
    writeCsv(PublicationTable.CAKUPAN_BULANAN.columns(), trendRows(trend), out);
  }

  public static void trendJson(CoverageTrend trend, Snapshot snapshot, OutputStream out) {
    writeJson(document(snapshot, PublicationTable.CAKUPAN_BULANAN, trendRows(trend)), out);
  }

  private static List<Map<String, Object>> indicatorRows(PublicTables tables, PublicLevel level) {
    return tables.rows(level).stream().map(PublishedRow::toDict).toList();
  }

  private static List<Map<String, Object>> coverageRows(Coverage coverage) {
    return coverage.rows().stream().map(CoverageRow::toDict).toList();
  }

  private static List<Map<String, Object>> trendRows(CoverageTrend trend) {
    return trend.rows().stream().map(CoverageTrend.Row::toDict).toList();
  }

  private static Map<String, Object> document(
      Snapshot snapshot, PublicationTable table, List<Map<String, Object>> rows) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("tahun", snapshot.tahun());
    document.put("snapshot", snapshot.atText());
    document.put("tabel", table.code());
    if (table.level() != null) {
      document.put("level", table.level().code());
    }
    document.put("kolom", table.columns());
    document.put("baris", rows);
    return document;
  }

  /** A header of {@code columns}, then each row's values of those columns ({@code null} empty). */
  static void writeCsv(List<String> columns, List<Map<String, Object>> rows, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ICSVWriter csv =
        new CSVWriter(
            writer,
            ICSVWriter.DEFAULT_SEPARATOR,
            ICSVWriter.DEFAULT_QUOTE_CHARACTER,
            ICSVWriter.DEFAULT_ESCAPE_CHARACTER,
            "\r\n");
    csv.writeNext(columns.toArray(String[]::new), false);
    for (Map<String, Object> row : rows) {
      List<String> cells = new ArrayList<>(columns.size());
      for (String column : columns) {
        cells.add(cell(row.get(column)));
      }
      csv.writeNext(cells.toArray(String[]::new), false);
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (csv.checkError()) {
      throw new UncheckedIOException(new IOException("writing the CSV file failed"));
    }
  }

  static void writeJson(Map<String, Object> document, OutputStream out) {
    Json.write(document, out);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }
}
