package id.terbuka.contracts.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.domain.OcdsJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class OcdsValidatorTest {

  private static final String EXAMPLES = "id/terbuka/contracts/examples/";
  private static final OcdsValidator VALIDATOR = OcdsValidator.bundled();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "release-package-tender.json",
        "release-package-award.json",
        "release-package-fictional-6-releases.json"
      })
  void officialReleasePackagesHaveNoErrors(String file) {
    ValidationReport report = VALIDATOR.validateReleasePackage(example(file));

    assertEquals(List.of(), report.errors(), file);
    assertEquals(0, report.errorCount());
    assertTrue(report.valid());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "record-package-embedded-releases.json",
        "record-package-fictional-withversions.json",
        "record-package-merging-versioned.json"
      })
  void officialRecordPackagesHaveNoErrors(String file) {
    ValidationReport report = VALIDATOR.validateRecordPackage(example(file));

    assertEquals(List.of(), report.errors(), file);
    assertTrue(report.valid());
  }

  @Test
  void countsReleasesAndDistinctOcids() {
    ValidationReport report =
        VALIDATOR.validateReleasePackage(example("release-package-fictional-6-releases.json"));

    assertEquals(6, report.releaseCount());
    assertEquals(1, report.ocidCount());
  }

  @Test
  void theFictionalExamplesPrivateDocumentTypesAreAdditionalCodelistValues() {
    ValidationReport report =
        VALIDATOR.validateReleasePackage(example("release-package-fictional-6-releases.json"));

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/tender/documents/0/documentType",
                "additional_codelist_value",
                "'x_consultationDocument' is not in the open documentType codelist"),
            new ValidationIssue(
                "/releases/0/tender/documents/1/documentType",
                "additional_codelist_value",
                "'x_map' is not in the open documentType codelist")),
        report.warnings());
  }

  @Test
  void theTenderExampleWithoutItsEmptyExtensionsIsClean() {
    ValidationReport report = VALIDATOR.validateReleasePackage(tenderPackage());

    assertEquals(List.of(), report.errors());
    assertEquals(List.of(), report.warnings());
    assertEquals(Map.of(), report.additionalFields());
  }

  @Test
  void aValidPackageGivenAsBytesIsReadAndValidated() {
    byte[] json = OcdsJson.write(tenderPackage()).getBytes(StandardCharsets.UTF_8);

    ValidationReport report = VALIDATOR.validateReleasePackage(json);

    assertTrue(report.valid());
    assertEquals(1, report.releaseCount());
  }

  @Test
  void aMissingRequiredFieldIsNamedAtItsPath() {
    ObjectNode pkg = tenderPackage();
    release(pkg).remove("date");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(
        List.of(new ValidationIssue("/releases/0/date", "required", "'date' is missing")),
        report.errors());
  }

  @Test
  void aDateWithoutOffsetIsAFormatError() {
    ObjectNode pkg = tenderPackage();
    tender(pkg).withObjectProperty("tenderPeriod").put("startDate", "2024-03-01T09:00:00");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(1, report.errorCount());
    ValidationIssue error = report.errors().get(0);
    assertEquals("/releases/0/tender/tenderPeriod/startDate", error.path());
    assertEquals("format_date_time", error.code());
    assertTrue(error.message().startsWith("'2024-03-01T09:00:00' is not a date-time with a time"));
  }

  @Test
  void aDateWithAnOffsetIsAccepted() {
    ObjectNode pkg = tenderPackage();
    tender(pkg).withObjectProperty("tenderPeriod").put("startDate", "2024-03-01T09:00:00+07:00");

    assertTrue(VALIDATOR.validateReleasePackage(pkg).valid());
  }

  @Test
  void aRelativeUriIsAFormatError() {
    ObjectNode pkg = tenderPackage();
    ((ObjectNode) tender(pkg).get("documents").get(0)).put("url", "/notices/tender-1.html");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(1, report.errorCount());
    assertEquals("/releases/0/tender/documents/0/url", report.errors().get(0).path());
    assertEquals("format_uri", report.errors().get(0).code());
  }

  @Test
  void aClosedCodelistErrorNamesTheCodelistWithoutListingIt() {
    ObjectNode pkg = tenderPackage();
    ((ObjectNode) tender(pkg).get("value")).put("currency", "RUPIAH");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/tender/value/currency",
                "enum",
                "'RUPIAH' is not in the closed currency codelist")),
        report.errors());
  }

  @Test
  void aClosedCodelistInAListIsCheckedPerItem() {
    ObjectNode pkg = tenderPackage();
    release(pkg).putArray("tag").add("tender").add("pengumuman");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/tag/1",
                "enum",
                "'pengumuman' is not in the closed releaseTag codelist")),
        report.errors());
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    ObjectNode pkg = tenderPackage();
    ((ObjectNode) tender(pkg).get("value")).put("amount", "1.000.000");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/tender/value/amount", "type", "expected number or null, got string")),
        report.errors());
  }

  @Test
  void theSameOcidAndIdTwiceIsADuplicateRelease() {
    ObjectNode pkg = tenderPackage();
    ObjectNode copy = release(pkg).deepCopy();
    copy.put("date", "2010-03-16T09:30:00Z"); // differs, so JSON Schema's uniqueItems is silent
    releases(pkg).add(copy);

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/1/id",
                "duplicate_release",
                "release 'ocds-213czf-000-00001-02-tender' of ocid 'ocds-213czf-000-00001' is"
                    + " already at /releases/0")),
        report.errors());
    assertEquals(2, report.releaseCount());
    assertEquals(1, report.ocidCount());
  }

  @Test
  void theSameIdUnderAnotherOcidIsNoDuplicate() {
    ObjectNode pkg = tenderPackage();
    ObjectNode copy = release(pkg).deepCopy();
    copy.put("ocid", "ocds-213czf-000-00002");
    releases(pkg).add(copy);

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertTrue(report.valid(), report.errors()::toString);
    assertEquals(2, report.ocidCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"213czf-000-00001", "ocds-213CZF-000-00001", "ocds-213cz-000-1", "ocds-"})
  void anOcidWithoutARegisteredPrefixIsAnError(String ocid) {
    ObjectNode pkg = tenderPackage();
    release(pkg).put("ocid", ocid);

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(1, report.errorCount(), report.errors()::toString);
    assertEquals("/releases/0/ocid", report.errors().get(0).path());
    assertEquals("ocid_prefix", report.errors().get(0).code());
  }

  @Test
  void emptyStringsObjectsAndArraysAreWarnings() {
    ObjectNode pkg = tenderPackage();
    tender(pkg).put("description", "");
    release(pkg).putObject("planning");
    ((ObjectNode) release(pkg).get("parties").get(0)).putArray("roles");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertTrue(report.valid(), report.errors()::toString);
    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/parties/0/roles", "empty_value", "empty array should be omitted"),
            new ValidationIssue(
                "/releases/0/tender/description", "empty_value", "empty string should be omitted"),
            new ValidationIssue(
                "/releases/0/planning", "empty_value", "empty object should be omitted")),
        report.warnings());
  }

  @Test
  void additionalFieldsAreWarnedAndCountedByPattern() {
    ObjectNode pkg = tenderPackage();
    ObjectNode second = release(pkg).deepCopy();
    second.put("id", "ocds-213czf-000-00001-03-tender");
    releases(pkg).add(second);
    tender(pkg).put("kodeRup", "21334455");
    ((ObjectNode) second.get("tender")).put("kodeRup", "21334456");
    ((ObjectNode) second.get("tender").get("items").get(0)).put("satuan", "paket");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertTrue(report.valid(), report.errors()::toString);
    assertEquals(
        Map.of("releases/tender/kodeRup", 2L, "releases/tender/items/satuan", 1L),
        report.additionalFields());
    assertEquals(3, report.warningCount());
    assertTrue(
        report
            .warnings()
            .contains(
                new ValidationIssue(
                    "/releases/1/tender/items/0/satuan",
                    "additional_field",
                    "'satuan' is not defined in the OCDS schema")),
        report.warnings()::toString);
  }

  @Test
  void languageVariantsOfTextFieldsAreNoAdditionalFields() {
    ObjectNode pkg = tenderPackage();
    tender(pkg).put("title_id", "Perbaikan jalur sepeda");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(Map.of(), report.additionalFields());
    assertEquals(List.of(), report.warnings());
  }

  @Test
  void deprecatedFieldsAreWarnings() {
    ObjectNode pkg = tenderPackage();
    tender(pkg).putObject("amendment").put("rationale", "Tender period extended");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertTrue(report.valid(), report.errors()::toString);
    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/tender/amendment",
                "deprecated_field",
                "'amendment' is deprecated since OCDS 1.1")),
        report.warnings());
  }

  @Test
  void openCodelistValuesOutsideTheCodelistAreWarnings() {
    ObjectNode pkg = tenderPackage();
    ((ArrayNode) release(pkg).get("parties").get(0).get("roles")).add("auditor");
    tender(pkg).put("awardCriteria", "hargaTerendah");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertTrue(report.valid(), report.errors()::toString);
    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/parties/0/roles/2",
                "additional_codelist_value",
                "'auditor' is not in the open partyRole codelist"),
            new ValidationIssue(
                "/releases/0/tender/awardCriteria",
                "additional_codelist_value",
                "'hargaTerendah' is not in the open awardCriteria codelist")),
        report.warnings());
  }

  @Test
  void anAwardWithoutIdCannotBeMergedAndIsReportedOnce() {
    ObjectNode pkg = tenderPackage();
    release(pkg).putArray("awards").addObject().put("title", "Pemenang");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases/0/awards/0/id",
                "missing_id",
                "object in 'awards' has no id; objects in this array are merged by id")),
        report.errors());
  }

  @Test
  void aSupplierReferenceWithoutIdIsReportedAlthoughTheSchemaDoesNotRequireIt() {
    ObjectNode pkg = tenderPackage();
    ObjectNode award = release(pkg).putArray("awards").addObject().put("id", "1");
    award.putArray("suppliers").addObject().put("name", "CV Maju Jaya");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(1, report.errorCount(), report.errors()::toString);
    assertEquals("/releases/0/awards/0/suppliers/0/id", report.errors().get(0).path());
    assertEquals("missing_id", report.errors().get(0).code());
  }

  @Test
  void wholeListMergeArraysNeedNoIds() {
    ObjectNode pkg = tenderPackage();
    ((ObjectNode) tender(pkg).get("items").get(0))
        .putArray("additionalClassifications")
        .addObject()
        .put("scheme", "CPV")
        .put("description", "Cycle path construction work");

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertTrue(report.valid(), report.errors()::toString);
  }

  @Test
  void textThatIsNotJsonIsOneInvalidJsonErrorWithItsPlace() {
    byte[] json =
        "{\"releases\": [\n  {\"ocid\": \"ocds-213czf-1\",}\n]}".getBytes(StandardCharsets.UTF_8);

    ValidationReport report = VALIDATOR.validateReleasePackage(json);

    assertEquals(1, report.errorCount());
    ValidationIssue error = report.errors().get(0);
    assertEquals("", error.path());
    assertEquals("invalid_json", error.code());
    assertTrue(error.message().contains("(line 2, column "), error.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{\"a\": 1, \"a\": 2}", "{} {}", "{\"releases\": [", "nul"})
  void otherUnreadableTextIsInvalidJson(String text) {
    ValidationReport report =
        VALIDATOR.validateReleasePackage(text.getBytes(StandardCharsets.UTF_8));

    assertEquals(1, report.errorCount());
    assertEquals("invalid_json", report.errors().get(0).code());
    assertFalse(report.errors().get(0).message().contains("\n"));
  }

  @Test
  void absurdlyDeepNestingIsRefusedAsInvalidJson() {
    String deep = "{\"releases\": [{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}]}";

    ValidationReport report =
        VALIDATOR.validateReleasePackage(deep.getBytes(StandardCharsets.UTF_8));

    assertEquals(1, report.errorCount());
    assertEquals("invalid_json", report.errors().get(0).code());
  }

  @Test
  void jsonThatIsNoObjectIsOneClearError() {
    ValidationReport report = VALIDATOR.validateReleasePackage(OcdsJson.parse("[1, 2]"));

    assertEquals(
        List.of(
            new ValidationIssue(
                "",
                "not_object",
                "a release package must be a JSON object with a 'releases' array")),
        report.errors());
  }

  @Test
  void aSingleReleaseInsteadOfAPackageIsOneClearError() {
    ValidationReport report = VALIDATOR.validateReleasePackage(release(tenderPackage()));

    assertEquals(
        List.of(
            new ValidationIssue(
                "/releases",
                "no_releases",
                "the release package has no 'releases' array (this looks like a single release:"
                    + " put it in a package's 'releases')")),
        report.errors());
  }

  @Test
  void releasesThatAreNoArrayAreOneClearError() {
    ObjectNode pkg = tenderPackage();
    pkg.set("releases", release(pkg));

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(1, report.errorCount());
    assertEquals("no_releases", report.errors().get(0).code());
  }

  @Test
  void aLinkedReleaseWithARelativeUrlReportsOnlyTheLinkedForm() {
    ObjectNode pkg = (ObjectNode) example("record-package-fictional-withversions.json");
    ((ObjectNode) pkg.get("records").get(0).get("releases").get(0)).put("url", "releases.json#1");

    ValidationReport report = VALIDATOR.validateRecordPackage(pkg);

    assertEquals(
        List.of(
            new ValidationIssue(
                "/records/0/releases/0/url",
                "format_uri",
                "'releases.json#1' is not an absolute URI, e.g. https://...")),
        report.errors());
  }

  @Test
  void anEmbeddedReleaseWithoutOcidReportsOnlyTheEmbeddedForm() {
    ObjectNode pkg = (ObjectNode) example("record-package-embedded-releases.json");
    ((ObjectNode) pkg.get("records").get(0).get("releases").get(1)).remove("ocid");

    ValidationReport report = VALIDATOR.validateRecordPackage(pkg);

    assertEquals(
        List.of(new ValidationIssue("/records/0/releases/1/ocid", "required", "'ocid' is missing")),
        report.errors());
  }

  @Test
  void atMostAThousandErrorsAreListedButAllAreCounted() {
    ObjectNode pkg = tenderPackage();
    ObjectNode template = release(pkg);
    ArrayNode releases = pkg.putArray("releases");
    for (int i = 0; i < 1500; i++) {
      ObjectNode r = template.deepCopy();
      r.put("id", "tender-" + i);
      r.put("date", "2010-03-15"); // no time, no offset: one format error each
      r.put("catatan", "x"); // one additional field each
      releases.add(r);
    }

    ValidationReport report = VALIDATOR.validateReleasePackage(pkg);

    assertEquals(1500, report.errorCount());
    assertEquals(ValidationReport.LISTED, report.errors().size());
    assertEquals(1500, report.warningCount());
    assertEquals(ValidationReport.LISTED, report.warnings().size());
    assertEquals(Map.of("releases/catatan", 1500L), report.additionalFields());
    assertEquals(1500, report.releaseCount());
  }

  @Test
  void oneValidatorServesManyThreadsWithTheSameAnswers() throws Exception {
    ObjectNode broken = tenderPackage();
    release(broken).remove("date");
    tender(broken).put("kodeRup", "1");
    ValidationReport expected = VALIDATOR.validateReleasePackage(broken);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> answers =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  200, () -> VALIDATOR.validateReleasePackage(broken.deepCopy())));
      for (Future<ValidationReport> answer : answers) {
        assertEquals(expected, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonNode example(String file) {
    return OcdsJson.resource(EXAMPLES + file);
  }

  /** The official tender example without its empty {@code extensions}, so it has no warning. */
  private static ObjectNode tenderPackage() {
    ObjectNode pkg = (ObjectNode) example("release-package-tender.json").deepCopy();
    pkg.remove("extensions");
    return pkg;
  }

  private static ArrayNode releases(ObjectNode pkg) {
    return (ArrayNode) pkg.get("releases");
  }

  private static ObjectNode release(ObjectNode pkg) {
    return (ObjectNode) pkg.get("releases").get(0);
  }

  private static ObjectNode tender(ObjectNode pkg) {
    return (ObjectNode) release(pkg).get("tender");
  }
}
