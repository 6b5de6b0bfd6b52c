package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.disclosure.Cell;
import id.terbuka.dasawisma.disclosure.Reason;
import id.terbuka.dasawisma.disclosure.Region;
import id.terbuka.dasawisma.disclosure.Suppressed;
import id.terbuka.dasawisma.disclosure.SuppressionTable;
import id.terbuka.dasawisma.disclosure.Suppressor;
import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.Indicator;
import id.terbuka.dasawisma.domain.Indicators;
import id.terbuka.dasawisma.domain.Regions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public may see of one snapshot of households (issue 12, item 5): the desa, kecamatan and
 * kabupaten tables after disclosure control, all three from one {@link SuppressionTable} so that
 * secondary suppression covers the relations between them.
 *
 * <p>The desa table has the general indicators only; the kecamatan and kabupaten tables have all. A
 * desa with fewer than {@link SuppressionTable#SMALL_UNIT_HOUSEHOLDS} households has no row (its
 * households still count in its kecamatan), nor has a desa without any. A withheld cell is {@code
 * null} and its indicator is listed in the row's {@code withheld}.
 */
public final class PublicTables {

  private final Suppressed suppressed;
  private final Map<PublicLevel, List<PublishedRow>> rows = new EnumMap<>(PublicLevel.class);

  private PublicTables(Regions regions, Suppressed suppressed) {
    this.suppressed = suppressed;
    for (PublicLevel level : PublicLevel.values()) {
      rows.put(level, publishedRows(regions, level));
    }
  }

  /**
   * Counts the households per desa, builds the suppression table over the whole regency and
   * suppresses it.
   *
   * @param households one snapshot: the households as they stood at one instant
   * @throws IllegalArgumentException if a household's desa is not a desa or kelurahan of {@code
   *     regions}
   */
  public static PublicTables compute(Regions regions, Collection<Household> households) {
    Map<String, long[]> byDesa = new HashMap<>();
    for (Household household : households) {
      String desa = household.key().kodeDesa();
      if (!regions.isVillage(desa)) {
        throw new IllegalArgumentException(
            "household " + household.key() + ": " + desa + " is not a desa of the regency");
      }
      Tally.add(byDesa.computeIfAbsent(desa, d -> Tally.counters()), household);
    }
    SuppressionTable.Builder table =
        SuppressionTable.builder(
            DisclosureMapping.regions(regions),
            DisclosureMapping.indicators(),
            DisclosureMapping.relations());
    int householdsAt = Tally.position(Indicators.RUMAH_TANGGA);
    byDesa.forEach(
        (desa, counters) -> {
          table.households(desa, Math.toIntExact(counters[householdsAt]));
          for (int i = 0; i < counters.length; i++) {
            table.count(desa, Tally.INDICATORS.get(i).code(), counters[i]);
          }
        });
    return new PublicTables(regions, Suppressor.suppress(table.build()));
  }

  /** The indicator columns of a level's table, after {@code rumah_tangga}. */
  public static List<String> columns(PublicLevel level) {
    return level.indicators().stream().map(Indicator::code).toList();
  }

  /** The rows of a level's table, by code. */
  public List<PublishedRow> rows(PublicLevel level) {
    return rows.get(level);
  }

  /** The outcome of disclosure control behind the tables, for checks and the notes. */
  public Suppressed suppressed() {
    return suppressed;
  }

  /** What the dataset notes say about this snapshot's suppression. */
  public DisclosureSummary summary() {
    Map<Reason, Integer> withheld = new EnumMap<>(Reason.class);
    for (PublicLevel level : PublicLevel.values()) {
      for (PublishedRow row : rows(level)) {
        for (String indicator : row.withheld()) {
          Reason reason = suppressed.reason(new Cell(row.kode(), indicator)).orElseThrow();
          withheld.merge(reason, 1, Integer::sum);
        }
      }
    }
    SuppressionTable table = suppressed.table();
    int small = 0;
    for (Region region : table.presentRegions()) {
      if (region.level() == PublicLevel.DESA.disclosureLevel() && table.smallUnit(region.code())) {
        small++;
      }
    }
    return new DisclosureSummary(withheld, small);
  }

  private List<PublishedRow> publishedRows(Regions regions, PublicLevel level) {
    SuppressionTable table = suppressed.table();
    List<String> columns = columns(level);
    List<PublishedRow> published = new ArrayList<>();
    for (Region region : table.presentRegions()) {
      if (region.level() != level.disclosureLevel()
          || (level == PublicLevel.DESA && table.smallUnit(region.code()))) {
        continue;
      }
      Map<String, Long> values = new LinkedHashMap<>();
      List<String> withheld = new ArrayList<>();
      for (String column : columns) {
        var value = suppressed.value(new Cell(region.code(), column));
        values.put(column, value.isPresent() ? value.getAsLong() : null);
        if (value.isEmpty()) {
          withheld.add(column);
        }
      }
      var named = regions.find(region.code()).orElseThrow();
      long households =
          suppressed.value(new Cell(region.code(), Indicators.RUMAH_TANGGA)).orElseThrow();
      if (households == 0) {
        // A kecamatan where nobody has entered a household yet: its zeros would read as "no
        // balita in Ngraho" rather than "no data"; the coverage table says it has none entered.
        continue;
      }
      published.add(
          new PublishedRow(
              named.code(),
              named.name(),
              named.level().code(),
              named.parentCode(),
              households,
              values,
              withheld));
    }
    published.sort(Comparator.comparing(PublishedRow::kode));
    return List.copyOf(published);
  }
}
