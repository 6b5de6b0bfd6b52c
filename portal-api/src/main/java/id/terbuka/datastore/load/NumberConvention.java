package id.terbuka.datastore.load;

/**
 * How a column writes its numbers. Indonesian offices export {@code 1.234.567,89} (dot groups,
 * comma decimals); English software writes {@code 1,234,567.89}. Both are parsed strictly: a group
 * separator must be followed by exactly three digits, so {@code 12,5} can only be Indonesian and
 * {@code 12.5} only English.
 */
public enum NumberConvention {
  INDONESIAN('.', ','),
  ENGLISH(',', '.');

  /** Integers with more digits than this may not fit PostgreSQL's int8. */
  private static final int MAX_INT8_DIGITS = 18;

  private final char groupSeparator;
  private final char decimalSeparator;

  NumberConvention(char groupSeparator, char decimalSeparator) {
    this.groupSeparator = groupSeparator;
    this.decimalSeparator = decimalSeparator;
  }

  /**
   * The number in PostgreSQL's plain form ({@code 1234567.89}), or null if the text is not a number
   * in this convention: {@code -?(d{1,3}(Gddd)+ | d+)(Dd+)?} with G and D the group and decimal
   * separators. Hand-written rather than a regular expression: it runs for every cell of every
   * number column, twice during inference, and a plain number is returned as it came.
   */
  public String toPlain(String text) {
    int n = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int lead = digits(text, i);
    if (lead == 0) {
      return null;
    }
    i += lead;
    boolean grouped = false;
    while (i < n && text.charAt(i) == groupSeparator) {
      if (lead > 3 || digits(text, i + 1) != 3) {
        return null;
      }
      grouped = true;
      i += 4;
    }
    int decimal = -1;
    if (i < n && text.charAt(i) == decimalSeparator) {
      int fraction = digits(text, i + 1);
      if (fraction == 0) {
        return null;
      }
      decimal = i;
      i += 1 + fraction;
    }
    if (i != n) {
      return null;
    }
    if (!grouped && (decimal < 0 || decimalSeparator == '.')) {
      return text;
    }
    StringBuilder plain = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (k == decimal) {
        plain.append('.');
      } else if (c != groupSeparator) {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /** The length of the run of ASCII digits starting at {@code from}. */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /**
   * Whether a plain number's integer part starts with a zero ({@code 0812...}, kode {@code 01}):
   * such values are identifiers, so inference keeps the column as text (an explicit override may
   * still make it a number).
   */
  static boolean hasLeadingZero(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    return plain.length() > start + 1
        && plain.charAt(start) == '0'
        && plain.charAt(start + 1) != '.';
  }

  /** Whether a plain number from {@link #toPlain} fits an int8 column. */
  static boolean isInt8(String plain) {
    if (plain.indexOf('.') >= 0) {
      return false;
    }
    int digits = plain.startsWith("-") ? plain.length() - 1 : plain.length();
    return digits <= MAX_INT8_DIGITS;
  }
}
