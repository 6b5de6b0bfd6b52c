package id.terbuka.contracts.flatten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReleaseFlattenerTest {
  private static final Map<String, List<List<String>>> FICTIONAL =
      ReleaseFlattener.flatten(fictionalReleases());

  private static List<JsonNode> fictionalReleases() {
    JsonNode pkg =
        OcdsJson.resource(
            "id/terbuka/contracts/examples/release-package-fictional-6-releases.json");
    List<JsonNode> releases = new ArrayList<>();
    pkg.get("releases").forEach(releases::add);
    return releases;
  }

  private static List<String> header(String sheet) {
    return FICTIONAL.get(sheet).get(0);
  }

  private static String cell(List<List<String>> table, int row, String column) {
    return table.get(row).get(table.get(0).indexOf(column));
  }

  @Test
  void theFictionalExampleGivesOneSheetPerArrayOfObjectsInFirstSeenOrder() {
    assertEquals(
        List.of(
            "releases",
            "parties",
            "planning_documents",
            "planning_milestones",
            "tender_documents",
            "tender_items",
            "tender_item_additionalClassifications",
            "tender_amendments",
            "tender_tenderers",
            "awards",
            "award_suppliers",
            "award_items",
            "award_item_additionalClassifications",
            "award_documents",
            "contracts",
            "contract_items",
            "contract_item_additionalClassifications",
            "contract_documents",
            "contract_relatedProcesses",
            "contract_transactions",
            "contract_implementation_documents"),
        List.copyOf(FICTIONAL.keySet()));
    assertEquals(7, FICTIONAL.get("releases").size(), "header and one row per release");
    assertEquals(13, FICTIONAL.get("parties").size(), "2 + 1 + 1 + 3 + 3 + 3 parties and header");
  }

  @Test
  void theMainSheetHasSlashPathsForNestedObjects() {
    assertEquals(
        List.of(
            "ocid",
            "id",
            "language",
            "date",
            "initiationType",
            "tag",
            "buyer/id",
            "buyer/name",
            "planning/budget/id",
            "planning/budget/description",
            "planning/budget/amount/amount",
            "planning/budget/amount/currency",
            "planning/budget/project",
            "planning/budget/projectID",
            "planning/budget/uri",
            "planning/rationale",
            "tender/id",
            "tender/title",
            "tender/description",
            "tender/mainProcurementCategory",
            "tender/status",
            "tender/minValue/amount",
            "tender/minValue/currency",
            "tender/value/amount",
            "tender/value/currency",
            "tender/procurementMethod",
            "tender/procurementMethodDetails",
            "tender/procurementMethodRationale",
            "tender/awardCriteria",
            "tender/awardCriteriaDetails",
            "tender/tenderPeriod/startDate",
            "tender/tenderPeriod/durationInDays",
            "tender/enquiryPeriod/durationInDays",
            "tender/contractPeriod/startDate",
            "tender/contractPeriod/endDate",
            "tender/contractPeriod/durationInDays",
            "tender/procuringEntity/id",
            "tender/procuringEntity/name",
            "tender/submissionMethod",
            "tender/submissionMethodDetails",
            "tender/tenderPeriod/endDate",
            "tender/enquiryPeriod/startDate",
            "tender/enquiryPeriod/endDate",
            "tender/awardPeriod/startDate",
            "tender/awardPeriod/endDate",
            "tender/hasEnquiries",
            "tender/numberOfTenderers"),
        header("releases"));
    List<List<String>> releases = FICTIONAL.get("releases");
    assertEquals("1100000", cell(releases, 2, "tender/value/amount"));
    assertEquals("", cell(releases, 1, "tender/numberOfTenderers"), "absent: empty cell");
    assertEquals("false", cell(releases, 2, "tender/hasEnquiries"));
  }

  @Test
  void childSheetsStartWithTheirJoinKeys() {
    assertEquals(
        List.of(
            "ocid",
            "id",
            "parties/0/id",
            "parties/0/name",
            "parties/0/roles",
            "parties/0/identifier/scheme",
            "parties/0/identifier/id",
            "parties/0/identifier/legalName",
            "parties/0/address/streetAddress",
            "parties/0/address/locality",
            "parties/0/address/region",
            "parties/0/address/postalCode",
            "parties/0/address/countryName",
            "parties/0/contactPoint/name",
            "parties/0/contactPoint/email",
            "parties/0/contactPoint/telephone",
            "parties/0/contactPoint/faxNumber",
            "parties/0/contactPoint/url"),
        header("parties"));
    assertEquals(
        List.of(
            "ocid",
            "id",
            "awards/0/id",
            "awards/0/title",
            "awards/0/description",
            "awards/0/status",
            "awards/0/date",
            "awards/0/value/amount",
            "awards/0/value/currency",
            "awards/0/contractPeriod/startDate",
            "awards/0/contractPeriod/endDate",
            "awards/0/contractPeriod/maxExtentDate"),
        header("awards"));
    assertEquals(
        List.of(
            "ocid", "id", "awards/0/id", "awards/0/suppliers/0/id", "awards/0/suppliers/0/name"),
        header("award_suppliers"));
    assertEquals(
        List.of(
            "ocid",
            "id",
            "contracts/0/id",
            "contracts/0/awardID",
            "contracts/0/title",
            "contracts/0/description",
            "contracts/0/status",
            "contracts/0/period/startDate",
            "contracts/0/period/endDate",
            "contracts/0/period/maxExtentDate",
            "contracts/0/value/amount",
            "contracts/0/value/currency",
            "contracts/0/dateSigned"),
        header("contracts"));
    assertEquals(
        List.of(
            "ocid",
            "id",
            "tender/items/0/id",
            "tender/items/0/description",
            "tender/items/0/classification/scheme",
            "tender/items/0/classification/id",
            "tender/items/0/classification/description",
            "tender/items/0/classification/uri",
            "tender/items/0/quantity",
            "tender/items/0/unit/name",
            "tender/items/0/unit/id",
            "tender/items/0/unit/scheme",
            "tender/items/0/unit/value/amount",
            "tender/items/0/unit/value/currency"),
        header("tender_items"));
    String tx = "contracts/0/implementation/transactions/0/";
    assertEquals(
        List.of(
            "ocid",
            "id",
            "contracts/0/id",
            tx + "id",
            tx + "source",
            tx + "date",
            tx + "value/amount",
            tx + "value/currency",
            tx + "payer/id",
            tx + "payer/name",
            tx + "payee/id",
            tx + "payee/name",
            tx + "uri"),
        header("contract_transactions"));
    assertEquals(
        List.of(
            "ocid",
            "id",
            "tender/items/0/id",
            "tender/items/0/additionalClassifications/0/id",
            "tender/items/0/additionalClassifications/0/scheme",
            "tender/items/0/additionalClassifications/0/description",
            "tender/items/0/additionalClassifications/0/uri"),
        header("tender_item_additionalClassifications"));
  }

  @Test
  void childRowsJoinBackToTheirReleaseAndParents() {
    Set<List<String>> releaseKeys = new HashSet<>();
    for (List<String> row : FICTIONAL.get("releases").subList(1, 7)) {
      releaseKeys.add(row.subList(0, 2));
    }
    FICTIONAL.forEach(
        (sheet, table) -> {
          assertEquals(List.of("ocid", "id"), table.get(0).subList(0, 2), sheet);
          for (List<String> row : table.subList(1, table.size())) {
            assertEquals(table.get(0).size(), row.size(), sheet + ": row as long as header");
            assertTrue(releaseKeys.contains(row.subList(0, 2)), sheet + ": " + row.subList(0, 2));
          }
        });
    List<List<String>> suppliers = FICTIONAL.get("award_suppliers");
    assertEquals(
        List.of(
            "ocds-213czf-000-00001",
            "ocds-213czf-000-00001-04-award",
            "ocds-213czf-000-00001-award-01",
            "GB-COH-11111111",
            "AnyCorp Cycle Provision"),
        suppliers.get(1));
    List<List<String>> transactions = FICTIONAL.get("contract_transactions");
    assertEquals(3, transactions.size());
    assertEquals("ocds-213czf-000-00001-06-implementation", cell(transactions, 2, "id"));
    assertEquals("ocds-213czf-000-00001-contract-01", cell(transactions, 2, "contracts/0/id"));
    assertEquals(
        "10000", cell(transactions, 2, "contracts/0/implementation/transactions/0/value/amount"));
  }

  @Test
  void arraysOfLiteralsAreJoinedWithSemicolons() {
    assertEquals("buyer;procuringEntity", cell(FICTIONAL.get("parties"), 1, "parties/0/roles"));
    assertEquals("planning", cell(FICTIONAL.get("releases"), 1, "tag"));
    JsonNode release =
        OcdsJson.parse(
            """
            {"ocid":"ocds-b0j0n9-1","id":"r1","tag":["tender","award"],
             "tender":{"submissionMethod":["electronicSubmission","written"],"x":[[1,2],"a"]}}""");
    List<List<String>> releases = ReleaseFlattener.flatten(List.of(release)).get("releases");
    assertEquals("tender;award", cell(releases, 1, "tag"));
    assertEquals("electronicSubmission;written", cell(releases, 1, "tender/submissionMethod"));
    assertEquals("[1,2];a", cell(releases, 1, "tender/x"), "nested arrays kept as JSON text");
  }

  @Test
  void theSameReleasesAlwaysGiveTheSameTables() {
    assertEquals(FICTIONAL, ReleaseFlattener.flatten(fictionalReleases()));
    assertEquals(
        ReleaseFlattener.flatten(fictionalReleases()).toString(),
        ReleaseFlattener.flatten(fictionalReleases()).toString());
  }

  @Test
  void numbersAreWrittenInPlainNotationAsGiven() {
    JsonNode release =
        OcdsJson.parse(
            """
            {"ocid":"ocds-b0j0n9-1","id":"r1","tender":{"value":{"amount":1.5E8,"currency":"IDR"},
             "minValue":{"amount":100.50},"numberOfTenderers":3,"hasEnquiries":null}}""");
    List<List<String>> releases = ReleaseFlattener.flatten(List.of(release)).get("releases");
    assertEquals("150000000", cell(releases, 1, "tender/value/amount"));
    assertEquals("100.50", cell(releases, 1, "tender/minValue/amount"));
    assertEquals("3", cell(releases, 1, "tender/numberOfTenderers"));
    assertEquals("", cell(releases, 1, "tender/hasEnquiries"), "null is an empty cell");
  }

  @Test
  void noReleasesStillGiveTheMainSheetWithItsKeys() {
    assertEquals(
        Map.of("releases", List.of(List.of("ocid", "id"))), ReleaseFlattener.flatten(List.of()));
  }

  @Test
  void rowsWithoutAColumnGetEmptyCellsAndObjectsWithoutIdAnEmptyKey() {
    JsonNode first =
        OcdsJson.parse(
            """
            {"ocid":"ocds-b0j0n9-1","id":"r1","awards":[{"id":"a1","suppliers":[{"name":"CV Maju"}]}]}""");
    JsonNode second =
        OcdsJson.parse(
            """
            {"ocid":"ocds-b0j0n9-2","id":"r2","awards":[{"id":7,"title":"Paket 2"}]}""");
    Map<String, List<List<String>>> sheets = ReleaseFlattener.flatten(List.of(first, second));
    assertEquals(
        List.of(
            List.of("ocid", "id", "awards/0/id", "awards/0/title"),
            List.of("ocds-b0j0n9-1", "r1", "a1", ""),
            List.of("ocds-b0j0n9-2", "r2", "7", "Paket 2")),
        sheets.get("awards"));
    assertEquals(
        List.of(
            List.of(
                "ocid",
                "id",
                "awards/0/id",
                "awards/0/suppliers/0/id",
                "awards/0/suppliers/0/name"),
            List.of("ocds-b0j0n9-1", "r1", "a1", "", "CV Maju")),
        sheets.get("award_suppliers"));
  }

  @Test
  void aSheetNameIsNeverSharedByTwoPaths() {
    // An additional field called "releases" must not land in the main sheet.
    JsonNode release =
        OcdsJson.parse(
            """
            {"ocid":"ocds-b0j0n9-1","id":"r1","releases":[{"id":"x"}]}""");
    Map<String, List<List<String>>> sheets = ReleaseFlattener.flatten(List.of(release));
    assertEquals(List.of("releases", "releases_2"), List.copyOf(sheets.keySet()));
    assertEquals(List.of("ocid", "id", "releases/0/id"), sheets.get("releases_2").get(0));
  }

  @Test
  void arrayNamesAreMadeSingularForTheirChildren() {
    assertEquals("party", SheetNames.singular("parties"));
    assertEquals("award", SheetNames.singular("awards"));
    assertEquals("relatedProcess", SheetNames.singular("relatedProcesses"));
    assertEquals("address", SheetNames.singular("address"));
  }
}
