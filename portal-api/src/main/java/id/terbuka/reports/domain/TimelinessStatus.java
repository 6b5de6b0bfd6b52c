package id.terbuka.reports.domain;

/** The three answers of a timeliness check, with their codes in the reports. */
public enum TimelinessStatus {
  /** Updated (or published) before its due date, or not yet due. */
  TEPAT_WAKTU("tepat_waktu"),
  /** The due date has passed without an update. */
  TERLAMBAT("terlambat"),
  /** Nothing published at all for what was due. */
  TIDAK_ADA("tidak_ada");

  private final String code;

  TimelinessStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
