package id.terbuka.datastore.load;

import java.util.regex.Pattern;

/**
 * How a column writes its numbers. Indonesian offices export {@code 1.234.567,89} (dot groups,
 * comma decimals); English software writes {@code 1,234,567.89}. Both are parsed strictly: a group
 * separator must be followed by exactly three digits, so {@code 12,5} can only be Indonesian and
 * {@code 12.5} only English.
 */
public enum NumberConvention {
  INDONESIAN(Pattern.compile("-?(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"), '.', ','),
  ENGLISH(Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?"), ',', '.');

  /** Integers with more digits than this may not fit PostgreSQL's int8. */
  private static final int MAX_INT8_DIGITS = 18;

  private final Pattern shape;
  private final char groupSeparator;
  private final char decimalSeparator;

  NumberConvention(Pattern shape, char groupSeparator, char decimalSeparator) {
    this.shape = shape;
    this.groupSeparator = groupSeparator;
    this.decimalSeparator = decimalSeparator;
  }

  /**
   * The number in PostgreSQL's plain form ({@code 1234567.89}), or null if the text is not a number
   * in this convention.
   */
  public String toPlain(String text) {
    if (!shape.matcher(text).matches()) {
      return null;
    }
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == decimalSeparator) {
        plain.append('.');
      } else if (c != groupSeparator) {
        plain.append(c);
      }
    }
    return plain.toString();
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
