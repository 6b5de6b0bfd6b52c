package id.terbuka.http.download;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  private static final String TAG = "\"abc\"";
  private static final Instant MODIFIED = Instant.parse("2024-03-01T07:15:02Z");

  @Test
  void ifRangeNeedsAStrongTagOrTheExactDate() {
    assertTrue(Conditions.rangeApplies(null, MODIFIED, TAG));
    assertTrue(Conditions.rangeApplies(TAG, MODIFIED, TAG));
    assertFalse(Conditions.rangeApplies("\"other\"", MODIFIED, TAG));
    assertFalse(Conditions.rangeApplies("W/" + TAG, MODIFIED, TAG), "weak tags never match");
    assertTrue(Conditions.rangeApplies("Fri, 1 Mar 2024 07:15:02 GMT", MODIFIED, TAG));
    assertFalse(Conditions.rangeApplies("Fri, 1 Mar 2024 07:15:01 GMT", MODIFIED, TAG));
    assertFalse(Conditions.rangeApplies("not a date", MODIFIED, TAG));
  }

  @Test
  void ifNoneMatchListsAndWeakTags() {
    assertTrue(Conditions.matchesAny(TAG, TAG));
    assertTrue(Conditions.matchesAny("\"x\", W/" + TAG, TAG));
    assertTrue(Conditions.matchesAny("*", TAG));
    assertFalse(Conditions.matchesAny("\"x\"", TAG));
  }

  @Test
  void httpDatesRoundTripWholeSeconds() {
    Instant t = Instant.parse("2024-03-01T07:15:02.123456Z");
    String s = HttpDates.format(t);
    assertTrue(s.equals("Fri, 1 Mar 2024 07:15:02 GMT"), s);
    assertTrue(HttpDates.parse(s).equals(MODIFIED));
  }
}
