package id.terbuka.contracts.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void jsonCarriesCountsIssuesAndAdditionalFieldsInSnakeCase() {
    ValidationReport report =
        new ValidationReport(
            List.of(new ValidationIssue("/releases/0/date", "required", "'date' is missing")),
            3,
            List.of(new ValidationIssue("/releases/0/x", "additional_field", "'x' is not defined")),
            1,
            2,
            1,
            Map.of("releases/x", 1L));

    assertEquals(
        "{\"valid\":false,\"error_count\":3,"
            + "\"errors\":[{\"path\":\"/releases/0/date\",\"code\":\"required\","
            + "\"message\":\"'date' is missing\"}],"
            + "\"warning_count\":1,"
            + "\"warnings\":[{\"path\":\"/releases/0/x\",\"code\":\"additional_field\","
            + "\"message\":\"'x' is not defined\"}],"
            + "\"release_count\":2,\"ocid_count\":1,\"additional_fields\":{\"releases/x\":1}}",
        OcdsJson.write(report.toJson()));
  }

  @Test
  void warningsAloneLeaveAPackageValid() {
    ValidationReport report =
        new ValidationReport(
            List.of(),
            0,
            List.of(new ValidationIssue("/uri", "empty_value", "empty string should be omitted")),
            1,
            0,
            0,
            Map.of());

    assertTrue(report.valid());
    assertTrue(report.toJson().get("valid").asBoolean());
  }

  @Test
  void errorsMakeItInvalid() {
    ValidationReport report =
        new ValidationReport(
            List.of(new ValidationIssue("", "invalid_json", "not valid JSON")),
            1,
            List.of(),
            0,
            0,
            0,
            Map.of());

    assertFalse(report.valid());
  }
}
