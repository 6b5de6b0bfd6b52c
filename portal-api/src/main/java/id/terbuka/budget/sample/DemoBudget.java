package id.terbuka.budget.sample;

import id.terbuka.budget.domain.AccountLevel;
import id.terbuka.budget.domain.Period;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's budget realisation file ({@code deploy/terbuka demo}, issue 10 item 6): every
 * organisation of the bundled demo catalogue that has a {@code kode_unit}, two years (2024 by
 * quarter TW1..TW4, 2025 TW1..TW3), accounts down to rincian objek, some units through sub
 * kegiatan; about {@value #LINES} lines, the same on every start. Illustrative figures of the
 * regency's order of magnitude, not official ones (see {@code demo/SOURCES.md}).
 *
 * <p>Meant to go through the budget import like a publisher's file, imported by the finance office
 * (the organisation whose unit has the {@link UnitRole#FINANCE} role, {@code bpkad} in the demo).
 */
public final class DemoBudget {
  public static final long SEED = 10;
  public static final long LINES = 6_000;

  /** The size given to a demo unit that the regency list does not have, in millions. */
  private static final long UNKNOWN_UNIT_JUTA = 20_000;

  private DemoBudget() {}

  /**
   * The units of the demo from the catalogue's organisations as {@code demo/catalogue.json} holds
   * them (maps with {@code kode_unit} and {@code title}; those without a code are skipped). Role
   * and size come from {@link BojonegoroUnits} by code; the name is the catalogue's title.
   */
  public static List<SampleUnit> units(List<Map<String, Object>> organisations) {
    List<SampleUnit> units = new ArrayList<>();
    for (Map<String, Object> org : organisations) {
      Object kode = org.get("kode_unit");
      if (!(kode instanceof String code) || code.isBlank()) {
        continue;
      }
      String title = String.valueOf(org.getOrDefault("title", org.get("name")));
      units.add(
          BojonegoroUnits.byCode(code)
              .map(u -> new SampleUnit(code, title, u.role(), u.belanjaJuta()))
              .orElseGet(() -> new SampleUnit(code, title, UnitRole.OFFICE, UNKNOWN_UNIT_JUTA)));
    }
    return units;
  }

  /** The demo's settings for these units. */
  public static SampleRealisation sample(List<SampleUnit> units) {
    return SampleRealisation.of(units, SEED)
        .withYear(2024, Period.TW1, Period.TW2, Period.TW3, Period.TW4)
        .withYear(2025, Period.TW1, Period.TW2, Period.TW3)
        .withDepth(AccountLevel.RINCIAN_OBJEK)
        .withTargetLines(LINES)
        .withSubActivityShare(0.4);
  }

  /**
   * Writes the demo file for the catalogue's organisations (CSV, plain numbers); returns the number
   * of lines.
   */
  public static long write(List<Map<String, Object>> organisations, Writer out) throws IOException {
    return sample(units(organisations)).write(out);
  }
}
