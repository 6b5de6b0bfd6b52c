package id.terbuka.dcat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogQueryTest {
  @Test
  void defaultsToTheFirstPage() {
    CatalogQuery q = CatalogQuery.parse(Map.of());
    assertEquals(1, q.page());
    assertEquals(0, q.start());
    assertNull(q.modifiedSince());
  }

  @Test
  void readsEveryParameter() {
    CatalogQuery q =
        CatalogQuery.parse(
            Map.of(
                "page", new String[] {"3"},
                "modified_since", new String[] {"2025-01-31T08:00:00+07:00"},
                "q", new String[] {"gizi"},
                "fq", new String[] {"tags:kesehatan"}));
    assertEquals(3, q.page());
    assertEquals(200, q.start());
    assertEquals("2025-01-31T01:00:00.000Z", q.modifiedSince());
    assertEquals("gizi", q.q());
    assertEquals("tags:kesehatan", q.fq());
    assertEquals(
        "?modified_since=2025-01-31T08%3A00%3A00%2B07%3A00&q=gizi&fq=tags%3Akesehatan&page=4",
        q.queryString(4));
  }

  @Test
  void datesWithoutOffsetAreUtc() {
    assertEquals(
        "2025-01-31T00:00:00.000Z",
        CatalogQuery.parse(Map.of("modified_since", new String[] {"2025-01-31"})).modifiedSince());
    assertEquals(
        "2025-01-31T08:09:10.000Z",
        CatalogQuery.parse(Map.of("modified_since", new String[] {"2025-01-31T08:09:10"}))
            .modifiedSince());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "0", "abc", "1.5", "10001", "99999999999999", "1e3"})
  void refusesBadPages(String page) {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> CatalogQuery.parse(Map.of("page", new String[] {page})));
    assertTrue(e.errors().containsKey("page"), e.errors().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"yesterday", "2025-13-01", "2025-02-30", "2025-01-31T25:00", "31/01/2025"})
  void refusesBadDates(String since) {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> CatalogQuery.parse(Map.of("modified_since", new String[] {since})));
    assertTrue(e.errors().containsKey("modified_since"));
  }

  @Test
  void refusesUnknownAndRepeatedParameters() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () ->
                CatalogQuery.parse(
                    Map.of("rows", new String[] {"5"}, "page", new String[] {"1", "2"})));
    assertEquals(2, e.errors().size());
  }

  @Test
  void lastPage() {
    assertEquals(1, CatalogQuery.lastPage(0));
    assertEquals(1, CatalogQuery.lastPage(100));
    assertEquals(2, CatalogQuery.lastPage(101));
  }

  @Test
  void deepPagesInTheSecondHalfAreReadFromTheOtherEnd() {
    CatalogQuery shallow = new CatalogQuery(3, null, null, null, null);
    assertEquals(new CatalogQuery.Window(200, 100, false), shallow.window(100_000));
    CatalogQuery firstHalf = new CatalogQuery(400, null, null, null, null);
    assertEquals(new CatalogQuery.Window(39_900, 100, false), firstHalf.window(100_000));
    // Rows 99,900..99,999 forward are rows 0..99 backward.
    CatalogQuery last = new CatalogQuery(1000, null, null, null, null);
    assertEquals(new CatalogQuery.Window(0, 100, true), last.window(100_000));
    // A short last page: rows 99,900..99,949 forward are rows 0..49 backward.
    assertEquals(new CatalogQuery.Window(0, 50, true), last.window(99_950));
    // Rows 60,000..60,099 of 100,000 are rows 39,900..39,999 backward.
    CatalogQuery p601 = new CatalogQuery(601, null, null, null, null);
    assertEquals(new CatalogQuery.Window(39_900, 100, true), p601.window(100_000));
  }
}
