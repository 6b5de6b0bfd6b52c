package id.terbuka.dasawisma.aggregate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the restricted PKK recaps, from the smallest group up: the recap forms 4.16a
 * (kelompok dasa wisma), 4.16b (RT), 4.16c (RW), 4.16d (dusun), 4.17a (desa/kelurahan), 4.17b
 * (kecamatan) and 4.17c (kabupaten).
 */
public enum RecapLevel {
  /** Form 4.16a: one row per dasa wisma group of a desa. */
  DASAWISMA("dasawisma"),
  /** Form 4.16b. */
  RT("rt"),
  /** Form 4.16c. */
  RW("rw"),
  /** Form 4.16d. */
  DUSUN("dusun"),
  /** Form 4.17a: desa and kelurahan. */
  DESA("desa"),
  /** Form 4.17b. */
  KECAMATAN("kecamatan"),
  /** Form 4.17c. */
  KABUPATEN("kabupaten");

  private final String code;

  RecapLevel(String code) {
    this.code = code;
  }

  /** The name the API's {@code level} parameter uses. */
  public String code() {
    return code;
  }

  /** The level named {@code text}, ignoring case and surrounding spaces; empty when none is. */
  public static Optional<RecapLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
  }
}
