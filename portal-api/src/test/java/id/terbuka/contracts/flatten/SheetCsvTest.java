package id.terbuka.contracts.flatten;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetCsvTest {
  @Test
  void fieldsAreQuotedOnlyWhenNeededAndRecordsEndWithCrLf() {
    List<List<String>> rows =
        List.of(
            List.of("ocid", "tender/title"),
            List.of("ocds-b0j0n9-1", "Jalan, jembatan"),
            List.of("ocds-b0j0n9-2", "Kata \"baru\""),
            List.of("ocds-b0j0n9-3", "baris\nkedua"),
            List.of("ocds-b0j0n9-4", ""));
    assertEquals(
        "ocid,tender/title\r\n"
            + "ocds-b0j0n9-1,\"Jalan, jembatan\"\r\n"
            + "ocds-b0j0n9-2,\"Kata \"\"baru\"\"\"\r\n"
            + "ocds-b0j0n9-3,\"baris\nkedua\"\r\n"
            + "ocds-b0j0n9-4,\r\n",
        SheetCsv.text(rows));
  }

  @Test
  void formulasAreNeutralisedButNumbersStayNumbers() {
    List<List<String>> rows =
        List.of(
            List.of("=cmd", "amount"),
            List.of("=HYPERLINK(\"http://x\")", "-1500.50"),
            List.of("+62 812", "-5"),
            List.of("@SUM(A1)", "-2+3"));
    assertEquals(
        "'=cmd,amount\r\n"
            + "\"'=HYPERLINK(\"\"http://x\"\")\",-1500.50\r\n"
            + "'+62 812,-5\r\n"
            + "'@SUM(A1),'-2+3\r\n",
        SheetCsv.text(rows));
  }

  @Test
  void bytesAreUtf8WithoutByteOrderMark() {
    List<List<String>> rows =
        List.of(List.of("nama"), List.of("Dinas Pekerjaan Umum – Bojonegoro"));
    byte[] bytes = SheetCsv.utf8(rows);
    assertArrayEquals(
        "nama\r\nDinas Pekerjaan Umum – Bojonegoro\r\n".getBytes(StandardCharsets.UTF_8), bytes);
    assertEquals('n', bytes[0]);
  }
}
