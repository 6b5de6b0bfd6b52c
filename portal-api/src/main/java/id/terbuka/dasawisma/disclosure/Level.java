package id.terbuka.dasawisma.disclosure;

/** The public levels of the region hierarchy, from the top. */
public enum Level {
  KABUPATEN,
  KECAMATAN,
  DESA;

  /** The level a child region of this one has; none below desa. */
  Level below() {
    if (this == DESA) {
      throw new IllegalStateException("no level below desa");
    }
    return values()[ordinal() + 1];
  }
}
