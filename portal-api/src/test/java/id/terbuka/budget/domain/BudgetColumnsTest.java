package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetColumnsTest {

  @Test
  void eightRequiredColumnsThenTwoOptional() {
    assertEquals(
        List.of(
            "tahun",
            "periode",
            "kode_skpd",
            "nama_skpd",
            "kode_rekening",
            "uraian",
            "anggaran",
            "realisasi",
            "kode_sub_kegiatan",
            "nama_sub_kegiatan"),
        BudgetColumns.ALL.stream().map(ColumnSpec::name).toList());
    assertEquals(
        List.of(true, true, true, true, true, true, true, true, false, false),
        BudgetColumns.ALL.stream().map(ColumnSpec::required).toList());
  }

  @Test
  void theExampleRowFillsEveryColumnInOrderAndParsesWithoutProblems() {
    Map<String, String> example = BudgetColumns.exampleRow();
    assertEquals(
        BudgetColumns.ALL.stream().map(ColumnSpec::name).toList(),
        new ArrayList<>(example.keySet()));
    Problems problems = new Problems();
    BudgetLine line =
        new BudgetLineParser(2024)
            .parse(new ImportRow(2, example, Map.of(), false), problems)
            .orElseThrow();
    assertEquals(0, problems.errorCount());
    assertEquals(Period.TW1, line.periode());
    assertEquals(AccountLevel.SUB_RINCIAN_OBJEK, line.level());
    assertEquals("1.02.02.2.01.0002", line.kodeSubKegiatan());
    Problems fileProblems = new Problems();
    new BudgetFileCheck(u -> true, PreviousRealisation.NONE, Map.of())
        .check(List.of(line), fileProblems);
    assertEquals(0, fileProblems.errorCount() + fileProblems.warningCount());
  }

  @Test
  void periodeIsTheOnlyClosedVocabulary() {
    Map<String, List<String>> vocabularies = BudgetColumns.vocabularies();
    assertEquals(List.of("periode"), List.copyOf(vocabularies.keySet()));
    assertEquals(19, vocabularies.get("periode").size());
    assertEquals("B01", vocabularies.get("periode").get(0));
    assertTrue(vocabularies.get("periode").contains("TAHUNAN"));
  }
}
