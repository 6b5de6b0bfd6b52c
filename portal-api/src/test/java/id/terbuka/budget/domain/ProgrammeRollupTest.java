package id.terbuka.budget.domain;

import static id.terbuka.budget.domain.Lines.DINKES;
import static id.terbuka.budget.domain.Lines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeRollupTest {
  private final ProgrammeRollup programmes =
      new ProgrammeRollup(new AccountRollup(ChartOfAccounts.bundled()));

  private static BudgetLine sub(long row, String sub, String code, String a, String r) {
    return line(row, Period.TW1, DINKES, sub, code, a, r);
  }

  private static List<String> show(List<ProgrammeRollup.Row> rows) {
    return rows.stream()
        .map(
            r ->
                r.kind()
                    + "|"
                    + r.code()
                    + "|"
                    + r.name()
                    + "|"
                    + r.anggaran().toPlainString()
                    + "|"
                    + r.realisasi().toPlainString())
        .toList();
  }

  @Test
  void belanjaIsGroupedByProgrammeKegiatanAndSubKegiatanInCodeOrder() {
    List<BudgetLine> lines =
        List.of(
            sub(2, "1.02.02.2.01.0002", "5.2.03.01.01.0001", "300.00", "100.00"),
            sub(3, "1.02.02.2.01.0001", "5.1.02.01.01.0024", "50.00", "20.00"),
            sub(4, "1.02.01.2.02.0001", "5.1.01.01.01.0001", "70.00", "70.00"),
            sub(5, "1.02.02.2.02.0003", "5.1.02.01.01.0024", "10.00", "0.00"),
            line(6, "5.1.01.01.01.0002", "5.00", "1.00"),
            line(7, "4.1.01.01.01.0001", "999.00", "999.00"));
    assertEquals(
        List.of(
            "PROGRAM|1.02.01||70.00|70.00",
            "KEGIATAN|1.02.01.2.02||70.00|70.00",
            "SUB_KEGIATAN|1.02.01.2.02.0001|Sub 1.02.01.2.02.0001|70.00|70.00",
            "PROGRAM|1.02.02||360.00|120.00",
            "KEGIATAN|1.02.02.2.01||350.00|120.00",
            "SUB_KEGIATAN|1.02.02.2.01.0001|Sub 1.02.02.2.01.0001|50.00|20.00",
            "SUB_KEGIATAN|1.02.02.2.01.0002|Sub 1.02.02.2.01.0002|300.00|100.00",
            "KEGIATAN|1.02.02.2.02||10.00|0.00",
            "SUB_KEGIATAN|1.02.02.2.02.0003|Sub 1.02.02.2.02.0003|10.00|0.00",
            "TANPA_SUB_KEGIATAN|||5.00|1.00"),
        show(programmes.rows(lines)));
  }

  @Test
  void aSubKegiatanWithParentAndChildLinesCountsOnce() {
    String s = "1.02.02.2.01.0002";
    List<BudgetLine> lines =
        List.of(
            sub(2, s, "5", "100.00", "40.00"),
            sub(3, s, "5.1", "60.00", "30.00"),
            sub(4, s, "5.2", "40.00", "10.00"));
    List<ProgrammeRollup.Row> rows = programmes.rows(lines);
    assertEquals("PROGRAM|1.02.02||100.00|40.00", show(rows).get(0));
    assertEquals("60.00", rows.get(0).sisa().toPlainString());
    assertEquals("40.00", rows.get(0).persen().orElseThrow().toPlainString());
  }

  @Test
  void appliesOnlyWhenSomeLineNamesASubKegiatan() {
    assertFalse(ProgrammeRollup.applies(List.of(line(2, "5.1", "1.00", "0.00"))));
    assertTrue(
        ProgrammeRollup.applies(
            List.of(line(2, "5.1", "1.00", "0.00"), sub(3, "1.02.02.2.01.0002", "5", "1", "0"))));
    assertEquals(List.of(), programmes.rows(List.of(line(2, "4.1", "1.00", "1.00"))));
  }
}
