package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetLineParserTest {
  private final BudgetLineParser parser = new BudgetLineParser(2025);
  private final Problems problems = new Problems();

  private static Map<String, String> good() {
    Map<String, String> cells = new HashMap<>(BudgetColumns.exampleRow());
    cells.remove(BudgetColumns.KODE_SUB_KEGIATAN);
    cells.remove(BudgetColumns.NAMA_SUB_KEGIATAN);
    return cells;
  }

  /** Headers as a publisher wrote them, so problems must name these. */
  private static final Map<String, String> HEADERS =
      Map.of(
          "tahun", "Tahun",
          "periode", "Periode",
          "kode_skpd", "Kode SKPD",
          "kode_rekening", "Kode Rekening",
          "anggaran", "Anggaran",
          "realisasi", "Realisasi",
          "kode_sub_kegiatan", "Kode Sub Kegiatan",
          "nama_sub_kegiatan", "Nama Sub Kegiatan");

  private Optional<BudgetLine> parse(Map<String, String> cells) {
    return parser.parse(new ImportRow(17, cells, HEADERS, false), problems);
  }

  private Optional<BudgetLine> parseWith(String column, String value) {
    Map<String, String> cells = good();
    cells.put(column, value);
    return parse(cells);
  }

  private static ImportProblem problem(
      String header, String value, BudgetProblem code, Object... args) {
    return ImportProblem.of(17, header, value, code.code(), args);
  }

  @Test
  void readsAGoodRow() {
    Map<String, String> cells = good();
    cells.put("anggaran", "1.234.567,89");
    cells.put("periode", "tw2");
    BudgetLine line = parse(cells).orElseThrow();
    assertEquals(0, problems.errorCount());
    assertEquals(17, line.row());
    assertEquals(2024, line.tahun());
    assertEquals(Period.TW2, line.periode());
    assertEquals("1.02.0.00.0.00.01.0000", line.kodeSkpd());
    assertEquals("Dinas Kesehatan", line.namaSkpd());
    assertEquals(AccountCode.of("5.1.02.01.01.0024"), line.kodeRekening());
    assertEquals("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", line.uraian());
    assertEquals(new BigDecimal("1234567.89"), line.anggaran());
    assertEquals(new BigDecimal("3150000.00"), line.realisasi());
    assertEquals(Optional.empty(), line.subKegiatan());
  }

  @Test
  void readsTheOptionalSubActivity() {
    Map<String, String> cells = good();
    cells.put("kode_sub_kegiatan", "1.02.02.2.01.0002");
    cells.put("nama_sub_kegiatan", "Pembangunan Puskesmas");
    BudgetLine line = parse(cells).orElseThrow();
    assertEquals(
        Optional.of(
            new SubActivity(new SubActivityCode("1.02.02.2.01.0002"), "Pembangunan Puskesmas")),
        line.subKegiatan());
  }

  @Test
  void aSubActivityCodeWithoutNameIsFine() {
    BudgetLine line = parseWith("kode_sub_kegiatan", "1.02.02.2.01.0002").orElseThrow();
    assertEquals("", line.subKegiatan().orElseThrow().name());
  }

  @Test
  void reportsEveryProblemOfARowInColumnOrder() {
    Map<String, String> cells = good();
    cells.put("tahun", "24");
    cells.put("periode", "Q1");
    cells.put("kode_skpd", "DINKES");
    cells.put("kode_rekening", "5.1.2");
    cells.put("anggaran", "12,5,0");
    cells.put("realisasi", "-100");
    cells.put("kode_sub_kegiatan", "1.02.02");
    assertEquals(Optional.empty(), parse(cells));
    assertEquals(
        List.of(
            problem("Tahun", "24", BudgetProblem.BAD_YEAR, 2000, 2026),
            problem(
                "Periode",
                "Q1",
                BudgetProblem.UNKNOWN_PERIOD,
                "B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12, TW1, TW2, TW3, TW4,"
                    + " S1, S2, TAHUNAN"),
            problem("Kode SKPD", "DINKES", BudgetProblem.MALFORMED_UNIT_CODE, 60),
            problem(
                "Kode Rekening",
                "5.1.2",
                BudgetProblem.MALFORMED_ACCOUNT_CODE,
                "A.K.JJ.OO.RR.SSSS"),
            problem("Anggaran", "12,5,0", BudgetProblem.NOT_A_NUMBER),
            problem("Realisasi", "-100", BudgetProblem.NEGATIVE_AMOUNT),
            problem("Kode Sub Kegiatan", "1.02.02", BudgetProblem.MALFORMED_SUB_ACTIVITY_CODE)),
        problems.errors());
  }

  @Test
  void emptyRequiredCellsAreEachReported() {
    Map<String, String> cells = good();
    cells.put("tahun", "");
    cells.remove("nama_skpd");
    cells.put("uraian", "  ");
    cells.put("realisasi", "");
    assertEquals(Optional.empty(), parse(cells));
    assertEquals(
        List.of(
            problem("Tahun", "", BudgetProblem.EMPTY_CELL),
            problem("nama_skpd", "", BudgetProblem.EMPTY_CELL),
            problem("uraian", "  ", BudgetProblem.EMPTY_CELL),
            problem("Realisasi", "", BudgetProblem.EMPTY_CELL)),
        problems.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1999", "2027", "20245", "2024.0", "tahun", "-2024"})
  void yearsOutsideTheRangeAreBad(String tahun) {
    assertEquals(Optional.empty(), parseWith("tahun", tahun));
    assertEquals(
        List.of(problem("Tahun", tahun, BudgetProblem.BAD_YEAR, 2000, 2026)), problems.errors());
  }

  @Test
  void theYearAfterTheCurrentOneIsAccepted() {
    Map<String, String> cells = good();
    cells.put("tahun", "2026");
    assertEquals(2026, parse(cells).orElseThrow().tahun());
    cells.put("tahun", "2000");
    cells.put("kode_rekening", "5.1.02.01.01.024");
    assertEquals(2000, parse(cells).orElseThrow().tahun());
  }

  @Test
  void theAccountCodeWidthFollowsTheYear() {
    Map<String, String> cells = good();
    cells.put("tahun", "2020");
    assertEquals(Optional.empty(), parse(cells));
    assertEquals(
        List.of(
            problem(
                "Kode Rekening",
                "5.1.02.01.01.0024",
                BudgetProblem.MALFORMED_ACCOUNT_CODE,
                "A.K.JJ.OO.RR.SSS")),
        problems.errors());
  }

  @Test
  void aBadYearStillLetsTheAccountCodeBeChecked() {
    Map<String, String> cells = good();
    cells.put("tahun", "1990");
    cells.put("kode_rekening", "7.1");
    assertEquals(Optional.empty(), parse(cells));
    assertEquals(
        List.of(
            problem("Tahun", "1990", BudgetProblem.BAD_YEAR, 2000, 2026),
            problem("Kode Rekening", "7.1", BudgetProblem.ACCOUNT_NOT_IN_LRA, 7)),
        problems.errors());
  }

  @Test
  void akunOutsideTheReportIsItsOwnProblem() {
    assertEquals(Optional.empty(), parseWith("kode_rekening", "1.1.01"));
    assertEquals(
        List.of(problem("Kode Rekening", "1.1.01", BudgetProblem.ACCOUNT_NOT_IN_LRA, 1)),
        problems.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {".1.02", "1.02.", "1..02", "1,02", "1.02 0", "x"})
  void unitCodesAreDigitGroupsSeparatedByDots(String kode) {
    assertEquals(Optional.empty(), parseWith("kode_skpd", kode));
    assertEquals(
        List.of(problem("Kode SKPD", kode, BudgetProblem.MALFORMED_UNIT_CODE, 60)),
        problems.errors());
  }

  @Test
  void unitCodesHaveAMaximumLength() {
    String sixty = "1." + "0".repeat(58);
    assertTrue(parseWith("kode_skpd", sixty).isPresent());
    assertEquals(Optional.empty(), parseWith("kode_skpd", sixty + "0"));
    assertEquals(1, problems.errorCount());
    assertEquals("malformed_unit_code", problems.errors().get(0).code());
  }

  @Test
  void aSubActivityNameNeedsItsCode() {
    assertEquals(Optional.empty(), parseWith("nama_sub_kegiatan", "Pembangunan Puskesmas"));
    assertEquals(
        List.of(
            problem(
                "Nama Sub Kegiatan",
                "Pembangunan Puskesmas",
                BudgetProblem.SUB_ACTIVITY_NAME_WITHOUT_CODE)),
        problems.errors());
  }

  @Test
  void amountsProblemsHaveTheirOwnCodes() {
    Map<String, String> cells = good();
    cells.put("anggaran", "1,234");
    cells.put("realisasi", "1000000000000000000");
    assertEquals(Optional.empty(), parse(cells));
    assertEquals(
        List.of(
            problem("Anggaran", "1,234", BudgetProblem.TOO_MANY_DECIMALS),
            problem(
                "Realisasi",
                "1000000000000000000",
                BudgetProblem.AMOUNT_TOO_LARGE,
                "999999999999999999.99")),
        problems.errors());
  }

  @Test
  void spreadsheetRowsReadNumberCellsInPlainForm() {
    Map<String, String> cells = good();
    cells.put("anggaran", "1.234");
    BudgetLine csv = parser.parse(new ImportRow(2, cells, HEADERS, false), problems).orElseThrow();
    assertEquals(new BigDecimal("1234.00"), csv.anggaran());
    assertEquals(Optional.empty(), parser.parse(new ImportRow(3, cells, HEADERS, true), problems));
    assertEquals("too_many_decimals", problems.errors().get(0).code());
    cells.put("anggaran", "1234.5");
    BudgetLine xlsx = parser.parse(new ImportRow(4, cells, HEADERS, true), problems).orElseThrow();
    assertEquals(new BigDecimal("1234.50"), xlsx.anggaran());
  }

  @Test
  void problemsOfEarlierRowsDoNotRejectALaterGoodRow() {
    parseWith("tahun", "x");
    assertTrue(parse(good()).isPresent());
    assertEquals(1, problems.errorCount());
  }
}
