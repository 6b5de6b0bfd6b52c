package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.DUSUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ID_KELUARGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JUMLAH_KK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KELOMPOK_DASAWISMA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KODE_DESA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KRITERIA_RUMAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.MAKANAN_POKOK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RT;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RW;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SUMBER_AIR;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TAHUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TEMPAT_SAMPAH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdRowParserTest {
  private final HouseholdRowParser parser = HouseholdRows.parser();
  private final Problems problems = new Problems();

  private Optional<Household> parse(HouseholdRows rows) {
    return parser.parse(rows.importRow(), problems);
  }

  private static ImportProblem problem(
      String column, String value, HouseholdProblem code, Object... args) {
    return ImportProblem.of(2, column, value, code.code(), args);
  }

  private void assertOnlyError(HouseholdRows rows, ImportProblem expected) {
    assertTrue(parse(rows).isEmpty(), "a row with an error gives no household");
    assertEquals(List.of(expected), problems.errors());
  }

  @Test
  void readsTheExampleRow() {
    Household h = parse(HouseholdRows.example()).orElseThrow();
    assertEquals(0, problems.errorCount() + problems.warningCount());
    assertEquals(new HouseholdKey(2025, "35.22.01.2001", "Melati 3", "017"), h.key());
    assertEquals("Krajan", h.dusun());
    assertEquals(2, h.rw());
    assertEquals(5, h.rt());
    assertEquals(new Members(1, 2, 2, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0), h.members());
    assertEquals(
        new Living(
            KriteriaRumah.SEHAT,
            true,
            true,
            1,
            SumberAir.SUMUR,
            false,
            MakananPokok.BERAS,
            false,
            true,
            false,
            true),
        h.living());
  }

  @Test
  void everyEmptyRequiredCellIsReportedAtItsHeaderAsWritten() {
    HouseholdRows rows =
        HouseholdRows.example().without(HouseholdColumns.names().toArray(String[]::new));
    rows.header(TAHUN, "Tahun");
    assertTrue(parse(rows).isEmpty());
    List<String> expected =
        HouseholdColumns.names().stream()
            .filter(c -> !c.equals(DUSUN))
            .map(c -> c.equals(TAHUN) ? "Tahun" : c)
            .toList();
    assertEquals(expected, problems.errors().stream().map(ImportProblem::column).toList());
    assertTrue(
        problems.errors().stream()
            .allMatch(p -> p.code().equals("empty_cell") && p.row() == 2 && p.value().isEmpty()));
  }

  @Test
  void dusunMayBeEmptyAsInAKelurahan() {
    Household h = HouseholdRows.example().with(KODE_DESA, "35.22.15.1001").without(DUSUN).parsed();
    assertEquals("", h.dusun());
    assertEquals("35.22.15.1001", h.key().kodeDesa());
  }

  @Test
  void everyProblemOfARowIsReportedNotJustTheFirst() {
    HouseholdRows rows =
        HouseholdRows.example()
            .with(TAHUN, "2013")
            .with(KODE_DESA, "35.22.01")
            .with(BALITA_L, "x")
            .with(SUMBER_AIR, "hujan")
            .number(7);
    assertTrue(parse(rows).isEmpty());
    assertEquals(
        List.of("bad_year", "malformed_kode_desa", "not_a_count", "unknown_value"),
        problems.errors().stream().map(ImportProblem::code).toList());
    assertTrue(problems.errors().stream().allMatch(p -> p.row() == 7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013", "2026", "25", "20255", "tahun", "2025.0"})
  void theYearRunsFrom2014ToTheCurrentYear(String year) {
    assertOnlyError(
        HouseholdRows.example().with(TAHUN, year),
        problem(TAHUN, year, HouseholdProblem.BAD_YEAR, 2014, 2025));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014", "2025"})
  void theYearsAtTheEdgesAreAccepted(String year) {
    assertEquals(
        Integer.parseInt(year), HouseholdRows.example().with(TAHUN, year).parsed().key().tahun());
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.22.01", "35.22", "3522012001", "35.22.1.2001", "35-22-01-2001"})
  void aDesaCodeHasTheShapeWithDots(String code) {
    assertOnlyError(
        HouseholdRows.example().with(KODE_DESA, code),
        problem(KODE_DESA, code, HouseholdProblem.MALFORMED_KODE_DESA));
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.22.01.2999", "35.21.01.2001", "35.22.02.2001"})
  void aDesaCodeMustBeADesaOrKelurahanOfTheRegency(String code) {
    assertOnlyError(
        HouseholdRows.example().with(KODE_DESA, code),
        problem(KODE_DESA, code, HouseholdProblem.UNKNOWN_DESA, "Kabupaten Bojonegoro"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.22.01.2001", "35.22.01.2002", "35.22.15.1001"})
  void desaAndKelurahanOfTheRegencyAreAccepted(String code) {
    assertEquals(code, HouseholdRows.example().with(KODE_DESA, code).parsed().key().kodeDesa());
  }

  @ParameterizedTest
  @CsvSource({"rt,0", "rt,1000", "rt,5a", "rt,-1", "rw,0", "rw,RW 02", "rw,2.5"})
  void rtAndRwAreNumbersFromOne(String column, String value) {
    assertOnlyError(
        HouseholdRows.example().with(column, value),
        problem(column, value, HouseholdProblem.BAD_RT_RW, 999));
  }

  @Test
  void rtAndRwMayHaveLeadingZeros() {
    Household h = HouseholdRows.example().with(RT, "005").with(RW, "999").parsed();
    assertEquals(5, h.rt());
    assertEquals(999, h.rw());
  }

  @Test
  void freeTextHasItsWhitespaceCollapsed() {
    Household h =
        HouseholdRows.example()
            .with(KELOMPOK_DASAWISMA, "Melati \t  3")
            .with(DUSUN, "Krajan   Timur")
            .parsed();
    assertEquals("Melati 3", h.key().kelompokDasawisma());
    assertEquals("Krajan Timur", h.dusun());
  }

  @ParameterizedTest
  @CsvSource({"kelompok_dasawisma,60", "dusun,100"})
  void freeTextHasALimit(String column, int max) {
    HouseholdRows.example().with(column, "a".repeat(max)).parsed();
    String tooLong = "a".repeat(max + 1);
    assertOnlyError(
        HouseholdRows.example().with(column, tooLong),
        problem(column, tooLong, HouseholdProblem.TOO_LONG, max));
  }

  @ParameterizedTest
  @ValueSource(strings = {"017", "KRT-12", "3/17", "A.1", "aaaaaaaaaaaaaaaaaaaa"})
  void householdNumbersOfTheCadresOwnAreAccepted(String id) {
    assertEquals(id, HouseholdRows.example().with(ID_KELUARGA, id).parsed().key().idKeluarga());
  }

  @ParameterizedTest
  @ValueSource(strings = {"01 7", "-17", "17-", "1..7", "Bu Siti", "aaaaaaaaaaaaaaaaaaaaa", "#5"})
  void aMalformedHouseholdNumberIsReported(String id) {
    assertOnlyError(
        HouseholdRows.example().with(ID_KELUARGA, id),
        problem(ID_KELUARGA, id, HouseholdProblem.MALFORMED_ID_KELUARGA, 20));
  }

  @ParameterizedTest
  @CsvSource({
    "id_keluarga,3522011203850001",
    "id_keluarga,3522 0112 0385 0001",
    "id_keluarga,35.22.01.1203.850001",
    "dusun,Krajan NIK 3522011203850001",
    "kelompok_dasawisma,KK 3522010101010001"
  })
  void aNikOrKkNumberInFreeTextIsRefusedWithoutRepeatingIt(String column, String value) {
    assertOnlyError(
        HouseholdRows.example().with(column, value),
        problem(column, null, HouseholdProblem.LOOKS_LIKE_NIK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"35.22.01.2001.001", "352201200100017"})
  void fifteenDigitsAreNoNik(String id) {
    assertEquals(id, HouseholdRows.example().with(ID_KELUARGA, id).parsed().key().idKeluarga());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1.5", "dua", "100", "1e2", "+1"})
  void countsAreWholeNumbersFromZeroTo99(String value) {
    for (String column : HouseholdColumns.COUNTS) {
      Problems own = new Problems();
      HouseholdRowParser fresh = HouseholdRows.parser();
      assertTrue(
          fresh.parse(HouseholdRows.example().with(column, value).importRow(), own).isEmpty());
      assertEquals(
          List.of(problem(column, value, HouseholdProblem.NOT_A_COUNT, 99)), own.errors(), column);
    }
  }

  @Test
  void countsAtTheEdgesAreAccepted() {
    Household h =
        HouseholdRows.example()
            .with(ANGGOTA_L, "99")
            .with(BALITA_L, "0")
            .with(HouseholdColumns.JAMBAN, "00")
            .parsed();
    assertEquals(99, h.members().anggotaL());
    assertEquals(0, h.members().balitaL());
    assertEquals(0, h.living().jamban());
  }

  /** The example has anggota_l = 2, anggota_p = 2, wus = 2; each part one above its whole. */
  @ParameterizedTest
  @CsvSource({
    "balita_l,3,anggota_l,2",
    "buta_huruf_l,3,anggota_l,2",
    "balita_p,3,anggota_p,2",
    "buta_huruf_p,3,anggota_p,2",
    "wus,3,anggota_p,2",
    "ibu_hamil,3,anggota_p,2",
    "ibu_menyusui,3,anggota_p,2",
    "pus,3,wus,2",
    "lansia,5,anggota_l + anggota_p,4",
    "berkebutuhan_khusus,5,anggota_l + anggota_p,4",
    "jumlah_kk,5,anggota_l + anggota_p,4"
  })
  void aPartIsNeverLargerThanItsWhole(String part, String value, String whole, int wholeValue) {
    assertOnlyError(
        HouseholdRows.example().with(part, value),
        problem(part, value, HouseholdProblem.COUNT_ABOVE, whole, wholeValue));
  }

  @ParameterizedTest
  @CsvSource({
    "balita_l,2",
    "buta_huruf_p,2",
    "wus,2",
    "pus,2",
    "lansia,4",
    "berkebutuhan_khusus,4",
    "jumlah_kk,4"
  })
  void aPartEqualToItsWholeIsAccepted(String part, String value) {
    HouseholdRows.example().with(part, value).parsed();
  }

  @Test
  void theWholeIsNamedAsTheFileWritesIt() {
    assertOnlyError(
        HouseholdRows.example().with(BALITA_L, "3").header(ANGGOTA_L, "Anggota L"),
        problem(BALITA_L, "3", HouseholdProblem.COUNT_ABOVE, "Anggota L", 2));
  }

  @Test
  void aRuleWithAnUnreadableWholeIsLeftToThatCellsOwnProblem() {
    assertOnlyError(
        HouseholdRows.example().with(ANGGOTA_L, "dua").with(BALITA_L, "3"),
        problem(ANGGOTA_L, "dua", HouseholdProblem.NOT_A_COUNT, 99));
  }

  @Test
  void aHouseholdHasAtLeastOneFamily() {
    assertOnlyError(
        HouseholdRows.example().with(JUMLAH_KK, "0"),
        problem(JUMLAH_KK, "0", HouseholdProblem.NO_FAMILY));
  }

  @Test
  void vocabulariesReadAnyCaseAndSeparator() {
    Household h =
        HouseholdRows.example()
            .with(KRITERIA_RUMAH, "Kurang Sehat")
            .with(SUMBER_AIR, "PDAM")
            .with(MAKANAN_POKOK, "non-beras")
            .parsed();
    assertEquals(KriteriaRumah.KURANG_SEHAT, h.living().kriteriaRumah());
    assertEquals(SumberAir.PDAM, h.living().sumberAir());
    assertEquals(MakananPokok.NON_BERAS, h.living().makananPokok());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kriteria_rumah|baik|sehat, kurang_sehat",
        "sumber_air|air hujan|pdam, sumur, sungai, lainnya",
        "makanan_pokok|jagung|beras, non_beras"
      })
  void aValueOutsideTheVocabularyIsReported(String column, String value, String accepted) {
    assertOnlyError(
        HouseholdRows.example().with(column, value),
        problem(column, value, HouseholdProblem.UNKNOWN_VALUE, accepted));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ya", "Ya", "YA", "y", "Y", "1", "true", "TRUE", "True"})
  void yesIsWrittenInManyWays(String yes) {
    for (String column : HouseholdColumns.YES_NO) {
      Household h = HouseholdRows.example().with(column, yes).parsed();
      assertEquals(YesNo.YES, HouseholdContent.cells(h).get(column), column);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tidak", "Tidak", "TIDAK", "t", "T", "0", "false", "FALSE"})
  void noIsWrittenInManyWays(String no) {
    for (String column : HouseholdColumns.YES_NO) {
      Household h = HouseholdRows.example().with(column, no).parsed();
      assertEquals(YesNo.NO, HouseholdContent.cells(h).get(column), column);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "n", "2", "ada", "ya/tidak", "-"})
  void otherYesNoSpellingsAreReported(String value) {
    for (String column : HouseholdColumns.YES_NO) {
      Problems own = new Problems();
      assertTrue(
          HouseholdRows.parser()
              .parse(HouseholdRows.example().with(column, value).importRow(), own)
              .isEmpty());
      assertEquals(
          List.of(
              problem(
                  column, value, HouseholdProblem.NOT_YES_NO, "ya/tidak, y/t, 1/0, true/false")),
          own.errors(),
          column);
    }
  }

  @Test
  void theSameKeyTwiceInAFileIsReportedOnTheLaterRow() {
    assertTrue(parse(HouseholdRows.example()).isPresent());
    HouseholdRows again =
        HouseholdRows.example().with(KELOMPOK_DASAWISMA, "Melati  3").with(ANGGOTA_L, "3");
    assertOnlyError(
        again.number(9), ImportProblem.of(9, ID_KELUARGA, "017", "duplicate_household", 2));
  }

  @ParameterizedTest
  @CsvSource({
    "tahun,2024",
    "kode_desa,35.22.01.2002",
    "kelompok_dasawisma,Melati 4",
    "id_keluarga,018"
  })
  void aDifferentKeyIsAnotherHousehold(String column, String value) {
    assertTrue(parse(HouseholdRows.example()).isPresent());
    assertTrue(parse(HouseholdRows.example().with(column, value).number(3)).isPresent());
    assertEquals(0, problems.errorCount());
  }

  @Test
  void aRowWithErrorsStillCountsItsKeyForDuplicates() {
    assertTrue(parse(HouseholdRows.example().with(TEMPAT_SAMPAH, "ada")).isEmpty());
    assertTrue(parse(HouseholdRows.example().number(3)).isEmpty());
    assertEquals(
        List.of("not_yes_no", "duplicate_household"),
        problems.errors().stream().map(ImportProblem::code).toList());
  }
}
