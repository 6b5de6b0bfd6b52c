package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountCodeTest {

  @ParameterizedTest
  @CsvSource({
    "4, AKUN, akun",
    "5.1, KELOMPOK, kelompok",
    "5.1.02, JENIS, jenis",
    "5.1.02.01, OBJEK, objek",
    "6.2.02.01.01, RINCIAN_OBJEK, rincian_objek",
    "5.1.02.01.01.0024, SUB_RINCIAN_OBJEK, sub_rincian_objek"
  })
  void levelFollowsFromTheSegments(String text, AccountLevel level, String json) {
    AccountCode code = AccountCode.parse(text, 2024).value();
    assertEquals(level, code.level());
    assertEquals(json, code.level().jsonName());
    assertEquals(Optional.of(level), AccountLevel.fromJson(json));
    assertEquals(text, code.code());
  }

  @Test
  void unknownLevelNamesAreEmpty() {
    assertEquals(Optional.empty(), AccountLevel.fromJson("RINCIAN_OBJEK"));
    assertEquals(Optional.empty(), AccountLevel.fromJson("rincian"));
  }

  @Test
  void theLastSegmentHasFourDigitsFrom2021AndThreeBefore() {
    assertTrue(AccountCode.parse("5.1.02.01.01.0024", 2021).isOk());
    assertTrue(AccountCode.parse("5.1.02.01.01.024", 2020).isOk());
    assertEquals(
        Parsed.failed(BudgetProblem.MALFORMED_ACCOUNT_CODE, "A.K.JJ.OO.RR.SSSS"),
        AccountCode.parse("5.1.02.01.01.024", 2021));
    assertEquals(
        Parsed.failed(BudgetProblem.MALFORMED_ACCOUNT_CODE, "A.K.JJ.OO.RR.SSS"),
        AccountCode.parse("5.1.02.01.01.0024", 2020));
    assertTrue(AccountCode.parseAnyYear("5.1.02.01.01.024").isOk());
    assertTrue(AccountCode.parseAnyYear("5.1.02.01.01.0024").isOk());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "5.",
        ".5",
        "5..1",
        "5.1.2",
        "5.1.002",
        "51.02",
        "5.1.02.1",
        "5.1.02.01.1",
        "5.1.02.01.01.00024",
        "5.1.02.01.01.0024.01",
        "5.0.01",
        "5.1.00",
        "5.1.02.01.01.0000",
        "5-1-02",
        "5,1,02",
        "5.1.O2",
        "abc"
      })
  void malformedCodesAreReportedAsSuch(String text) {
    assertEquals(
        Parsed.failed(BudgetProblem.MALFORMED_ACCOUNT_CODE, "A.K.JJ.OO.RR.SSSS"),
        AccountCode.parse(text, 2024));
  }

  @ParameterizedTest
  @CsvSource({"1.1.01, 1", "2, 2", "3.1, 3", "7.1.01.01, 7", "8, 8", "9.9, 9"})
  void akunOtherThan456HasItsOwnProblem(String text, String akun) {
    assertEquals(
        Parsed.failed(BudgetProblem.ACCOUNT_NOT_IN_LRA, akun), AccountCode.parse(text, 2024));
  }

  @Test
  void spacesAroundAreIgnored() {
    assertEquals("5.1.02", AccountCode.parse(" 5.1.02 ", 2024).value().code());
  }

  @Test
  void parentIsOneLevelUp() {
    AccountCode code = AccountCode.of("5.1.02.01.01.0024");
    assertEquals(Optional.of(AccountCode.of("5.1.02.01.01")), code.parent());
    assertEquals(Optional.of(AccountCode.of("5")), AccountCode.of("5.1").parent());
    assertEquals(Optional.empty(), AccountCode.of("5").parent());
    assertEquals(Optional.of(AccountCode.of("5.2.03")), AccountCode.of("5.2.03.10").parent());
  }

  @Test
  void truncateCutsToAtMostTheLevel() {
    AccountCode code = AccountCode.of("5.1.02.01.01.0024");
    assertEquals(AccountCode.of("5"), code.truncate(AccountLevel.AKUN));
    assertEquals(AccountCode.of("5.1.02"), code.truncate(AccountLevel.JENIS));
    assertEquals(AccountCode.of("5.1.02.01.01"), code.truncate(AccountLevel.RINCIAN_OBJEK));
    assertSame(code, code.truncate(AccountLevel.SUB_RINCIAN_OBJEK));
    AccountCode jenis = AccountCode.of("4.1.01");
    assertSame(jenis, jenis.truncate(AccountLevel.OBJEK));
    assertEquals(AccountLevel.KELOMPOK, jenis.truncate(AccountLevel.KELOMPOK).level());
  }

  @Test
  void ancestorsAreStrictPrefixesBySegment() {
    assertTrue(AccountCode.of("5.1").isAncestorOf(AccountCode.of("5.1.02.01")));
    assertFalse(AccountCode.of("5.1").isAncestorOf(AccountCode.of("5.1")));
    assertFalse(AccountCode.of("5.1.02").isAncestorOf(AccountCode.of("5.1")));
    assertFalse(AccountCode.of("5.1.02").isAncestorOf(AccountCode.of("5.1.03.01")));
    assertFalse(AccountCode.of("5.1").isAncestorOf(AccountCode.of("5.2.01")));
  }

  @Test
  void comparesInCodeOrderParentsBeforeChildren() {
    List<AccountCode> sorted =
        List.of("5.2", "5.1.10", "4.1.01", "5.1.02.01", "5", "5.1.02", "6.1.01", "5.1").stream()
            .map(AccountCode::of)
            .sorted()
            .toList();
    assertEquals(
        List.of("4.1.01", "5", "5.1", "5.1.02", "5.1.02.01", "5.1.10", "5.2", "6.1.01"),
        sorted.stream().map(AccountCode::code).toList());
  }

  @Test
  void equalityIsByTheCodeAsWritten() {
    assertEquals(AccountCode.of("5.1.02"), AccountCode.of(" 5.1.02"));
    assertEquals(AccountCode.of("5.1.02").hashCode(), AccountCode.of("5.1.02").hashCode());
    AccountCode old = AccountCode.of("5.1.02.01.01.024");
    AccountCode now = AccountCode.of("5.1.02.01.01.0024");
    assertNotEquals(old, now);
    assertNotEquals(0, old.compareTo(now));
  }

  @Test
  void ofRefusesInvalidCodes() {
    assertThrows(IllegalArgumentException.class, () -> AccountCode.of("1.1"));
    assertThrows(IllegalArgumentException.class, () -> AccountCode.of("5.x"));
  }

  @Test
  void akunIsTheFirstDigit() {
    assertEquals(6, AccountCode.of("6.2.02").akun());
  }
}
