package id.terbuka.harvest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terbuka.shared.Json;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPageTest {
  @Test
  void readsCkanEnvelope() {
    SearchPage p =
        SearchPage.read(
            Json.parse("{\"success\": true, \"result\": {\"count\": 3, \"results\": [{}, {}]}}"));
    assertEquals(3, p.count());
    assertEquals(2, p.results().size());
    assertEquals(2, SearchPage.nextStart(0, p));
    assertEquals(-1, SearchPage.nextStart(1, p));
    assertEquals(-1, SearchPage.nextStart(0, new SearchPage(10, List.of())), "no endless paging");
  }

  @Test
  void refusesWhatIsNotCkan() {
    for (String json :
        List.of(
            "[1, 2]",
            "{\"hello\": \"world\"}",
            "{\"success\": false, \"error\": {\"message\": \"nope\"}}",
            "{\"success\": true, \"result\": {\"count\": \"3\", \"results\": []}}",
            "{\"success\": true, \"result\": []}",
            "{\"success\": true, \"result\": {\"count\": -1, \"results\": []}}")) {
      assertThrows(HarvestException.class, () -> SearchPage.read(Json.parse(json)), json);
    }
    Object tooMany =
        Json.parse(
            "{\"success\": true, \"result\": {\"count\": 500, \"results\": ["
                + String.join(",", Collections.nCopies(SearchPage.ROWS + 1, "{}"))
                + "]}}");
    assertThrows(HarvestException.class, () -> SearchPage.read(tooMany));
  }
}
