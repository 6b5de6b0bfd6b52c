package id.terbuka.dcat.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Satu Data's {@code frekuensi} in the vocabularies harvesters know: the EU frequency authority
 * (DCAT-AP's {@code dct:accrualPeriodicity}) and ISO 8601 repeating durations (DCAT-US's {@code
 * accrualPeriodicity}). {@code tidak_tetap} (no fixed schedule) is "irregular" in both.
 */
public final class Frequencies {
  private static final Map<String, String[]> CODES =
      Map.of(
          "harian", new String[] {"DAILY", "R/P1D"},
          "mingguan", new String[] {"WEEKLY", "R/P1W"},
          "bulanan", new String[] {"MONTHLY", "R/P1M"},
          "triwulanan", new String[] {"QUARTERLY", "R/P3M"},
          "semesteran", new String[] {"BIANNUAL", "R/P6M"},
          "tahunan", new String[] {"ANNUAL", "R/P1Y"},
          "tidak_tetap", new String[] {"IRREG", "irregular"});

  private Frequencies() {}

  /** The EU authority URI of a {@code frekuensi}, if it is one of Satu Data's values. */
  public static Optional<String> euUri(String frekuensi) {
    String[] c = frekuensi == null ? null : CODES.get(frekuensi);
    return c == null ? Optional.empty() : Optional.of(Vocab.FREQUENCY + c[0]);
  }

  /** DCAT-US's ISO 8601 form of a {@code frekuensi}. */
  public static Optional<String> iso8601(String frekuensi) {
    String[] c = frekuensi == null ? null : CODES.get(frekuensi);
    return c == null ? Optional.empty() : Optional.of(c[1]);
  }
}
