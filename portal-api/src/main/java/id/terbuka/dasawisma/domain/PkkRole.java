package id.terbuka.dasawisma.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Dasa Wisma roles (issue 12, item 1), each held over one region of its level: a cadre enters
 * and corrects the households of her desa; the TP PKK of a desa, kecamatan or the kabupaten reads
 * the restricted recaps of its area, at its own level and below. Publishing belongs to the walidata
 * (the publishing organisation's editors), not to a role here.
 */
public enum PkkRole {
  KADER("kader", RegionLevel.DESA),
  TP_PKK_DESA("tp_pkk_desa", RegionLevel.DESA),
  TP_PKK_KECAMATAN("tp_pkk_kecamatan", RegionLevel.KECAMATAN),
  TP_PKK_KABUPATEN("tp_pkk_kabupaten", RegionLevel.KABUPATEN);

  private final String code;
  private final RegionLevel level;

  PkkRole(String code, RegionLevel level) {
    this.code = code;
    this.level = level;
  }

  /** The name in the API and the store: {@code tp_pkk_kecamatan}. */
  public String code() {
    return code;
  }

  /** The level of the region the role is held over (desa covers kelurahan too). */
  public RegionLevel level() {
    return level;
  }

  /** Whether a region of {@code level} may carry this role. */
  public boolean heldOver(RegionLevel regionLevel) {
    return level == RegionLevel.DESA ? regionLevel.isVillage() : level == regionLevel;
  }

  /** Reads {@code kader}, {@code TP_PKK_Desa} and the like. */
  public static Optional<PkkRole> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String code = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
