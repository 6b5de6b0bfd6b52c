package id.terbuka.imports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {
  private static final List<ColumnSpec> COLUMNS =
      List.of(
          ColumnSpec.required("kode_rekening"),
          ColumnSpec.required("uraian"),
          ColumnSpec.required("anggaran"),
          ColumnSpec.optional("keterangan"));

  private final Problems problems = new Problems();

  @Test
  void headersMatchWhateverTheirCaseSpacingAndOrder() {
    HeaderMapping m =
        HeaderMapping.of(
            new String[] {" Anggaran ", "KODE  REKENING", "uraian", "Keterangan"},
            COLUMNS,
            problems);

    assertTrue(m.complete());
    assertEquals(
        Map.of("anggaran", 0, "kode_rekening", 1, "uraian", 2, "keterangan", 3), m.indexes());
    assertEquals("KODE  REKENING", m.headers().get("kode_rekening"));
    assertEquals(0, problems.errorCount() + problems.warningCount());
  }

  @Test
  void aMissingRequiredColumnIsAnErrorOnRowOneNamedByItsCanonicalName() {
    HeaderMapping m = HeaderMapping.of(new String[] {"kode_rekening", "uraian"}, COLUMNS, problems);

    assertFalse(m.complete());
    assertEquals(
        List.of(ImportProblem.of(1, "anggaran", null, "missing_column", "anggaran")),
        problems.errors());
  }

  @Test
  void aMissingOptionalColumnIsNoProblemAndReadsAsEmpty() {
    HeaderMapping m =
        HeaderMapping.of(new String[] {"kode_rekening", "uraian", "anggaran"}, COLUMNS, problems);

    assertTrue(m.complete());
    assertFalse(problems.hasErrors());
    assertEquals("", m.row(2, new String[] {"5.1", "Belanja", "10"}, false).get("keterangan"));
  }

  @Test
  void twoHeadersForTheSameColumnAreAnErrorNamingBoth() {
    HeaderMapping m =
        HeaderMapping.of(
            new String[] {"Kode Rekening", "uraian", "anggaran", "kode-rekening"},
            COLUMNS,
            problems);

    assertFalse(m.complete());
    assertEquals(
        List.of(ImportProblem.of(1, "kode-rekening", null, "duplicate_column", "Kode Rekening")),
        problems.errors());
  }

  @Test
  void anUnknownHeaderIsAWarningAndItsCellsAreNeverUsed() {
    HeaderMapping m =
        HeaderMapping.of(
            new String[] {"kode_rekening", "Catatan Bidang", "uraian", "anggaran"},
            COLUMNS,
            problems);

    assertTrue(m.complete());
    assertFalse(problems.hasErrors());
    assertEquals(
        List.of(ImportProblem.of(1, "Catatan Bidang", null, "unknown_column", "Catatan Bidang")),
        problems.warnings());
    ImportRow row = m.row(2, new String[] {"5.1", "rahasia", "Belanja", "10"}, false);
    assertFalse(row.cells().containsValue("rahasia"));
  }

  @Test
  void blankHeadersAndAByteOrderMarkAreNotColumns() {
    HeaderMapping m =
        HeaderMapping.of(
            new String[] {"\uFEFFKode Rekening", "uraian", "", "anggaran", "  "},
            COLUMNS,
            problems);

    assertTrue(m.complete());
    assertEquals(0, problems.warningCount());
    assertEquals("Kode Rekening", m.headers().get("kode_rekening"));
  }

  @Test
  void aRowHasTrimmedCellsByCanonicalNameAndAShortRowIsPadded() {
    HeaderMapping m =
        HeaderMapping.of(
            new String[] {"Uraian", "Kode Rekening", "anggaran", "keterangan"}, COLUMNS, problems);

    ImportRow row = m.row(7, new String[] {"  Belanja\u00A0", " 5.1.02 "}, true);

    assertEquals(7, row.number());
    assertEquals("Belanja", row.get("uraian"));
    assertEquals("5.1.02", row.get("kode_rekening"));
    assertEquals("", row.get("anggaran"));
    assertEquals("", row.get("keterangan"));
    assertTrue(row.spreadsheetNumbers());
    assertEquals(
        ImportProblem.of(7, "Kode Rekening", "5.1.02", "bad_code", "x"),
        row.problem("kode_rekening", "bad_code", "x"));
  }

  @Test
  void theHeaderRowCanBeFurtherDown() {
    HeaderMapping.of(3, new String[] {"uraian", "anggaran"}, COLUMNS, problems);

    assertEquals(3, problems.errors().get(0).row());
  }
}
