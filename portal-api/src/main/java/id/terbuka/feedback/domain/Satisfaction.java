package id.terbuka.feedback.domain;

import java.util.Optional;

/**
 * The four answers, best first, as the regency's news pages ask them; {@link #code()} is stored.
 */
public enum Satisfaction {
  SANGAT_PUAS("sangat_puas"),
  PUAS("puas"),
  CUKUP_PUAS("cukup_puas"),
  TIDAK_PUAS("tidak_puas");

  private final String code;

  Satisfaction(String code) {
    this.code = code;
  }

  /** The stored and submitted value, also the suffix of its message key. */
  public String code() {
    return code;
  }

  public static Optional<Satisfaction> of(String code) {
    for (Satisfaction s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
