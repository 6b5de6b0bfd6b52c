package id.terbuka.catalog.domain;

/**
 * Where a publication stands in the walidata's review (Satu Data Indonesia), with the values the
 * dataset dict's {@code review_status} and the review API use.
 */
public enum ReviewStatus {
  /** Submitted by a producer, waiting for the walidata. */
  MENUNGGU_VERIFIKASI("menunggu_verifikasi"),
  /** Approved by the walidata: this is what the public sees. */
  DISETUJUI("disetujui"),
  /** Returned to the producer with a reason; their next change submits it again. */
  DIKEMBALIKAN("dikembalikan");

  private final String code;

  ReviewStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The status of a code, or {@code null} for {@code null}. */
  public static ReviewStatus of(String code) {
    if (code == null) {
      return null;
    }
    for (ReviewStatus s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown review status " + code);
  }
}
