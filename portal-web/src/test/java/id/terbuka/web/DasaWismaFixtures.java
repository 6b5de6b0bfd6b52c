package id.terbuka.web;

import id.terbuka.dasawisma.domain.HouseholdColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Household rows in the import format for the Dasa Wisma ITs, valid unless a test spoils them. */
final class DasaWismaFixtures {
  static final List<String> COLUMNS = HouseholdColumns.names();

  private static final String[] WATER = {"sumur", "sumur", "pdam", "sumur", "sungai", "lainnya"};

  private DasaWismaFixtures() {}

  /** {@code n} different households of one group, numbered 1..n. */
  static List<Map<String, String>> rows(int tahun, String desa, String group, int n) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Map<String, String> row = new LinkedHashMap<>(HouseholdColumns.exampleRow());
      row.put("tahun", Integer.toString(tahun));
      row.put("kode_desa", desa);
      row.put("kelompok_dasawisma", group);
      row.put("id_keluarga", String.format("%03d", i));
      row.put("rt", Integer.toString(1 + i % 3));
      row.put("balita_l", Integer.toString(i % 2));
      row.put("lansia", Integer.toString(i % 3 == 0 ? 1 : 0));
      row.put("sumber_air", WATER[i % WATER.length]);
      row.put("kriteria_rumah", i % 4 == 0 ? "kurang_sehat" : "sehat");
      rows.add(row);
    }
    return rows;
  }

  /**
   * The rows as CSV, with extra columns (identity columns, say) filled with {@code extraValue} and
   * the row number.
   */
  static String csv(List<Map<String, String>> rows, List<String> extraColumns, String extraValue) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(extraColumns);
    out.append(String.join(",", header)).append('\n');
    int n = 0;
    for (Map<String, String> row : rows) {
      n++;
      List<String> cells = new ArrayList<>();
      for (String column : COLUMNS) {
        cells.add(row.getOrDefault(column, ""));
      }
      for (int i = 0; i < extraColumns.size(); i++) {
        cells.add(extraValue + " " + n);
      }
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }
}
