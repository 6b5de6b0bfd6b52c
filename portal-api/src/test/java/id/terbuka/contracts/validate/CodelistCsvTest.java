package id.terbuka.contracts.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodelistCsvTest {

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
    String csv =
        "Category,Code,Title\r\n"
            + "intelligibility,\"plannedProcurementNotice\",\"Planned, \"\"procurement\"\"\nnotice\"\r\n"
            + "basic,tenderNotice,Tender notice\n";

    assertEquals(
        List.of(
            List.of("Category", "Code", "Title"),
            List.of(
                "intelligibility", "plannedProcurementNotice", "Planned, \"procurement\"\nnotice"),
            List.of("basic", "tenderNotice", "Tender notice")),
        CodelistCsv.rows(csv));
    assertEquals(Set.of("plannedProcurementNotice", "tenderNotice"), CodelistCsv.codes(csv, "t"));
  }

  @Test
  void theCodeColumnIsFoundWhereverItIs() {
    Set<String> documentTypes = CodelistCsv.codes("documentType.csv");

    assertEquals(41, documentTypes.size());
    assertTrue(documentTypes.contains("tenderNotice"));
  }

  @Test
  void bundledCodelistsAreComplete() {
    assertEquals(10, CodelistCsv.codes("partyRole.csv").size());
    assertTrue(CodelistCsv.codes("currency.csv").contains("IDR"));
  }
}
