package id.terbuka.datastore.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {
  @Test
  void textThatSpreadsheetsWouldRunIsPrefixed() {
    assertEquals("'=SUM(A1)", FormulaGuard.text("=SUM(A1)"));
    assertEquals("'+62 812", FormulaGuard.text("+62 812"));
    assertEquals("'-abc", FormulaGuard.text("-abc"));
    assertEquals("'@x", FormulaGuard.text("@x"));
    assertEquals("'\tcmd", FormulaGuard.text("\tcmd"));
    assertEquals("'\rcmd", FormulaGuard.text("\rcmd"));
  }

  @Test
  void otherTextIsUntouched() {
    for (String s : List.of("Bojonegoro – Ngraho", "a=b", "5", "", " =x", "'=quoted", "\n=x")) {
      assertFalse(FormulaGuard.triggers(s), s);
      assertEquals(s, FormulaGuard.text(s));
    }
    assertNull(FormulaGuard.text(null));
    assertTrue(FormulaGuard.triggers("-"));
  }

  @Test
  void theSqlRuleChecksTheSameCharactersOnTheQuotedColumn() {
    assertEquals(
        "case when ascii(\"Nama \"\"x\"\"\") in (61, 43, 45, 64, 9, 13)"
            + " then '''' || \"Nama \"\"x\"\"\" else \"Nama \"\"x\"\"\" end",
        FormulaGuard.sql("\"Nama \"\"x\"\"\""));
  }

  @Test
  void headerCellsAreGuardedAndQuotedOnlyWhenNeeded() {
    assertEquals(
        "_id,Nama,\"a,b\",'=x,\"say \"\"hi\"\"\"\n",
        CsvHeader.line(List.of("_id", "Nama", "a,b", "=x", "say \"hi\""), ','));
    assertEquals("a,b\tc\n", CsvHeader.line(List.of("a,b", "c"), '\t'));
    assertEquals("\"a\tb\"\tc\n", CsvHeader.line(List.of("a\tb", "c"), '\t'));
  }
}
