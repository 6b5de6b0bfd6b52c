package id.terbuka.contracts.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The golden tests' comparison: key order ignored, array order and scalars respected. */
class JsonTreeDiffTest {

  @Test
  void keyOrderDoesNotMatter() {
    assertEquals(
        Optional.empty(),
        JsonTreeDiff.firstDifference(
            OcdsJson.parse("{\"a\": 1, \"b\": [1, 2]}"),
            OcdsJson.parse("{\"b\": [1, 2], \"a\": 1}")));
  }

  @Test
  void arrayOrderAndValuesDo() {
    assertEquals(
        Optional.of("/b/0: expected 1 but was 2"),
        JsonTreeDiff.firstDifference(
            OcdsJson.parse("{\"b\": [1, 2]}"), OcdsJson.parse("{\"b\": [2, 1]}")));
    assertEquals(
        Optional.of("/a: expected \"1\" but was 1"),
        JsonTreeDiff.firstDifference(
            OcdsJson.parse("{\"a\": \"1\"}"), OcdsJson.parse("{\"a\": 1}")));
    assertEquals(
        Optional.of("/c: missing, expected true"),
        JsonTreeDiff.firstDifference(
            OcdsJson.parse("{\"a\": 1, \"c\": true}"), OcdsJson.parse("{\"a\": 1}")));
  }
}
