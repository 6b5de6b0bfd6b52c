package id.terbuka.imports.domain;

import java.util.Locale;

/** How an import ended; {@link #json()} is the name clients see in the report. */
public enum ImportStatus {
  /** Validated and applied: its datasets were regenerated. */
  ACCEPTED,
  /** At least one error: nothing was changed. */
  REJECTED,
  /** Validated only, at the publisher's request: nothing was changed whatever the result. */
  DRY_RUN,
  /**
   * Validated and kept, waiting for the walidata (an organisation with {@code review_required}, ADR
   * 0016): nothing is published until it is approved, then it is {@link #ACCEPTED}.
   */
  MENUNGGU_VERIFIKASI;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status named {@code json} in a report.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static ImportStatus fromJson(String json) {
    for (ImportStatus s : values()) {
      if (s.json().equals(json)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Not an import status: " + json);
  }
}
