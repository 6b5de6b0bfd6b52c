package id.terbuka.contracts.sheet;

import java.util.Optional;

/**
 * A supplier's tax number (NPWP) as the spreadsheet writes it, and whether it may be published.
 *
 * <p>Dots and dashes are dropped; what remains must be 15 or 16 digits. A 15-digit NPWP belongs to
 * a legal entity (badan) when it starts with 01, 02 or 03; any other holder is a person. Since 2024
 * the NPWP has 16 digits: a leading 0 followed by the old 15-digit number (read as above), or a
 * person's NIK. A person's number is personal data and is never published.
 */
public sealed interface Npwp {

  /** A company's number, published as its 15 digits. */
  record Company(String digits) implements Npwp {}

  /** A person's number: only the fact is kept, not the digits. */
  record Person() implements Npwp {}

  /** Not 15 or 16 digits after dots and dashes are removed. */
  record Malformed() implements Npwp {}

  /** Reads a cell (not blank). */
  static Npwp parse(String text) {
    String digits = text.strip().replace(".", "").replace("-", "");
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Malformed();
    }
    if (digits.length() == 16) {
      return digits.charAt(0) == '0' ? fifteen(digits.substring(1)) : new Person();
    }
    return digits.length() == 15 ? fifteen(digits) : new Malformed();
  }

  private static Npwp fifteen(String digits) {
    boolean company = digits.startsWith("01") || digits.startsWith("02") || digits.startsWith("03");
    return company ? new Company(digits) : new Person();
  }

  /** The digits that may be published: a company's 15 digits, else empty. */
  default Optional<String> publishable() {
    return this instanceof Company c ? Optional.of(c.digits()) : Optional.empty();
  }
}
