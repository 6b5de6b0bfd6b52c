package id.terbuka.contracts.flags;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures as the explanations write them: rupiah with Indonesian or English digit grouping, dates
 * in WIB, percentages with at most one decimal.
 */
enum Texts {
  ID(Locale.forLanguageTag("id"), '.', ','),
  EN(Locale.ENGLISH, ',', '.');

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final DateTimeFormatter dates;
  private final char grouping;
  private final char decimal;

  Texts(Locale locale, char grouping, char decimal) {
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.grouping = grouping;
    this.decimal = decimal;
  }

  /**
   * {@code Rp 125.000.000} (Indonesian), {@code Rp 125,000,000} (English); other currencies after.
   */
  String money(Money money) {
    // Whole amounts without decimals; sen, when there are any, always with two digits.
    int sen = money.amount().stripTrailingZeros().scale() <= 0 ? 0 : 2;
    String amount = number(money.amount(), sen, sen, RoundingMode.HALF_UP);
    return money.rupiah() ? "Rp " + amount : amount + " " + money.currency();
  }

  String money(BigDecimal rupiah) {
    return money(new Money(rupiah, "IDR"));
  }

  /** The day in WIB: {@code 1 Maret 2024}, {@code 1 March 2024}. */
  String date(OffsetDateTime at) {
    return dates.format(at.atZoneSameInstant(WIB));
  }

  /**
   * A percentage with at most one decimal, rounded as {@code rounding} says, so that a flagged
   * figure never reads as one just outside its rule (99.96 % rounded down, 10.01 % up).
   */
  String percent(BigDecimal percent, RoundingMode rounding) {
    return number(percent, 0, 1, rounding) + " %";
  }

  private String number(BigDecimal value, int minDecimals, int maxDecimals, RoundingMode rounding) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(grouping);
    symbols.setDecimalSeparator(decimal);
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minDecimals);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(rounding);
    return format.format(value);
  }
}
