package id.terbuka.dasawisma.disclosure;

/** Why a cell is withheld; {@link #code()} is the word the published notes and JSON use. */
public enum Reason {
  /** A count from 1 to k-1. */
  PRIMARY("primary"),
  /** Withheld so that no other withheld cell can be computed from the published ones. */
  SECONDARY("secondary"),
  /** The desa has fewer than 10 households entered: it publishes no row. */
  SMALL_UNIT("small_unit"),
  /** A sensitive indicator below its lowest public level (kecamatan). */
  LEVEL("level");

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
