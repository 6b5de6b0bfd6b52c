package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.disclosure.Level;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.dasawisma.domain.RegionLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The levels the public tables are published at (issue 12, item 5), from the lowest. */
public enum PublicLevel {
  /** Desa and kelurahan: general indicators only. */
  DESA("desa", Level.DESA, RegionLevel.DESA),
  KECAMATAN("kecamatan", Level.KECAMATAN, RegionLevel.KECAMATAN),
  KABUPATEN("kabupaten", Level.KABUPATEN, RegionLevel.KABUPATEN);

  private final String code;
  private final Level disclosureLevel;
  private final RegionLevel regionLevel;

  PublicLevel(String code, Level disclosureLevel, RegionLevel regionLevel) {
    this.code = code;
    this.disclosureLevel = disclosureLevel;
    this.regionLevel = regionLevel;
  }

  /** The name in file names, the JSON's {@code level} and the data dictionary. */
  public String code() {
    return code;
  }

  Level disclosureLevel() {
    return disclosureLevel;
  }

  /**
   * The indicators that are columns of this level's table, in {@link Indicators#ALL}'s order: those
   * public at the level, without {@code rumah_tangga}, which every table has as its own column.
   */
  public List<Indicator> indicators() {
    return Indicators.publicAt(regionLevel).stream()
        .filter(i -> !i.code().equals(Indicators.RUMAH_TANGGA))
        .toList();
  }

  /** The level named {@code text}, ignoring case and surrounding spaces. */
  public static Optional<PublicLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
  }
}
