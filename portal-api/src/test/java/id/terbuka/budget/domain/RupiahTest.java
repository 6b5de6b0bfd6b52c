package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567|1234567.00",
        "1234567.89|1234567.89",
        "1234567.8|1234567.80",
        "1234567,89|1234567.89",
        "1.234.567,89|1234567.89",
        "1.234.567|1234567.00",
        "1.234|1234.00",
        "12.345,6|12345.60",
        "1.23|1.23",
        "0|0.00",
        "0,5|0.50",
        "6.490.000.000.000|6490000000000.00",
        "Rp 1.234.567,89|1234567.89",
        "Rp1.234|1234.00",
        "rp. 500|500.00",
        "RP 12,50|12.50",
        "  42  |42.00",
        "-0|0.00",
        "999999999999999999.99|999999999999999999.99"
      })
  void readsTextCells(String text, String expected) {
    assertEquals(Parsed.ok(new BigDecimal(expected)), Rupiah.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "12,5,0",
        "1,234,567.89",
        "1.234.567.89",
        "12.34.567",
        "1.2345.678",
        "1 234 567",
        "1.234,",
        ".5",
        "5.",
        "1e6",
        "Rp",
        "IDR 1000",
        "1000 Rp",
        "+5"
      })
  void refusesWhatIsNotARupiahAmount(String text) {
    assertEquals(Parsed.failed(BudgetProblem.NOT_A_NUMBER), Rupiah.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-1.234,50", "(1.234)", "Rp -500", "-Rp 500", "(Rp 1.000,00)"})
  void refusesNegativeAmounts(String text) {
    assertEquals(Parsed.failed(BudgetProblem.NEGATIVE_AMOUNT), Rupiah.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,234", "5,500", "1234.567", "0,001", "1.234,567", "1.2345"})
  void refusesMoreThanTwoDecimalsAsWritten(String text) {
    assertEquals(Parsed.failed(BudgetProblem.TOO_MANY_DECIMALS), Rupiah.parse(text));
  }

  @Test
  void refusesAmountsBeyondTheStoredType() {
    assertEquals(
        Parsed.failed(BudgetProblem.AMOUNT_TOO_LARGE, "999999999999999999.99"),
        Rupiah.parse("1000000000000000000"));
    assertEquals(
        Parsed.failed(BudgetProblem.AMOUNT_TOO_LARGE, "999999999999999999.99"),
        Rupiah.parse("1E+20", true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567.89|1234567.89",
        "1234567|1234567.00",
        "0.30000000000000004|0.30",
        "1234567.8899999999|1234567.89",
        "1.2345E7|12345000.00",
        "1.234.567,89|1234567.89",
        "Rp 1.234|1234.00"
      })
  void readsSpreadsheetCellsPlainWhenTheyArePlain(String cell, String expected) {
    assertEquals(Parsed.ok(new BigDecimal(expected)), Rupiah.parse(cell, true));
  }

  @Test
  void aSpreadsheetNumberWithThreeRealDecimalsIsRefused() {
    // In a number cell the dot is a decimal mark: 1.234 is one rupiah and 0.234.
    assertEquals(Parsed.failed(BudgetProblem.TOO_MANY_DECIMALS), Rupiah.parse("1.234", true));
    assertEquals(Parsed.failed(BudgetProblem.NEGATIVE_AMOUNT), Rupiah.parse("-5", true));
  }

  @Test
  void percentIsTwoDecimalsHalfUpAndAbsentWithoutBudget() {
    assertEquals(
        Optional.of(new BigDecimal("82.74")),
        Rupiah.percent(new BigDecimal("5370000000000.00"), new BigDecimal("6490000000000.00")));
    assertEquals(
        Optional.of(new BigDecimal("33.33")),
        Rupiah.percent(new BigDecimal("1.00"), new BigDecimal("3.00")));
    assertEquals(
        Optional.of(new BigDecimal("66.67")),
        Rupiah.percent(new BigDecimal("2.00"), new BigDecimal("3.00")));
    assertEquals(
        Optional.of(new BigDecimal("0.01")),
        Rupiah.percent(new BigDecimal("0.05"), new BigDecimal("1000.00")));
    assertEquals(Optional.empty(), Rupiah.percent(new BigDecimal("5.00"), BigDecimal.ZERO));
  }
}
