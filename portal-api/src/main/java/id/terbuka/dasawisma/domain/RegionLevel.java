package id.terbuka.dasawisma.domain;

import java.util.Arrays;
import java.util.Optional;

/** The levels of the {@code wilayah} table below the province, by their stored name. */
public enum RegionLevel {
  KABUPATEN("kabupaten"),
  KECAMATAN("kecamatan"),
  DESA("desa"),
  /** An urban village: the same level as a desa, governed differently (and without dusun). */
  KELURAHAN("kelurahan");

  private final String code;

  RegionLevel(String code) {
    this.code = code;
  }

  /** The name in {@code wilayah.level}. */
  public String code() {
    return code;
  }

  /** Desa and kelurahan: where households are entered and the lowest public level. */
  public boolean isVillage() {
    return this == DESA || this == KELURAHAN;
  }

  public static Optional<RegionLevel> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
