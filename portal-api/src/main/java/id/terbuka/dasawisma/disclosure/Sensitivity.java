package id.terbuka.dasawisma.disclosure;

/**
 * How an indicator is protected: the threshold k of primary suppression (counts 1..k-1 are
 * withheld, zero is published) and the levels at which it is public at all.
 */
public enum Sensitivity {
  /** Households, members, house criteria, water, food, activities: k = 3, public down to desa. */
  GENERAL(3, Level.DESA),
  /** Health and children's data (UU 27/2022 specific data): k = 5, public at kecamatan and up. */
  SENSITIVE(5, Level.KECAMATAN),
  /**
   * Never withheld, at any level and for small desa too: the number of households entered, which
   * the coverage figures publish for every desa (it says nothing about any household's attributes).
   * Such cells are known to everyone, so the suppressor treats them as published.
   */
  ALWAYS_PUBLIC(0, Level.DESA);

  private final int threshold;
  private final Level lowestPublicLevel;

  Sensitivity(int threshold, Level lowestPublicLevel) {
    this.threshold = threshold;
    this.lowestPublicLevel = lowestPublicLevel;
  }

  /** k: a count from 1 to k-1 is withheld. */
  public int threshold() {
    return threshold;
  }

  public boolean publicAt(Level level) {
    return level.compareTo(lowestPublicLevel) <= 0;
  }

  /** True for a count the primary rule withholds. */
  public boolean tooSmall(long count) {
    return count >= 1 && count < threshold;
  }
}
