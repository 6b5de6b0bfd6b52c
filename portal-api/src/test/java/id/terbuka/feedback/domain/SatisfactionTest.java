package id.terbuka.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionTest {
  @Test
  void sharesAddUpToAHundred() {
    SatisfactionSummary s =
        SatisfactionSummary.of(
            Map.of(
                Satisfaction.SANGAT_PUAS, 1L, Satisfaction.PUAS, 1L, Satisfaction.CUKUP_PUAS, 1L));
    assertEquals(3, s.total());
    assertEquals(34, s.percent(Satisfaction.SANGAT_PUAS));
    assertEquals(33, s.percent(Satisfaction.PUAS));
    assertEquals(33, s.percent(Satisfaction.CUKUP_PUAS));
    assertEquals(0, s.percent(Satisfaction.TIDAK_PUAS));
  }

  @Test
  void exactSharesStayExact() {
    SatisfactionSummary s =
        SatisfactionSummary.of(Map.of(Satisfaction.PUAS, 3L, Satisfaction.TIDAK_PUAS, 1L));
    assertEquals(75, s.percent(Satisfaction.PUAS));
    assertEquals(25, s.percent(Satisfaction.TIDAK_PUAS));
    assertEquals(0, s.percent(Satisfaction.SANGAT_PUAS));
  }

  @Test
  void noAnswersMeansNoShares() {
    SatisfactionSummary s = SatisfactionSummary.of(Map.of());
    assertEquals(0, s.total());
    assertEquals(0, s.percent(Satisfaction.PUAS));
  }

  @Test
  void inputNeedsAKnownAnswerAndAShortEnoughComment() {
    SatisfactionInput ok = SatisfactionInput.parse("cukup_puas", "  Tolong tambah data 2025 ");
    assertTrue(ok.valid());
    assertEquals(Satisfaction.CUKUP_PUAS, ok.answer());
    assertEquals("Tolong tambah data 2025", ok.storedComment());

    assertNull(SatisfactionInput.parse("puas", "   ").comment());

    SatisfactionInput none = SatisfactionInput.parse(null, "x");
    assertFalse(none.valid());
    assertEquals("satisfaction.error.answer", none.problems().get(0).key());
    assertEquals("x", none.comment(), "kept for the form");

    assertFalse(SatisfactionInput.parse("puas sekali", null).valid());

    String tooLong = "a".repeat(SatisfactionInput.MAX_COMMENT + 1);
    SatisfactionInput longOne = SatisfactionInput.parse("puas", tooLong);
    assertFalse(longOne.valid());
    assertEquals("satisfaction.error.comment", longOne.problems().get(0).key());
    assertEquals(SatisfactionInput.MAX_COMMENT + 1, longOne.problems().get(0).args().get(1));
    assertTrue(SatisfactionInput.parse("puas", "é".repeat(SatisfactionInput.MAX_COMMENT)).valid());
  }

  @Test
  void controlCharactersAreDroppedButLineBreaksKept() {
    assertEquals(
        "baris satu\nbaris\tdua",
        SatisfactionInput.parse("puas", "baris\u0007 satu\nbaris\tdua\u0000").storedComment());
  }

  @Test
  void respondentTokensAreRandomAndOnlyTheirHashIsStored() {
    String a = Respondents.newToken();
    String b = Respondents.newToken();
    assertTrue(Respondents.valid(a));
    assertFalse(a.equals(b));
    assertFalse(Respondents.valid("abc"));
    assertFalse(Respondents.valid(null));
    assertFalse(Respondents.valid(a + "'"));
    assertEquals(64, Respondents.hash(a).length());
    assertFalse(Respondents.hash(a).contains(a));
  }
}
