package id.terbuka.contracts.sheet;

import static id.terbuka.contracts.sheet.ProcurementColumns.HPS;
import static id.terbuka.contracts.sheet.ProcurementColumns.JUMLAH_PESERTA;
import static id.terbuka.contracts.sheet.ProcurementColumns.KATEGORI;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_REKENING;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_RUP;
import static id.terbuka.contracts.sheet.ProcurementColumns.KODE_SKPD;
import static id.terbuka.contracts.sheet.ProcurementColumns.METODE;
import static id.terbuka.contracts.sheet.ProcurementColumns.MULAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_DIBAYAR;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.PAGU;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NAMA;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NPWP;
import static id.terbuka.contracts.sheet.ProcurementColumns.SELESAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_TENDER;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENETAPAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENGUMUMAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENUTUPAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcurementRowParserTest {
  private final ProcurementRowParser parser = new ProcurementRowParser();
  private final Problems problems = new Problems();

  private Optional<ProcurementRow> parse(Rows rows) {
    return parser.parse(rows.importRow(), problems);
  }

  private static ImportProblem problem(
      String column, String value, ProcurementProblem code, Object... args) {
    return ImportProblem.of(2, column, value, code.code(), args);
  }

  private void assertOnlyError(ImportProblem expected) {
    assertEquals(List.of(expected), problems.errors());
  }

  @Test
  void readsTheExampleRow() {
    ProcurementRow row = parse(Rows.example()).orElseThrow();
    assertEquals(0, problems.errorCount() + problems.warningCount());
    assertEquals("51234567", row.kodeRup());
    assertEquals(Kategori.PEKERJAAN_KONSTRUKSI, row.kategori());
    assertEquals(Metode.TENDER, row.metode());
    assertEquals(new BigDecimal("2500000000.00"), row.pagu());
    assertEquals("5.2.04.01.01.0001", row.kodeRekening());
    assertEquals(LocalDate.of(2025, 3, 17), row.tanggalPenutupan());
    assertEquals(5, row.jumlahPeserta());
    assertEquals(TenderStatus.SELESAI, row.statusTender());
    assertEquals("012345678601000", row.pemenangNpwp());
    assertEquals(ContractStatus.BERJALAN, row.statusKontrak());
    assertEquals(new BigDecimal("663150000.00"), row.nilaiDibayar());
    for (Stage stage : Stage.values()) {
      assertTrue(row.fills(stage), stage.name());
    }
  }

  @Test
  void everyEmptyRequiredCellIsReportedAtItsHeaderAsWritten() {
    Rows rows = Rows.example().without(ProcurementColumns.required().toArray(String[]::new));
    rows.header(KODE_RUP, "Kode RUP");
    assertTrue(parse(rows).isEmpty());
    List<String> columns = problems.errors().stream().map(ImportProblem::column).toList();
    assertEquals(
        List.of("Kode RUP", "judul", "kode_skpd", "nama_skpd", "kategori", "metode", "pagu"),
        columns.subList(0, 7));
    assertTrue(
        problems.errors().subList(0, 7).stream()
            .allMatch(p -> p.code().equals("empty_cell") && p.row() == 2));
  }

  @Test
  void aPlanAloneIsARow() {
    ProcurementRow row = parse(Rows.plan()).orElseThrow();
    assertEquals(0, problems.errorCount());
    assertTrue(row.fills(Stage.PLANNING));
    for (Stage stage : List.of(Stage.TENDER, Stage.AWARD, Stage.CONTRACT, Stage.IMPLEMENTATION)) {
      assertTrue(!row.fills(stage), stage.name());
    }
  }

  @Test
  void closedVocabulariesNameTheirValues() {
    parse(Rows.example().with(KATEGORI, "alat berat"));
    assertOnlyError(
        problem(
            KATEGORI,
            "alat berat",
            ProcurementProblem.UNKNOWN_VALUE,
            "barang, pekerjaan_konstruksi, jasa_konsultansi, jasa_lainnya"));
  }

  @ParameterizedTest
  @CsvSource({
    "Tender Cepat, TENDER_CEPAT",
    "E-Purchasing, E_PURCHASING",
    "PENGADAAN LANGSUNG, PENGADAAN_LANGSUNG",
    "swakelola, SWAKELOLA"
  })
  void vocabularyCellsAreReadAsPeopleWriteThem(String cell, Metode expected) {
    assertEquals(Optional.of(expected), Metode.parse(cell));
  }

  @Test
  void unknownStatusesAreErrors() {
    parse(Rows.example().with(STATUS_TENDER, "menang").with(STATUS_KONTRAK, "jalan"));
    assertEquals(
        List.of(STATUS_TENDER, STATUS_KONTRAK),
        problems.errors().stream().map(ImportProblem::column).toList());
  }

  @Test
  void indonesianAndSpreadsheetNumbersAreRead() {
    ProcurementRow text = parse(Rows.example().with(PAGU, "Rp 2.500.000.000,50")).orElseThrow();
    assertEquals(new BigDecimal("2500000000.50"), text.pagu());
    ProcurementRow xlsx =
        Rows.example().fromXlsx().with(PAGU, "2.5E9").with(JUMLAH_PESERTA, "5.0").parsed();
    assertEquals(new BigDecimal("2500000000.00"), xlsx.pagu());
    assertEquals(5, xlsx.jumlahPeserta());
  }

  @ParameterizedTest
  @CsvSource({"'12,5,0', not_a_number", "-5000, negative_amount", "'1234,567', too_many_decimals"})
  void wrongAmountsHaveTheirCodes(String cell, String code) {
    parse(Rows.example().with(HPS, cell));
    assertEquals(1, problems.errorCount());
    assertEquals(code, problems.errors().get(0).code());
    assertEquals(HPS, problems.errors().get(0).column());
  }

  @Test
  void anAmountTooLargeNamesTheLimit() {
    parse(Rows.example().with(NILAI_DIBAYAR, "1" + "0".repeat(20)));
    assertOnlyError(
        problem(
            NILAI_DIBAYAR,
            "1" + "0".repeat(20),
            ProcurementProblem.AMOUNT_TOO_LARGE,
            "999999999999999999.99"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tiga", "-1", "2.5"})
  void numberOfBiddersIsAWholeNumber(String cell) {
    parse(Rows.example().with(JUMLAH_PESERTA, cell));
    assertOnlyError(problem(JUMLAH_PESERTA, cell, ProcurementProblem.NOT_A_COUNT, 100000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/03/2025", "2025-3-3", "2025-02-30", "1999-12-31", "3 Maret 2025"})
  void datesAreYearMonthDay(String cell) {
    parse(Rows.example().with(TANGGAL_PENGUMUMAN, cell));
    assertOnlyError(problem(TANGGAL_PENGUMUMAN, cell, ProcurementProblem.BAD_DATE, 2000, 2100));
  }

  @Test
  void closingBeforeAnnouncementIsAnErrorOnTheClosingDate() {
    parse(Rows.example().with(TANGGAL_PENUTUPAN, "2025-03-01"));
    assertOnlyError(
        problem(
            TANGGAL_PENUTUPAN,
            "2025-03-01",
            ProcurementProblem.DATE_OUT_OF_ORDER,
            TANGGAL_PENGUMUMAN,
            "2025-03-03"));
  }

  @Test
  void aStepIsComparedWithTheLatestEarlierDateGiven() {
    parse(Rows.example().without(TANGGAL_PENETAPAN).with(TANGGAL_KONTRAK, "2025-03-10"));
    assertOnlyError(
        problem(
            TANGGAL_KONTRAK,
            "2025-03-10",
            ProcurementProblem.DATE_OUT_OF_ORDER,
            TANGGAL_PENUTUPAN,
            "2025-03-17"));
  }

  @Test
  void contractEndBeforeItsStartIsAnError() {
    parse(Rows.example().with(SELESAI_KONTRAK, "2025-04-01"));
    assertOnlyError(
        problem(
            SELESAI_KONTRAK,
            "2025-04-01",
            ProcurementProblem.DATE_OUT_OF_ORDER,
            MULAI_KONTRAK,
            "2025-04-08"));
  }

  @Test
  void aContractWithoutAWinnerIsAnError() {
    parse(Rows.example().without(PEMENANG_NAMA));
    assertOnlyError(
        problem(PEMENANG_NAMA, "", ProcurementProblem.CONTRACT_WITHOUT_WINNER, "nomor_kontrak"));
  }

  @Test
  void awardDetailsWithoutAWinnerNeedTheWinner() {
    Rows rows = Rows.plan().with(TANGGAL_PENETAPAN, "2025-03-28");
    parse(rows);
    assertOnlyError(
        problem(PEMENANG_NAMA, "", ProcurementProblem.PREREQUISITE_MISSING, TANGGAL_PENETAPAN));
  }

  @Test
  void aPaymentNeedsItsContract() {
    parse(Rows.example().without(ProcurementColumns.CONTRACT_COLUMNS.toArray(String[]::new)));
    assertEquals(
        List.of(
            problem(NILAI_KONTRAK, "", ProcurementProblem.PREREQUISITE_MISSING, NILAI_DIBAYAR),
            problem(TANGGAL_KONTRAK, "", ProcurementProblem.PREREQUISITE_MISSING, NILAI_DIBAYAR)),
        problems.errors());
  }

  @Test
  void aPaymentOfZeroIsNoPayment() {
    ProcurementRow row = parse(Rows.plan().with(NILAI_DIBAYAR, "0")).orElseThrow();
    assertTrue(!row.fills(Stage.IMPLEMENTATION));
  }

  @Test
  void anOpenTendersWinnerNeedsTheAnnouncement() {
    parse(Rows.example().without(TANGGAL_PENGUMUMAN));
    assertOnlyError(
        problem(TANGGAL_PENGUMUMAN, "", ProcurementProblem.PREREQUISITE_MISSING, PEMENANG_NAMA));
  }

  @Test
  void aDirectProcurementsWinnerNeedsNoTender() {
    Rows rows =
        Rows.example()
            .with(METODE, "pengadaan_langsung")
            .without(TANGGAL_PENGUMUMAN, TANGGAL_PENUTUPAN, JUMLAH_PESERTA, STATUS_TENDER, HPS);
    ProcurementRow row = parse(rows).orElseThrow();
    assertTrue(!row.fills(Stage.TENDER));
    assertTrue(row.fills(Stage.CONTRACT));
  }

  @Test
  void anAnnouncedStatusNeedsItsDate() {
    parse(Rows.plan().with(STATUS_TENDER, "diumumkan"));
    assertOnlyError(
        problem(TANGGAL_PENGUMUMAN, "", ProcurementProblem.PREREQUISITE_MISSING, STATUS_TENDER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"direncanakan", "diumumkan", "batal", "gagal"})
  void aWinnerNeedsATenderThatHasOne(String status) {
    parse(Rows.example().with(STATUS_TENDER, status));
    assertOnlyError(problem(STATUS_TENDER, status, ProcurementProblem.AWARD_TENDER_STATUS));
  }

  @Test
  void aWinnerNeedsBidders() {
    parse(Rows.example().with(JUMLAH_PESERTA, "0"));
    assertOnlyError(problem(JUMLAH_PESERTA, "0", ProcurementProblem.WINNER_WITHOUT_BIDDERS));
  }

  @Test
  void swakelolaFillsNoProviderSelection() {
    parse(Rows.plan().with(METODE, "swakelola").with(HPS, "100000").with(NILAI_DIBAYAR, "5"));
    assertEquals(
        List.of(
            problem(HPS, "100000", ProcurementProblem.NOT_FOR_SWAKELOLA),
            problem(NILAI_DIBAYAR, "5", ProcurementProblem.NOT_FOR_SWAKELOLA)),
        problems.errors());
  }

  @Test
  void aKodeRupTwiceIsAnErrorOnTheLaterRow() {
    assertTrue(parser.parse(Rows.example().number(2).importRow(), problems).isPresent());
    assertTrue(parser.parse(Rows.example().number(9).importRow(), problems).isEmpty());
    assertEquals(
        List.of(
            ImportProblem.of(
                9, KODE_RUP, "51234567", ProcurementProblem.DUPLICATE_KODE_RUP.code(), 2)),
        problems.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"RUP 123", "123#4", "-12"})
  void kodeRupIsLettersDigitsAndDashes(String cell) {
    parse(Rows.example().with(KODE_RUP, cell));
    assertOnlyError(problem(KODE_RUP, cell, ProcurementProblem.MALFORMED_KODE_RUP, 40));
  }

  @Test
  void codesHaveTheirShapes() {
    parse(Rows.example().with(KODE_SKPD, "1-03").with(KODE_REKENING, "4.1.01"));
    assertEquals(
        List.of(
            problem(KODE_SKPD, "1-03", ProcurementProblem.MALFORMED_UNIT_CODE, 60),
            problem(KODE_REKENING, "4.1.01", ProcurementProblem.MALFORMED_ACCOUNT_CODE)),
        problems.errors());
  }

  @Test
  void tooLongATitleIsAnError() {
    String title = "x".repeat(1001);
    parse(Rows.example().with(ProcurementColumns.JUDUL, title));
    assertOnlyError(problem(ProcurementColumns.JUDUL, title, ProcurementProblem.TOO_LONG, 1000));
  }

  @ParameterizedTest
  @CsvSource({
    "01.234.567.8-601.000, 012345678601000",
    "02.111.222.3-456.000, 021112223456000",
    "0012345678601000, 012345678601000",
    "0031112223456000, 031112223456000"
  })
  void aCompanysNpwpIsKeptAsFifteenDigits(String cell, String kept) {
    ProcurementRow row = parse(Rows.example().with(PEMENANG_NPWP, cell)).orElseThrow();
    assertEquals(kept, row.pemenangNpwp());
    assertEquals(0, problems.warningCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3522011203850004", "07.234.567.8-601.000", "0091234567601000"})
  void aPersonsNumberIsDroppedWithAWarningThatDoesNotRepeatIt(String cell) {
    ProcurementRow row = parse(Rows.example().with(PEMENANG_NPWP, cell)).orElseThrow();
    assertNull(row.pemenangNpwp());
    assertEquals(
        List.of(problem(PEMENANG_NPWP, null, ProcurementProblem.NPWP_PERSONAL_OMITTED)),
        problems.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5812345678", "01.234.567.8-601.00X", "12345678901234567"})
  void anNpwpIsFifteenOrSixteenDigits(String cell) {
    parse(Rows.example().with(PEMENANG_NPWP, cell));
    assertOnlyError(problem(PEMENANG_NPWP, cell, ProcurementProblem.MALFORMED_NPWP));
  }

  @Test
  void hpsAbovePaguAndPaymentAboveContractAreWarnings() {
    parse(Rows.example().with(HPS, "2600000000").with(NILAI_DIBAYAR, "2300000000")).orElseThrow();
    assertEquals(
        List.of(
            problem(HPS, "2600000000", ProcurementProblem.HPS_ABOVE_PAGU, "Rp 2.500.000.000"),
            problem(
                NILAI_DIBAYAR,
                "2300000000",
                ProcurementProblem.PAID_ABOVE_CONTRACT,
                "Rp 2.210.500.000")),
        problems.warnings());
  }
}
