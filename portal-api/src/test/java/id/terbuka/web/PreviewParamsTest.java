package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewParamsTest {
  private static Map<String, String[]> query(String... keyValues) {
    Map<String, String[]> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], new String[] {keyValues[i + 1]});
    }
    return m;
  }

  @Test
  void readsFiltersSortPageAndQueryIgnoringBlanks() {
    PreviewParams p =
        PreviewParams.parse(
            query(
                "f.kecamatan",
                " Kota ",
                "f.desa",
                "",
                "f.",
                "x",
                "q",
                "sawah",
                "sort",
                "jumlah",
                "order",
                "desc",
                "page",
                "3",
                "lang",
                "en"));
    assertEquals(Map.of("kecamatan", "Kota"), p.filters());
    assertEquals("sawah", p.q());
    assertEquals("jumlah", p.sort());
    assertTrue(p.descending());
    assertEquals(3, p.page());
    assertTrue(p.narrowed());
  }

  @Test
  void nonsensePagesFallBack() {
    assertEquals(1, PreviewParams.parse(query("page", "x")).page());
    assertEquals(1, PreviewParams.parse(query("page", "-4")).page());
    assertEquals(PreviewParams.MAX_PAGE, PreviewParams.parse(query("page", "99999")).page());
    assertFalse(PreviewParams.parse(query("order", "desc")).descending());
    assertFalse(PreviewParams.parse(query()).narrowed());
  }

  @Test
  void searchParamsAreThoseOfDatastoreSearch() {
    PreviewParams p =
        PreviewParams.parse(
            query(
                "f.nama, \"x\" desc",
                "A",
                "q",
                "padi",
                "sort",
                "a,b",
                "order",
                "desc",
                "page",
                "2"));
    Map<String, Object> s = p.searchParams("r1");
    assertEquals("r1", s.get("resource_id"));
    assertEquals(PreviewParams.PAGE_SIZE, s.get("limit"));
    assertEquals(PreviewParams.PAGE_SIZE, s.get("offset"));
    assertEquals("lists", s.get("records_format"));
    assertEquals(Map.of("nama, \"x\" desc", "A"), Json.parse((String) s.get("filters")));
    assertEquals("padi", s.get("q"));
    // One quoted name in a JSON list: the comma does not split it.
    assertEquals(List.of("\"a,b\" desc"), Json.parse((String) s.get("sort")));
  }

  @Test
  void dumpQueryCarriesTheSameRowsWithoutThePage() {
    PreviewParams p = PreviewParams.parse(query("f.desa", "Ngasem", "sort", "jumlah", "page", "4"));
    assertEquals(
        "format=xlsx&filters=%7B%22desa%22%3A%22Ngasem%22%7D&sort=%5B%22%5C%22jumlah%5C%22%22%5D",
        p.dumpQuery("xlsx"));
  }

  @Test
  void linksKeepTheStateAndHeaderLinksToggleTheOrder() {
    PreviewParams p = PreviewParams.parse(query("f.desa", "Ngasem", "q", "a b", "page", "4"));
    assertEquals("q=a+b&f.desa=Ngasem&page=4", p.query());
    assertEquals("q=a+b&f.desa=Ngasem&page=2", p.onPage(2).query());
    PreviewParams asc = p.sortedBy("jumlah");
    assertEquals("q=a+b&f.desa=Ngasem&sort=jumlah", asc.query());
    assertEquals("q=a+b&f.desa=Ngasem&sort=jumlah&order=desc", asc.sortedBy("jumlah").query());
    assertEquals(
        "q=a+b&f.desa=Ngasem&sort=jumlah", asc.sortedBy("jumlah").sortedBy("jumlah").query());
    assertEquals("q=a+b&f.desa=Ngasem&sort=desa", asc.sortedBy("desa").query());
    assertNull(PreviewParams.parse(query()).sort());
    assertEquals("", PreviewParams.parse(query()).query());
  }
}
