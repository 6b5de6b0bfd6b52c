package id.terbuka.contracts.merge;

import static id.terbuka.contracts.merge.RecordCompilerGoldenTest.assertSameTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The merge rules one by one, on small releases of one process. */
class RecordCompilerTest {

  private static final String OCID = "ocds-b0j0n9-21334455";

  private final RecordCompiler compiler = RecordCompiler.bundled();

  @Test
  void compiledReleaseFollowsTheReferenceConventions() {
    JsonNode compiled =
        compiler.compile(
            List.of(
                release("r1", "2024-03-01T09:00:00+07:00", "{\"initiationType\": \"tender\"}"),
                release("r2", "2024-03-05T10:00:00+07:00", "{\"language\": \"id\"}")));

    assertSameTree(
        json(
            """
            {"tag": ["compiled"], "id": "ocds-b0j0n9-21334455-2024-03-05T10:00:00+07:00",
             "date": "2024-03-05T10:00:00+07:00", "ocid": "ocds-b0j0n9-21334455",
             "initiationType": "tender", "language": "id"}
            """),
        compiled);
  }

  @Test
  void nullRemovesALiteralField() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"tender\": {\"id\": \"T\", \"title\": \"Jalan\"}}"),
            release("r2", "2024-03-02T09:00:00+07:00", "{\"tender\": {\"title\": null}}"));

    assertSameTree(json("{\"id\": \"T\"}"), compiler.compile(releases).get("tender"));
    assertEquals(
        List.of("\"Jalan\"", "null"), values(compiler.versioned(releases).at("/tender/title")));
  }

  @Test
  void nullRemovesAWholeObjectAndItsVersionsSayWhen() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"tender\": {\"id\": \"T\", \"value\": {\"amount\": 500, \"currency\": \"IDR\"}}}"),
            release("r2", "2024-03-02T09:00:00+07:00", "{\"tender\": {\"value\": null}}"));

    assertFalse(compiler.compile(releases).get("tender").has("value"));
    JsonNode versioned = compiler.versioned(releases);
    assertEquals(List.of("500", "null"), values(versioned.at("/tender/value/amount")));
    assertEquals(List.of("\"IDR\"", "null"), values(versioned.at("/tender/value/currency")));
    assertEquals("r2", versioned.at("/tender/value/amount/1/releaseID").asString());
  }

  @Test
  void aFieldRemovedAndSetAgainIsBack() {
    List<JsonNode> releases =
        List.of(
            release("r1", "2024-03-01T09:00:00+07:00", "{\"tender\": {\"title\": \"A\"}}"),
            release("r2", "2024-03-02T09:00:00+07:00", "{\"tender\": {\"title\": null}}"),
            release("r3", "2024-03-03T09:00:00+07:00", "{\"tender\": {\"title\": \"B\"}}"));

    assertEquals("B", compiler.compile(releases).at("/tender/title").asString());
    assertEquals(
        List.of("\"A\"", "null", "\"B\""),
        values(compiler.versioned(releases).at("/tender/title")));
  }

  @Test
  void idsMatchAsStringsSoOneAndQuotedOneAreTheSameObject() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"awards\": [{\"id\": \"1\", \"title\": \"Lama\", \"status\": \"pending\"}]}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"awards\": [{\"id\": 1, \"title\": \"Baru\"}]}"));

    assertSameTree(
        json("[{\"id\": \"1\", \"title\": \"Baru\", \"status\": \"pending\"}]"),
        compiler.compile(releases).get("awards"));
    JsonNode versionedAwards = compiler.versioned(releases).get("awards");
    assertEquals(1, versionedAwards.size());
    assertEquals(json("\"1\""), versionedAwards.at("/0/id"));
    assertEquals(List.of("\"Lama\"", "\"Baru\""), values(versionedAwards.at("/0/title")));
  }

  @Test
  void aNumberIdFirstStaysANumber() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1", "2024-03-01T09:00:00+07:00", "{\"awards\": [{\"id\": 7, \"title\": \"A\"}]}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"awards\": [{\"id\": \"7\", \"title\": \"B\"}]}"));

    assertSameTree(
        json("[{\"id\": 7, \"title\": \"B\"}]"), compiler.compile(releases).get("awards"));
  }

  @Test
  void wholeListMergeFieldsAreReplacedWhole() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                """
                {"parties": [{"id": "ID-NPWP-1", "additionalIdentifiers": [
                  {"scheme": "ID-NIB", "id": "A"}, {"scheme": "ID-LKPP", "id": "B"}]}]}
                """),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                """
                {"parties": [{"id": "ID-NPWP-1", "additionalIdentifiers": [
                  {"scheme": "ID-NIB", "id": "C"}]}]}
                """));

    assertSameTree(
        json("[{\"scheme\": \"ID-NIB\", \"id\": \"C\"}]"),
        compiler.compile(releases).at("/parties/0/additionalIdentifiers"));
    JsonNode history = compiler.versioned(releases).at("/parties/0/additionalIdentifiers");
    assertEquals(2, history.size());
    assertEquals(2, history.at("/0/value").size());
    assertEquals(1, history.at("/1/value").size());
  }

  @Test
  void arraysOfStringsAreReplacedWhole() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"parties\": [{\"id\": \"P\", \"roles\": [\"buyer\", \"procuringEntity\"]}],"
                    + " \"tender\": {\"submissionMethod\": [\"electronicSubmission\"]}}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"parties\": [{\"id\": \"P\", \"roles\": [\"buyer\"]}],"
                    + " \"tender\": {\"submissionMethod\": [\"inPerson\"]}}"));

    JsonNode compiled = compiler.compile(releases);
    assertEquals(json("[\"buyer\"]"), compiled.at("/parties/0/roles"));
    assertEquals(json("[\"inPerson\"]"), compiled.at("/tender/submissionMethod"));
    assertEquals(
        List.of("[\"buyer\",\"procuringEntity\"]", "[\"buyer\"]"),
        values(compiler.versioned(releases).at("/parties/0/roles")));
  }

  @Test
  void emptyObjectsAndEmptyIdMergedArraysAddNothingAndRemoveNothing() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"planning\": {\"budget\": {}}, \"awards\": [], \"tender\": {\"title\": \"A\"}}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"awards\": [{\"id\": \"1\", \"title\": \"X\"}]}"),
            release("r3", "2024-03-03T09:00:00+07:00", "{\"tender\": {}, \"awards\": []}"));

    JsonNode compiled = compiler.compile(releases);
    assertFalse(compiled.has("planning"));
    assertEquals("A", compiled.at("/tender/title").asString());
    assertEquals(1, compiled.get("awards").size());
    JsonNode versioned = compiler.versioned(releases);
    assertFalse(versioned.has("planning"));
    assertEquals(1, versioned.at("/tender/title").size());
    assertEquals(1, versioned.at("/awards/0/title").size());
  }

  @Test
  void anObjectLeftWithoutFieldsIsDropped() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"planning\": {\"budget\": {\"description\": \"APBD\"}}}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"planning\": {\"budget\": {\"description\": null}}}"));

    assertFalse(compiler.compile(releases).has("planning"));
    assertEquals(
        List.of("\"APBD\"", "null"),
        values(compiler.versioned(releases).at("/planning/budget/description")));
  }

  @Test
  void anEmptyWholeListArrayReplacesTheList() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"parties\": [{\"id\": \"P\", \"additionalIdentifiers\": [{\"id\": \"A\"}]}]}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"parties\": [{\"id\": \"P\", \"additionalIdentifiers\": []}]}"));

    assertEquals(json("[]"), compiler.compile(releases).at("/parties/0/additionalIdentifiers"));
    assertEquals(
        List.of("[{\"id\":\"A\"}]", "[]"),
        values(compiler.versioned(releases).at("/parties/0/additionalIdentifiers")));
  }

  @Test
  void releasesAtTheSameInstantKeepTheGivenOrder() {
    // The same instant written with two offsets: neither is "later", so input order decides.
    ObjectNode first =
        release("r1", "2024-03-01T09:00:00+07:00", "{\"tender\": {\"title\": \"A\"}}");
    ObjectNode second = release("r2", "2024-03-01T02:00:00Z", "{\"tender\": {\"title\": \"B\"}}");

    JsonNode compiled = compiler.compile(List.of(first, second));
    assertEquals("B", compiled.at("/tender/title").asString());
    assertEquals(OCID + "-2024-03-01T02:00:00Z", compiled.get("id").asString());
    assertEquals("A", compiler.compile(List.of(second, first)).at("/tender/title").asString());
    assertEquals(
        List.of("r2", "r1"),
        releaseIds(compiler.versioned(List.of(second, first)).at("/tender/title")));
  }

  @Test
  void releasesAreSortedByInstantNotByText() {
    // As text "2024-03-01T20:00:00+07:00" sorts after "2024-03-01T14:00:00Z"; as instants it is
    // 13:00Z, an hour earlier.
    ObjectNode later = release("later", "2024-03-01T14:00:00Z", "{\"tender\": {\"title\": \"B\"}}");
    ObjectNode earlier =
        release("earlier", "2024-03-01T20:00:00+07:00", "{\"tender\": {\"title\": \"A\"}}");
    ObjectNode first = release("first", "2024-02-01T00:00:00Z", "{\"tender\": {\"title\": \"0\"}}");

    JsonNode compiled = compiler.compile(List.of(later, first, earlier));
    assertEquals("B", compiled.at("/tender/title").asString());
    assertEquals("2024-03-01T14:00:00Z", compiled.get("date").asString());
    assertEquals(
        List.of("first", "earlier", "later"),
        releaseIds(compiler.versioned(List.of(later, first, earlier)).at("/tender/title")));
  }

  @Test
  void objectsCannotBeRemovedFromIdMergedArraysByLeavingThemOut() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"awards\": [{\"id\": \"1\", \"title\": \"A\"}, {\"id\": \"2\", \"title\": \"B\"}]}"),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"awards\": [{\"id\": \"2\", \"title\": \"B2\"}, {\"id\": \"3\", \"title\": \"C\"}]}"));

    assertSameTree(
        json(
            """
            [{"id": "1", "title": "A"}, {"id": "2", "title": "B2"}, {"id": "3", "title": "C"}]
            """),
        compiler.compile(releases).get("awards"));
    assertEquals(3, compiler.versioned(releases).get("awards").size());
  }

  @Test
  void idsAreScopedToTheirParentObject() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                """
                {"awards": [
                  {"id": "A", "items": [{"id": "1", "quantity": 1}]},
                  {"id": "B", "items": [{"id": "1", "quantity": 2}]}]}
                """),
            release(
                "r2",
                "2024-03-02T09:00:00+07:00",
                "{\"awards\": [{\"id\": \"B\", \"items\": [{\"id\": \"1\", \"quantity\": 3}]}]}"));

    assertSameTree(
        json(
            """
            [{"id": "A", "items": [{"id": "1", "quantity": 1}]},
             {"id": "B", "items": [{"id": "1", "quantity": 3}]}]
            """),
        compiler.compile(releases).get("awards"));
    JsonNode versioned = compiler.versioned(releases);
    assertEquals(List.of("1"), values(versioned.at("/awards/0/items/0/quantity")));
    assertEquals(List.of("2", "3"), values(versioned.at("/awards/1/items/0/quantity")));
  }

  @Test
  void objectsWithoutIdInAnIdMergedArrayAreAppendedEachTime() {
    List<JsonNode> releases =
        List.of(
            release("r1", "2024-03-01T09:00:00+07:00", "{\"awards\": [{\"title\": \"A\"}]}"),
            release("r2", "2024-03-02T09:00:00+07:00", "{\"awards\": [{\"title\": \"A\"}]}"));

    assertEquals(2, compiler.compile(releases).get("awards").size());
    assertEquals(2, compiler.versioned(releases).get("awards").size());
  }

  @Test
  void idsOutsideArraysAreVersionedAndIdsInsideArePlain() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1",
                "2024-03-01T09:00:00+07:00",
                "{\"tender\": {\"id\": \"T1\"}, \"awards\": [{\"id\": \"1\", \"title\": \"A\"}]}"),
            release("r2", "2024-03-02T09:00:00+07:00", "{\"tender\": {\"id\": \"T2\"}}"));

    JsonNode versioned = compiler.versioned(releases);
    assertEquals(json("\"" + OCID + "\""), versioned.get("ocid"));
    assertEquals(List.of("\"T1\"", "\"T2\""), values(versioned.at("/tender/id")));
    assertEquals(json("\"1\""), versioned.at("/awards/0/id"));
    assertFalse(versioned.has("id") || versioned.has("date") || versioned.has("tag"));
  }

  @Test
  void anUnchangedValueAddsNoVersionButAnEqualAmountWrittenDifferentlyIsUnchanged() {
    List<JsonNode> releases =
        List.of(
            release(
                "r1", "2024-03-01T09:00:00+07:00", "{\"tender\": {\"value\": {\"amount\": 10}}}"),
            release(
                "r2", "2024-03-02T09:00:00+07:00", "{\"tender\": {\"value\": {\"amount\": 10.0}}}"),
            release(
                "r3", "2024-03-03T09:00:00+07:00", "{\"tender\": {\"value\": {\"amount\": 12}}}"));

    assertEquals(
        List.of("10", "12"), values(compiler.versioned(releases).at("/tender/value/amount")));
  }

  @Test
  void aFieldChangingKindIsRefusedWithItsPath() {
    List<JsonNode> releases =
        List.of(
            release("r1", "2024-03-01T09:00:00+07:00", "{\"tender\": {\"value\": 500}}"),
            release(
                "r2", "2024-03-02T09:00:00+07:00", "{\"tender\": {\"value\": {\"amount\": 5}}}"));

    IllegalArgumentException compiled =
        assertThrows(IllegalArgumentException.class, () -> compiler.compile(releases));
    assertEquals(
        "cannot merge /tender/value: release 1 (id \"r2\") has an object where an earlier"
            + " release has a single value (or a list replaced whole)",
        compiled.getMessage());
    IllegalArgumentException versioned =
        assertThrows(IllegalArgumentException.class, () -> compiler.versioned(releases));
    assertEquals(compiled.getMessage(), versioned.getMessage());
  }

  @Test
  void aReleaseWithoutDateIsRefused() {
    ObjectNode undated = release("r2", "2024-03-02T09:00:00+07:00", "{}");
    undated.remove("date");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                compiler.compile(
                    List.of(release("r1", "2024-03-01T09:00:00+07:00", "{}"), undated)));
    assertEquals(
        "release 1 (id \"r2\") has no date (a string such as 2024-03-01T09:00:00+07:00 is"
            + " required)",
        e.getMessage());
  }

  @Test
  void aDateWithoutOffsetIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> compiler.versioned(List.of(release("r1", "2024-03-01", "{}"))));
    assertTrue(e.getMessage().startsWith("release 0 (id \"r1\") has date \"2024-03-01\""));
  }

  @Test
  void aReleaseWithoutOcidIsRefused() {
    ObjectNode orphan = release("r1", "2024-03-01T09:00:00+07:00", "{}");
    orphan.remove("ocid");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> compiler.compile(List.of(orphan)));
    assertEquals(
        "release 0 (id \"r1\") has no ocid (a non-empty string is required)", e.getMessage());
  }

  @Test
  void releasesOfTwoOcidsAreRefused() {
    ObjectNode other = release("r2", "2024-03-02T09:00:00+07:00", "{}");
    other.put("ocid", "ocds-b0j0n9-99");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                compiler.compile(List.of(release("r1", "2024-03-01T09:00:00+07:00", "{}"), other)));
    assertEquals(
        "release 1 (id \"r2\") has ocid \"ocds-b0j0n9-99\" but release 0 has \""
            + OCID
            + "\": a record merges the releases of one ocid only",
        e.getMessage());
  }

  @Test
  void noReleasesAndNonObjectsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> compiler.compile(List.of()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> compiler.compile(List.of(json("[1, 2]"))));
    assertEquals("release 0 is not a JSON object", e.getMessage());
  }

  private static ObjectNode release(String id, String date, String body) {
    ObjectNode release = OcdsJson.object();
    release.put("ocid", OCID);
    release.put("id", id);
    release.put("date", date);
    release.putArray("tag").add("tenderUpdate");
    release.setAll((ObjectNode) json(body));
    return release;
  }

  private static JsonNode json(String text) {
    return OcdsJson.parse(text);
  }

  /** The values of a versioned field's history, as compact JSON. */
  private static List<String> values(JsonNode history) {
    List<String> values = new ArrayList<>();
    history.forEach(version -> values.add(OcdsJson.write(version.get("value"))));
    return values;
  }

  private static List<String> releaseIds(JsonNode history) {
    List<String> ids = new ArrayList<>();
    history.forEach(version -> ids.add(version.get("releaseID").asString()));
    return ids;
  }
}
