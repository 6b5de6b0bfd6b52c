package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.service.ContractSearch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explorer's URL state: read, changed by facet links, written back for the page and the API.
 */
class ContractParamsTest {
  private static ContractParams parse(Map<String, String[]> query) {
    return ContractParams.parse(query);
  }

  @Test
  void valuesAreKeptAsSentForTheSearchToCheckAndWrittenBackInOneOrder() {
    ContractParams p =
        parse(
            Map.of(
                "supplier", new String[] {" PT A&B "},
                "year", new String[] {"20x5"},
                "flag", new String[] {"single_bidder", "", "single_bidder", "bogus"},
                "sort", new String[] {"value desc"},
                "page", new String[] {"3"},
                "q", new String[] {"   "}));
    assertNull(p.q());
    assertEquals("PT A&B", p.filter("supplier"));
    assertEquals(List.of("single_bidder", "bogus"), p.flags());
    assertEquals(
        "/kontrak?supplier=PT+A%26B&year=20x5&flag=single_bidder&flag=bogus&sort=value+desc&page=3",
        p.path());
    assertEquals(
        "/api/v1/contracts?supplier=PT+A%26B&year=20x5&flag=single_bidder&flag=bogus"
            + "&sort=value+desc&rows=20&start=40",
        p.apiPath());
    ContractSearch.Params s = p.toSearch();
    assertEquals("20x5", s.year());
    assertEquals("40", s.start());
    assertEquals("20", s.rows());
  }

  @Test
  void facetLinksAddAndRemoveAFilterFromTheFirstPage() {
    ContractParams p = parse(Map.of("method", new String[] {"tender"}, "page", new String[] {"2"}));
    ContractParams flagged = p.with("flag", "single_bidder");
    assertEquals("/kontrak?method=tender&flag=single_bidder", flagged.path());
    assertTrue(flagged.has("flag", "single_bidder"));
    assertEquals("/kontrak?flag=single_bidder", flagged.without("method", "tender").path());
    assertEquals("/kontrak?method=swakelola", p.with("method", "swakelola").path());
    assertEquals("/kontrak?method=tender", flagged.without("flag", "single_bidder").path());
    assertEquals("/kontrak", flagged.cleared().path());
  }

  @Test
  void pagesOutsideTheSearchesRangeAreBroughtBackAndLongValuesCut() {
    assertEquals(1, parse(Map.of("page", new String[] {"x"})).page());
    assertEquals(1, parse(Map.of("page", new String[] {"0"})).page());
    assertEquals(ContractParams.MAX_PAGE, parse(Map.of("page", new String[] {"999999"})).page());
    String start = parse(Map.of("page", new String[] {"999999"})).toSearch().start();
    assertTrue(Integer.parseInt(start) <= ContractSearch.MAX_START, start);
    assertEquals(200, parse(Map.of("q", new String[] {"a".repeat(5000)})).q().length());
  }
}
