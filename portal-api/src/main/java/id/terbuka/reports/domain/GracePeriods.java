package id.terbuka.reports.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Days of grace after a period's end before a dataset counts as late, per frequency. The defaults
 * give producers time proportional to the period (a daily series a day, a yearly one a quarter);
 * {@code terbuka.reports.grace} overrides some or all of them as {@code harian=1,bulanan=10}.
 */
public final class GracePeriods {
  private static final Map<Frequency, Integer> DEFAULTS = new EnumMap<>(Frequency.class);

  static {
    DEFAULTS.put(Frequency.HARIAN, 1);
    DEFAULTS.put(Frequency.MINGGUAN, 3);
    DEFAULTS.put(Frequency.BULANAN, 15);
    DEFAULTS.put(Frequency.TRIWULANAN, 30);
    DEFAULTS.put(Frequency.SEMESTERAN, 30);
    DEFAULTS.put(Frequency.TAHUNAN, 90);
  }

  private final Map<Frequency, Integer> days;

  private GracePeriods(Map<Frequency, Integer> days) {
    this.days = Collections.unmodifiableMap(days);
  }

  public static GracePeriods defaults() {
    return new GracePeriods(new EnumMap<>(DEFAULTS));
  }

  /**
   * The defaults with the overrides of {@code text} ({@code frekuensi=days}, comma separated; blank
   * keeps the defaults).
   *
   * @throws IllegalArgumentException for an unknown frequency or a day count that is not a whole
   *     number from 0 to 3660 (a configuration mistake, reported at start-up)
   */
  public static GracePeriods parse(String text) {
    Map<Frequency, Integer> days = new EnumMap<>(DEFAULTS);
    if (text == null || text.isBlank()) {
      return new GracePeriods(days);
    }
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      Frequency f =
          Frequency.of(kv[0].strip())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException("Unknown frequency in grace periods: " + part));
      if (kv.length != 2 || !kv[1].strip().matches("\\d{1,4}")) {
        throw new IllegalArgumentException("Grace days must be a whole number: " + part);
      }
      int n = Integer.parseInt(kv[1].strip());
      if (n > 3660) {
        throw new IllegalArgumentException("Grace days must be at most 3660: " + part);
      }
      days.put(f, n);
    }
    return new GracePeriods(days);
  }

  public int days(Frequency f) {
    return days.get(f);
  }

  /** By frequency code, in the frequencies' order (for the report's stated rules). */
  public Map<String, Integer> byCode() {
    Map<String, Integer> m = new LinkedHashMap<>();
    days.forEach((f, n) -> m.put(f.code(), n));
    return m;
  }
}
