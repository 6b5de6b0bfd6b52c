package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publication's data dictionary (issue 12, item 7): every column of every table, with the
 * indicators' MS-Ind style metadata ({@link Indicator#metadata}) and the texts of the other
 * columns. {@code rumah_tangga} takes its name and definition from its indicator but is classified
 * as always published: disclosure control never withholds it, since coverage publishes it for every
 * desa.
 *
 * <p>CSV columns: {@code table, code, name, definition, method, unit, classification, levels}
 * (separated by {@code ;}), {@code minimum_count} (the k of primary suppression; empty for columns
 * that are never withheld). JSON: {@code {"language": "id", "tables": [{"table": "indikator_desa",
 * "columns": [{"code": ..., "name": ..., ..., "levels": [...], "minimum_count": 3 or null}]}]}}.
 * Keys are English, as the indicators' metadata sheets are.
 */
public final class DataDictionary {

  /** The dictionary's CSV columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "table",
          "code",
          "name",
          "definition",
          "method",
          "unit",
          "classification",
          "levels",
          "minimum_count");

  private DataDictionary() {}

  /**
   * One column of one table.
   *
   * @param levels the levels the column is published at: an indicator's own public levels, the
   *     table's levels for the other columns
   * @param minimumCount the k of primary suppression; {@code null} for columns never withheld
   */
  public record Entry(
      String table,
      String code,
      String name,
      String definition,
      String method,
      String unit,
      String classification,
      List<String> levels,
      Integer minimumCount) {

    public Entry {
      levels = List.copyOf(levels);
    }

    /** The entry keyed by {@link #COLUMNS} without {@code table}. */
    public Map<String, Object> toDict() {
      Map<String, Object> dict = new LinkedHashMap<>();
      dict.put("code", code);
      dict.put("name", name);
      dict.put("definition", definition);
      dict.put("method", method);
      dict.put("unit", unit);
      dict.put("classification", classification);
      dict.put("levels", levels);
      dict.put("minimum_count", minimumCount);
      return dict;
    }
  }

  /** Every column of every table, table by table in {@link PublicationTable}'s order. */
  public static List<Entry> entries(String language) {
    List<Entry> entries = new ArrayList<>();
    for (PublicationTable table : PublicationTable.values()) {
      List<String> columns = new ArrayList<>(table.columns());
      if (table.level() != null) {
        columns.add(PublicationTable.WITHHELD);
      }
      for (String column : columns) {
        entries.add(entry(table, column, language));
      }
    }
    return entries;
  }

  /** The dictionary as CSV (RFC 4180, UTF-8); the stream is flushed, not closed. */
  public static void csv(String language, OutputStream out) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Entry entry : entries(language)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table", entry.table());
      row.putAll(entry.toDict());
      row.put("levels", String.join(";", entry.levels()));
      rows.add(row);
    }
    PublicationFiles.writeCsv(COLUMNS, rows, out);
  }

  /** The dictionary as JSON (UTF-8); the stream is flushed, not closed. */
  public static void json(String language, OutputStream out) {
    Map<String, List<Object>> byTable = new LinkedHashMap<>();
    for (Entry entry : entries(language)) {
      byTable.computeIfAbsent(entry.table(), t -> new ArrayList<>()).add(entry.toDict());
    }
    List<Object> tables = new ArrayList<>();
    byTable.forEach((table, columns) -> tables.add(Map.of("table", table, "columns", columns)));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("language", AggregateTexts.language(language));
    document.put("tables", tables);
    PublicationFiles.writeJson(document, out);
  }

  private static Entry entry(PublicationTable table, String column, String language) {
    Optional<Indicator> indicator = Indicators.find(column);
    if (indicator.isPresent() && !column.equals(Indicators.RUMAH_TANGGA)) {
      Indicator i = indicator.get();
      return new Entry(
          table.code(),
          column,
          i.name(language),
          i.definition(language),
          i.method(language),
          i.unitName(language),
          (String) i.metadata(language).get("classification"),
          i.levels(),
          i.sensitivity().minimumCount());
    }
    String prefix = "column." + column + ".";
    String classification = AggregateTexts.text(prefix + "classification", language);
    if (indicator.isPresent()) {
      Indicator households = indicator.get();
      return new Entry(
          table.code(),
          column,
          households.name(language),
          households.definition(language),
          households.method(language),
          households.unitName(language),
          classification,
          table.rowLevels(),
          null);
    }
    return new Entry(
        table.code(),
        column,
        AggregateTexts.text(prefix + "name", language),
        AggregateTexts.text(prefix + "definition", language),
        AggregateTexts.text(prefix + "method", language),
        AggregateTexts.text(prefix + "unit", language),
        classification,
        table.rowLevels(),
        null);
  }
}
