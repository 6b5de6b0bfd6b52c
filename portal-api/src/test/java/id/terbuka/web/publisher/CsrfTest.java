package id.terbuka.web.publisher;

import static id.terbuka.web.SameOrigin.Verdict.OTHER;
import static id.terbuka.web.SameOrigin.Verdict.SAME;
import static id.terbuka.web.SameOrigin.Verdict.UNDECLARED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token half of the publisher check; the origin half is {@code SameOriginTest}'s. */
class CsrfTest {
  @Test
  void theSessionsTokenIsNeeded() {
    assertTrue(Csrf.valid("abc", "abc", SAME));
    assertFalse(Csrf.valid("abc", "abd", SAME));
    assertFalse(Csrf.valid("abc", "ab", SAME));
    assertFalse(Csrf.valid("abc", null, SAME));
    assertFalse(Csrf.valid(null, "abc", SAME));
    assertFalse(Csrf.valid(null, null, SAME));
  }

  @Test
  void anotherSitesPageIsRefusedEvenWithTheToken() {
    assertFalse(Csrf.valid("t", "t", OTHER));
  }

  @Test
  void aBrowserThatDeclaresNoOriginIsTrustedOnTheTokenAlone() {
    assertTrue(Csrf.valid("t", "t", UNDECLARED));
    assertFalse(Csrf.valid("t", "u", UNDECLARED));
  }
}
