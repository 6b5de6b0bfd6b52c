package id.terbuka.contracts.flatten;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Flattens OCDS releases into Flatten Tool-style sheets.
 *
 * <p>The main sheet {@value #MAIN_SHEET} has one row per release; a nested object's fields become
 * slash paths ({@code buyer/id}, {@code tender/value/amount}) and an array of literals one cell
 * joined with {@value #LIST_SEPARATOR} ({@code tag}: {@code tender;award}). Each array of objects
 * becomes a child sheet, one row per object, whose columns keep the {@code 0} of Flatten Tool
 * ({@code awards/0/suppliers/0/name}) and start with the join keys: {@code ocid}, the release's
 * {@code id}, each ancestor object's id ({@code awards/0/id}) and the object's own id. Sheet names
 * are given by {@link SheetNames}.
 *
 * <p>A sheet's columns are the union of the paths its rows have, in the order first seen (join keys
 * first); the sheets come in the order first seen, {@value #MAIN_SHEET} first and present even for
 * no releases. The same releases in the same order always give the same tables. The input is
 * expected to be schema-valid OCDS; anything else is still flattened without loss where it can be
 * (a nested array's literal elements are written as JSON text).
 */
public final class ReleaseFlattener {
  /** The sheet with one row per release. */
  public static final String MAIN_SHEET = "releases";

  /** Between the elements of an array of literals in one cell. */
  public static final String LIST_SEPARATOR = ";";

  private final SheetNames names = new SheetNames(MAIN_SHEET);
  private final Map<String, Sheet> sheets = new LinkedHashMap<>();

  private ReleaseFlattener() {
    Sheet main = new Sheet();
    main.columns.addAll(List.of("ocid", "id"));
    sheets.put(MAIN_SHEET, main);
  }

  /**
   * Flatten Tool-style sheets of a list of releases.
   *
   * @return sheet name -> rows, the header row first; every row as long as the header
   */
  public static Map<String, List<List<String>>> flatten(List<? extends JsonNode> releases) {
    ReleaseFlattener flattener = new ReleaseFlattener();
    for (JsonNode release : releases) {
      flattener.release(release);
    }
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    flattener.sheets.forEach((name, sheet) -> tables.put(name, sheet.table()));
    return tables;
  }

  private void release(JsonNode release) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("ocid", CellText.of(release.get("ocid")));
    keys.put("id", CellText.of(release.get("id")));
    Map<String, String> row = new LinkedHashMap<>(keys);
    if (release.isObject()) {
      object(release, "", List.of(), row, keys);
    }
    sheets.get(MAIN_SHEET).add(row);
  }

  /** Writes an object's literals into {@code row} and its arrays of objects into child sheets. */
  private void object(
      JsonNode node,
      String prefix,
      List<String> nameParts,
      Map<String, String> row,
      Map<String, String> keys) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String path = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        object(value, path + "/", plus(nameParts, field.getKey()), row, keys);
      } else if (value.isArray()) {
        array(value, path, plus(nameParts, field.getKey()), row, keys);
      } else {
        row.put(path, CellText.of(value));
      }
    }
  }

  private void array(
      JsonNode array,
      String path,
      List<String> nameParts,
      Map<String, String> row,
      Map<String, String> keys) {
    List<String> literals = new ArrayList<>();
    for (JsonNode item : array) {
      if (item.isObject()) {
        child(item, path, nameParts, keys);
      } else {
        literals.add(item.isArray() ? item.toString() : CellText.of(item));
      }
    }
    if (!literals.isEmpty()) {
      row.put(path, String.join(LIST_SEPARATOR, literals));
    }
  }

  private void child(
      JsonNode item, String arrayPath, List<String> nameParts, Map<String, String> parentKeys) {
    // The sheet is claimed before the item's own arrays so that parents precede children.
    Sheet sheet = sheets.computeIfAbsent(names.of(arrayPath, nameParts), n -> new Sheet());
    String prefix = arrayPath + "/0/";
    Map<String, String> keys = new LinkedHashMap<>(parentKeys);
    keys.put(prefix + "id", CellText.of(item.get("id")));
    Map<String, String> row = new LinkedHashMap<>(keys);
    List<String> itemParts = new ArrayList<>(nameParts);
    int last = itemParts.size() - 1;
    itemParts.set(last, SheetNames.singular(itemParts.get(last)));
    object(item, prefix, itemParts, row, keys);
    sheet.add(row);
  }

  private static List<String> plus(List<String> parts, String part) {
    List<String> more = new ArrayList<>(parts);
    more.add(part);
    return more;
  }

  /** Rows by column path; the columns are the union of the rows' paths in first-seen order. */
  private static final class Sheet {
    private final Set<String> columns = new LinkedHashSet<>();
    private final List<Map<String, String>> rows = new ArrayList<>();

    void add(Map<String, String> row) {
      columns.addAll(row.keySet());
      rows.add(row);
    }

    List<List<String>> table() {
      List<List<String>> table = new ArrayList<>(rows.size() + 1);
      List<String> header = List.copyOf(columns);
      table.add(header);
      for (Map<String, String> row : rows) {
        List<String> cells = new ArrayList<>(header.size());
        for (String column : header) {
          cells.add(row.getOrDefault(column, ""));
        }
        table.add(cells);
      }
      return table;
    }
  }
}
