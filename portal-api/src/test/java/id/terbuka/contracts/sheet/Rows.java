package id.terbuka.contracts.sheet;

import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Spreadsheet rows for tests: the template's example row, changed cell by cell. */
final class Rows {
  private final Map<String, String> cells = new LinkedHashMap<>(ProcurementColumns.exampleRow());
  private final Map<String, String> headers = new HashMap<>();
  private long number = 2;
  private boolean spreadsheetNumbers;

  static Rows example() {
    return new Rows();
  }

  /** A plan only: the required cells of the example, nothing of the later stages. */
  static Rows plan() {
    Rows rows = new Rows();
    for (String column : new LinkedHashMap<>(rows.cells).keySet()) {
      if (!ProcurementColumns.required().contains(column)
          && !column.equals(ProcurementColumns.KODE_REKENING)) {
        rows.cells.put(column, "");
      }
    }
    return rows;
  }

  Rows with(String column, String value) {
    cells.put(column, value);
    return this;
  }

  Rows without(String... columns) {
    for (String column : columns) {
      cells.put(column, "");
    }
    return this;
  }

  Rows header(String column, String asWritten) {
    headers.put(column, asWritten);
    return this;
  }

  Rows number(long row) {
    this.number = row;
    return this;
  }

  Rows fromXlsx() {
    this.spreadsheetNumbers = true;
    return this;
  }

  ImportRow importRow() {
    return new ImportRow(number, new HashMap<>(cells), new HashMap<>(headers), spreadsheetNumbers);
  }

  /** The row parsed by a fresh parser; fails the test if it has errors. */
  ProcurementRow parsed() {
    Problems problems = new Problems();
    return new ProcurementRowParser()
        .parse(importRow(), problems)
        .orElseThrow(() -> new AssertionError("Errors: " + problems.errors()));
  }
}
