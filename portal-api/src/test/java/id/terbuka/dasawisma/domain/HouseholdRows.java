package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Household rows for tests: the template's example row, changed cell by cell. */
final class HouseholdRows {
  static final int CURRENT_YEAR = 2025;

  /**
   * A small regency: Bojonegoro with two kecamatan, two desa and a kelurahan; a kecamatan and a
   * desa of another regency (Ngawi) are among the rows and must be left out.
   */
  static final List<Region> ROWS =
      List.of(
          new Region("35.22", "Kabupaten Bojonegoro", RegionLevel.KABUPATEN, "35"),
          new Region("35.22.01", "Ngraho", RegionLevel.KECAMATAN, "35.22"),
          new Region("35.22.01.2001", "Luwihaji", RegionLevel.DESA, "35.22.01"),
          new Region("35.22.01.2002", "Sugihwaras", RegionLevel.DESA, "35.22.01"),
          new Region("35.22.15", "Bojonegoro", RegionLevel.KECAMATAN, "35.22"),
          new Region("35.22.15.1001", "Kepatihan", RegionLevel.KELURAHAN, "35.22.15"),
          new Region("35.21.01", "Sine", RegionLevel.KECAMATAN, "35.21"),
          new Region("35.21.01.2001", "Sine", RegionLevel.DESA, "35.21.01"));

  static final Regions REGIONS = Regions.of(ROWS);

  private final Map<String, String> cells = new LinkedHashMap<>(HouseholdColumns.exampleRow());
  private final Map<String, String> headers = new HashMap<>();
  private long number = 2;

  static HouseholdRows example() {
    return new HouseholdRows();
  }

  HouseholdRows with(String column, String value) {
    cells.put(column, value);
    return this;
  }

  HouseholdRows without(String... columns) {
    for (String column : columns) {
      cells.put(column, "");
    }
    return this;
  }

  HouseholdRows header(String column, String asWritten) {
    headers.put(column, asWritten);
    return this;
  }

  HouseholdRows number(long row) {
    this.number = row;
    return this;
  }

  ImportRow importRow() {
    return new ImportRow(number, new HashMap<>(cells), new HashMap<>(headers), false);
  }

  static HouseholdRowParser parser() {
    return new HouseholdRowParser(REGIONS, CURRENT_YEAR);
  }

  /** The row parsed by a fresh parser; fails the test if it has errors. */
  Household parsed() {
    Problems problems = new Problems();
    return parser()
        .parse(importRow(), problems)
        .orElseThrow(() -> new AssertionError("Errors: " + problems.errors()));
  }
}
