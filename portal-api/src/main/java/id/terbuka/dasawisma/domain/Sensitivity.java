package id.terbuka.dasawisma.domain;

/**
 * How much an indicator tells about the people it counts, and so where and from which count on it
 * may be published (issue 12, item 5). Health data and children's data are specific personal data
 * under UU 27/2022.
 */
public enum Sensitivity {
  /** Households, members, house, water, food, activities: public down to desa/kelurahan. */
  GENERAL("umum", 3, RegionLevel.DESA),
  /** Children, pregnancy, illiteracy, disability: public at kecamatan and kabupaten only. */
  SENSITIVE("sensitif", 5, RegionLevel.KECAMATAN);

  private final String code;
  private final int minimumCount;
  private final RegionLevel lowestPublicLevel;

  Sensitivity(String code, int minimumCount, RegionLevel lowestPublicLevel) {
    this.code = code;
    this.minimumCount = minimumCount;
    this.lowestPublicLevel = lowestPublicLevel;
  }

  /** The classification as the data dictionary writes it. */
  public String code() {
    return code;
  }

  /**
   * The k of primary suppression: a published count from 1 to k-1 is withheld, zero and k or more
   * are published.
   */
  public int minimumCount() {
    return minimumCount;
  }

  /**
   * The lowest level a count is published at: {@link RegionLevel#DESA} (standing for desa and
   * kelurahan) or {@link RegionLevel#KECAMATAN}; the kabupaten always.
   */
  public RegionLevel lowestPublicLevel() {
    return lowestPublicLevel;
  }

  /** Whether a count at {@code level} may be published at all (before suppression). */
  public boolean publicAt(RegionLevel level) {
    return level == RegionLevel.KABUPATEN
        || level == RegionLevel.KECAMATAN
        || (level.isVillage() && lowestPublicLevel == RegionLevel.DESA);
  }
}
