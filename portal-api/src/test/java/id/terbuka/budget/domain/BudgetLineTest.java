package id.terbuka.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  @Test
  void sisaIsAnggaranMinusRealisasi() {
    assertEquals(new BigDecimal("250.50"), Lines.line(2, "5.1", "1000.50", "750.00").sisa());
    assertEquals(new BigDecimal("-50.00"), Lines.line(2, "5.1", "100.00", "150.00").sisa());
  }

  @Test
  void persenHasTwoDecimalsRoundedHalfUp() {
    assertEquals(
        Optional.of(new BigDecimal("12.35")),
        Lines.line(2, "5.1", "1000.00", "123.45").persen(),
        "12.345 rounds half up");
    assertEquals(
        Optional.of(new BigDecimal("150.00")), Lines.line(2, "5.1", "100.00", "150.00").persen());
  }

  @Test
  void persenIsAbsentWithoutAnggaran() {
    assertEquals(Optional.empty(), Lines.line(2, "4.1.01", "0.00", "10.00").persen());
  }

  @Test
  void theKeyIsYearPeriodUnitAccountAndSubActivity() {
    BudgetLine withSub =
        Lines.line(2, Period.TW1, Lines.DINKES, Lines.PUSKESMAS, "5.1.02", "1.00", "0.00");
    assertEquals(
        new BudgetLine.Key(
            2024, Period.TW1, Lines.DINKES, AccountCode.of("5.1.02"), Lines.PUSKESMAS),
        withSub.key());
    BudgetLine without = Lines.line(3, Period.TW1, Lines.DINKES, "", "5.1.02", "9.00", "9.00");
    assertEquals("", without.kodeSubKegiatan());
    assertNotEquals(withSub.key(), without.key());
    assertEquals(
        without.key(), Lines.line(9, Period.TW1, Lines.DINKES, "", "5.1.02", "1.00", "1.00").key());
    assertNotEquals(
        without.key(), Lines.line(9, Period.B03, Lines.DINKES, "", "5.1.02", "9.00", "9.00").key());
  }
}
