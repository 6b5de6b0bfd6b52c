package id.terbuka.budget.sample;

/**
 * How a generated file writes its amounts, and the delimiter that goes with it: plain ({@code
 * 1234567.89}, comma-separated, as a database export) or Indonesian ({@code 1.234.567,89},
 * semicolon-separated, as Excel in an Indonesian locale saves a CSV).
 */
public enum NumberStyle {
  PLAIN(','),
  INDONESIAN(';');

  private final char delimiter;

  NumberStyle(char delimiter) {
    this.delimiter = delimiter;
  }

  public char delimiter() {
    return delimiter;
  }

  /** An amount in sen (hundredths of a rupiah, never negative) with two decimals. */
  public String format(long sen) {
    if (sen < 0) {
      throw new IllegalArgumentException("Negative amount: " + sen);
    }
    String rupiah = Long.toString(sen / 100);
    long cents = sen % 100;
    String decimals = cents < 10 ? "0" + cents : Long.toString(cents);
    if (this == PLAIN) {
      return rupiah + "." + decimals;
    }
    StringBuilder grouped = new StringBuilder(rupiah.length() + rupiah.length() / 3 + 3);
    int lead = rupiah.length() % 3 == 0 ? 3 : rupiah.length() % 3;
    grouped.append(rupiah, 0, lead);
    for (int i = lead; i < rupiah.length(); i += 3) {
      grouped.append('.').append(rupiah, i, i + 3);
    }
    return grouped.append(',').append(decimals).toString();
  }
}
