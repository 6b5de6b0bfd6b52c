package id.terbuka.contracts.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Rupiah written for Indonesian readers: {@code Rp 1.234.567} or {@code Rp 1.234.567,50}. */
final class RupiahText {
  private RupiahText() {}

  static String of(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return "Rp " + format.format(amount);
  }
}
