package id.terbuka.contracts.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The golden case of OCDS's sample data: the six releases of the fictional example compile to
 * exactly the compiled and versioned release that ocdskit published for them (keys in any order,
 * arrays in order).
 */
class RecordCompilerGoldenTest {

  private static final String EXAMPLES = "id/terbuka/contracts/examples/";

  private final RecordCompiler compiler = RecordCompiler.bundled();

  @Test
  void compiledReleaseIsExactlyTheOfficialOne() {
    assertSameTree(record().get("compiledRelease"), compiler.compile(releases()));
  }

  @Test
  void versionedReleaseIsExactlyTheOfficialOne() {
    assertSameTree(record().get("versionedRelease"), compiler.versioned(releases()));
  }

  @Test
  void releasesGivenNewestFirstGiveTheSameRecord() {
    List<JsonNode> reversed = new ArrayList<>(releases());
    Collections.reverse(reversed);

    assertSameTree(record().get("compiledRelease"), compiler.compile(reversed));
    assertSameTree(record().get("versionedRelease"), compiler.versioned(reversed));
  }

  @Test
  void compilingLeavesTheReleasesAsTheyWere() {
    List<JsonNode> releases = releases();
    List<JsonNode> before = releases.stream().map(JsonNode::deepCopy).toList();

    compiler.compile(releases);
    compiler.versioned(releases);

    assertEquals(before, releases);
  }

  private static List<JsonNode> releases() {
    JsonNode releasePackage =
        OcdsJson.resource(EXAMPLES + "release-package-fictional-6-releases.json");
    List<JsonNode> releases = new ArrayList<>();
    releasePackage.get("releases").forEach(releases::add);
    assertEquals(6, releases.size());
    return releases;
  }

  private static JsonNode record() {
    JsonNode recordPackage =
        OcdsJson.resource(EXAMPLES + "record-package-fictional-withversions.json");
    return recordPackage.get("records").get(0);
  }

  static void assertSameTree(JsonNode expected, JsonNode actual) {
    JsonTreeDiff.firstDifference(expected, actual)
        .ifPresent(difference -> fail("first difference at " + difference));
  }
}
