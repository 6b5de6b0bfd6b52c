package id.terbuka.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated procurement is well-formed JSON with the shapes the benchmark promises; whether it
 * is valid OCDS is checked by the portal's own validator at the start of every run.
 */
class ProcurementGeneratorTest {
  private final ProcurementGenerator generator = new ProcurementGenerator(42, 1_000, 30, 500);

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aProcessIsItsFiveStagesInDateOrder() {
    List<JsonObject> releases = generator.releases(7).stream().map(r -> parse(r)).toList();
    List<String> tags = new ArrayList<>();
    OffsetDateTime previous = OffsetDateTime.MIN;
    for (JsonObject r : releases) {
      assertEquals("ocds-bjn0jo-B7", r.getString("ocid"));
      tags.add(r.getJsonArray("tag").getString(0));
      OffsetDateTime date = OffsetDateTime.parse(r.getString("date"));
      assertFalse(date.isBefore(previous), r.getString("id"));
      previous = date;
    }
    assertEquals(List.of("planning", "tender", "award", "contract", "implementation"), tags);
  }

  @Test
  void everyPartyReferencedIsListedWithItsRoles() {
    for (int n = 1; n <= 50; n++) {
      Set<String> listed = new HashSet<>();
      Set<String> referenced = new HashSet<>();
      for (String text : generator.releases(n)) {
        JsonObject r = parse(text);
        for (JsonValue p : r.getOrDefault("parties", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
          listed.add(p.asJsonObject().getString("id"));
          assertEquals(3, p.asJsonObject().getJsonArray("roles").size());
        }
        if (r.containsKey("buyer")) {
          referenced.add(r.getJsonObject("buyer").getString("id"));
        }
        for (JsonValue a : r.getOrDefault("awards", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
          a.asJsonObject()
              .getJsonArray("suppliers")
              .forEach(s -> referenced.add(s.asJsonObject().getString("id")));
        }
      }
      assertTrue(listed.containsAll(referenced), "process " + n + ": " + referenced);
      assertEquals(2, listed.size());
    }
  }

  @Test
  void valuesAreRupiahAndTheAwardStaysWithinTheEstimate() {
    for (int n = 1; n <= 200; n++) {
      List<JsonObject> r = generator.releases(n).stream().map(t -> parse(t)).toList();
      JsonObject hps = r.get(1).getJsonObject("tender").getJsonObject("value");
      JsonObject offer = r.get(2).getJsonArray("awards").getJsonObject(0).getJsonObject("value");
      assertEquals("IDR", hps.getString("currency"));
      assertTrue(
          offer.getJsonNumber("amount").longValue() <= hps.getJsonNumber("amount").longValue(),
          "process " + n);
      assertEquals(0, offer.getJsonNumber("amount").longValue() % 1000);
    }
  }

  @Test
  void theFirstHalfIsTenderedIn2024AndTheSecondIn2025() {
    assertEquals(2024, tenderYear(1));
    assertEquals(2024, tenderYear(500));
    assertEquals(2025, tenderYear(501));
    assertEquals(2025, tenderYear(1_000));
  }

  private int tenderYear(int n) {
    JsonObject tender = parse(generator.releases(n).get(1)).getJsonObject("tender");
    return OffsetDateTime.parse(tender.getJsonObject("tenderPeriod").getString("startDate"))
        .getYear();
  }

  @Test
  void theSameSeedMakesTheSameDataAndAnotherSeedOther() {
    ProcurementGenerator again = new ProcurementGenerator(42, 1_000, 30, 500);
    ProcurementGenerator other = new ProcurementGenerator(43, 1_000, 30, 500);
    assertEquals(generator.releases(321), again.releases(321));
    assertNotEquals(generator.releases(321), other.releases(321));
  }

  @Test
  void aPackageIsOneJsonDocumentWithItsMetadata() {
    List<String> releases = new ArrayList<>(generator.releases(1));
    releases.addAll(generator.releases(2));
    JsonObject pkg =
        parse(ProcurementGenerator.releasePackage("https://example.id/p.json", releases));
    assertEquals("1.1", pkg.getString("version"));
    assertEquals(10, pkg.getJsonArray("releases").size());
    Set<String> ids = new HashSet<>();
    pkg.getJsonArray("releases").forEach(r -> ids.add(r.asJsonObject().getString("id")));
    assertEquals(10, ids.size());
  }

  @Test
  void jsonTextEscapesWhatJsonMust() {
    String text =
        new JsonText()
            .beginObject()
            .field("a", "quote \" backslash \\ newline \n tab \t bell \u0007")
            .beginArray("b")
            .value("x")
            .beginObject()
            .field("n", 5)
            .endObject()
            .endArray()
            .endObject()
            .toString();
    JsonObject o = parse(text);
    assertEquals("quote \" backslash \\ newline \n tab \t bell \u0007", o.getString("a"));
    assertEquals(5, o.getJsonArray("b").getJsonObject(1).getInt("n"));
  }

  @Test
  void explorerQueriesCoverEveryCriterion() {
    List<ExplorerQueries.Query> queries = new ExplorerQueries(generator).draw(400, new Random(1));
    Set<String> kinds = new HashSet<>();
    queries.forEach(q -> kinds.add(q.kind()));
    assertEquals(Set.copyOf(ExplorerQueries.KINDS), kinds);
    assertTrue(queries.stream().allMatch(q -> q.path().startsWith("/api/v1/contracts")));
    assertTrue(queries.stream().noneMatch(q -> q.path().contains(" ")));
  }
}
