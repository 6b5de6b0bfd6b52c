package id.terbuka.contracts.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.merge.MergeRules.Strategy;
import org.junit.jupiter.api.Test;

/** The rules read from the bundled OCDS 1.1.5 release schema, and from odd schemas. */
class MergeRulesTest {

  private final MergeRules rules =
      MergeRules.fromReleaseSchema(OcdsJson.resource(OcdsJson.SCHEMA_ROOT + "release-schema.json"));

  @Test
  void releaseMetadataIsOmitted() {
    assertEquals(Strategy.OMIT, rules.strategyAt("id"));
    assertEquals(Strategy.OMIT, rules.strategyAt("date"));
    assertEquals(Strategy.OMIT, rules.strategyAt("tag"));
    assertEquals(Strategy.DEFAULT, rules.strategyAt("ocid"));
  }

  @Test
  void arraysOfObjectsWithAnIdMergeById() {
    assertEquals(Strategy.MERGE_BY_ID, rules.strategyAt("parties"));
    assertEquals(Strategy.MERGE_BY_ID, rules.strategyAt("awards"));
    assertEquals(Strategy.MERGE_BY_ID, rules.strategyAt("awards/suppliers"));
    assertEquals(Strategy.MERGE_BY_ID, rules.strategyAt("contracts/implementation/transactions"));
  }

  @Test
  void wholeListMergeAndArraysOfLiteralsOrIdlessObjectsAreReplacedWhole() {
    assertEquals(Strategy.WHOLE_LIST, rules.strategyAt("parties/additionalIdentifiers"));
    assertEquals(Strategy.WHOLE_LIST, rules.strategyAt("tender/items/additionalClassifications"));
    assertEquals(Strategy.WHOLE_LIST, rules.strategyAt("parties/roles"));
    assertEquals(Strategy.WHOLE_LIST, rules.strategyAt("tender/submissionMethod"));
    // Amendment.changes (deprecated) holds objects without an id.
    assertEquals(Strategy.WHOLE_LIST, rules.strategyAt("tender/amendments/changes"));
  }

  @Test
  void objectsAndUnknownFieldsHaveNoRule() {
    assertEquals(Strategy.DEFAULT, rules.strategyAt("tender/items/classification"));
    assertEquals(Strategy.DEFAULT, rules.strategyAt("tender/value/amount"));
    assertEquals(Strategy.DEFAULT, rules.strategyAt("tender/x_extension/deeper"));
  }

  @Test
  void aSchemaReferringToItselfEndsTheWalk() {
    MergeRules recursive =
        MergeRules.fromReleaseSchema(
            OcdsJson.parse(
                """
                {"properties": {"node": {"$ref": "#/definitions/Node"}},
                 "definitions": {"Node": {"type": "object", "properties": {
                   "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}},
                   "tags": {"type": "array", "items": {"type": "string"}}}}}}
                """));

    assertEquals(Strategy.WHOLE_LIST, recursive.strategyAt("node/tags"));
    assertEquals(Strategy.DEFAULT, recursive.strategyAt("node/children"));
  }

  @Test
  void aSchemaWithoutPropertiesOrWithAForeignRefIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> MergeRules.fromReleaseSchema(OcdsJson.parse("{}")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MergeRules.fromReleaseSchema(
                OcdsJson.parse("{\"properties\": {\"a\": {\"$ref\": \"other.json#/x\"}}}")));
  }
}
