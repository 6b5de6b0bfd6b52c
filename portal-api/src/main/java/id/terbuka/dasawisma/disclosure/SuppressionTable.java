package id.terbuka.dasawisma.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of counts over the region hierarchy, one cell per (region, indicator), with the linear
 * relations that bind its cells: a parent region's count is the sum of its children's, and an
 * indicator's total is the sum of its parts in every region. Counts are given per desa; kecamatan
 * and kabupaten counts are their sums, so the table is consistent by construction.
 *
 * <p>A desa with no household entered has no cells at all (there is nothing to publish or protect);
 * one with fewer than {@link #SMALL_UNIT_HOUSEHOLDS} is a small unit: its cells exist, count in its
 * kecamatan, and are withheld.
 */
public final class SuppressionTable {

  /** A desa with fewer households entered than this publishes no row. */
  public static final int SMALL_UNIT_HOUSEHOLDS = 10;

  private final Regions regions;
  private final List<Indicator> indicators;
  private final Map<String, Integer> indicatorIndex;
  private final List<Relation> relations;
  private final Map<String, Integer> households;
  private final List<Region> present;
  private final Map<String, Integer> regionIndex = new HashMap<>();
  private final long[] values;

  private SuppressionTable(Builder builder) {
    this.regions = builder.regions;
    this.indicators = builder.indicators;
    this.indicatorIndex = builder.indicatorIndex;
    this.relations = builder.relations;
    this.households = Map.copyOf(builder.households);
    this.present = regionsWithCells();
    for (int r = 0; r < present.size(); r++) {
      regionIndex.put(present.get(r).code(), r);
    }
    this.values = new long[present.size() * indicators.size()];
    builder.counts.forEach(
        (cell, value) -> {
          if (value != 0) {
            values[index(cell)] = value;
          }
        });
    addUpParents(Level.KECAMATAN);
    addUpParents(Level.KABUPATEN);
  }

  public static Builder builder(
      Regions regions, List<Indicator> indicators, List<Relation> relations) {
    return new Builder(regions, indicators, relations);
  }

  private List<Region> regionsWithCells() {
    List<Region> kept = new ArrayList<>();
    for (Region region : regions.all()) {
      if (region.level() != Level.DESA || households(region.code()) > 0) {
        kept.add(region);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  private void addUpParents(Level level) {
    for (Region parent : present) {
      if (parent.level() == level) {
        for (int child : presentChildren(regionIndex.get(parent.code()))) {
          for (int i = 0; i < indicators.size(); i++) {
            values[index(regionIndex.get(parent.code()), i)] += values[index(child, i)];
          }
        }
      }
    }
  }

  public Regions regions() {
    return regions;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public List<Relation> relations() {
    return relations;
  }

  /** Households entered in a desa (0 when none). */
  public int households(String desa) {
    return households.getOrDefault(desa, 0);
  }

  /** True for a desa with 1 to 9 households entered. */
  public boolean smallUnit(String region) {
    return regions.get(region).level() == Level.DESA && households(region) < SMALL_UNIT_HOUSEHOLDS;
  }

  /** The regions with cells: every kabupaten and kecamatan, and each desa with households. */
  public List<Region> presentRegions() {
    return present;
  }

  /** Every cell, region by region in the regions' order, indicators in their order. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>(cellCount());
    for (int c = 0; c < cellCount(); c++) {
      cells.add(cell(c));
    }
    return cells;
  }

  public boolean hasCell(Cell cell) {
    return regionIndex.containsKey(cell.region()) && indicatorIndex.containsKey(cell.indicator());
  }

  public long value(Cell cell) {
    return values[index(cell)];
  }

  public Indicator indicator(String code) {
    Integer i = indicatorIndex.get(code);
    if (i == null) {
      throw new IllegalArgumentException("unknown indicator " + code);
    }
    return indicators.get(i);
  }

  // Cells by number (region index * indicators + indicator index), for the elimination.

  int cellCount() {
    return values.length;
  }

  int index(Cell cell) {
    Integer r = regionIndex.get(cell.region());
    if (r == null) {
      throw new IllegalArgumentException("the table has no cells for region " + cell.region());
    }
    return index(r, indicatorIndex.get(indicator(cell.indicator()).code()));
  }

  int index(int region, int indicator) {
    return region * indicators.size() + indicator;
  }

  Cell cell(int index) {
    return new Cell(regionOf(index).code(), indicatorOf(index).code());
  }

  Region regionOf(int index) {
    return present.get(index / indicators.size());
  }

  Indicator indicatorOf(int index) {
    return indicators.get(index % indicators.size());
  }

  long value(int index) {
    return values[index];
  }

  int indicatorNumber(String code) {
    return indicatorIndex.get(code);
  }

  /** The present children of a present region, by region index. */
  List<Integer> presentChildren(int region) {
    List<Integer> kept = new ArrayList<>();
    for (String child : regions.children(present.get(region).code())) {
      Integer index = regionIndex.get(child);
      if (index != null) {
        kept.add(index);
      }
    }
    return kept;
  }

  /** Collects a table's counts; {@link #build()} checks them all. */
  public static final class Builder {

    private final Regions regions;
    private final List<Indicator> indicators;
    private final Map<String, Integer> indicatorIndex = new LinkedHashMap<>();
    private final List<Relation> relations;
    private final Map<String, Integer> households = new HashMap<>();
    private final Map<Cell, Long> counts = new HashMap<>();

    private Builder(Regions regions, List<Indicator> indicators, List<Relation> relations) {
      this.regions = regions;
      this.indicators = List.copyOf(indicators);
      for (Indicator indicator : this.indicators) {
        if (indicatorIndex.putIfAbsent(indicator.code(), indicatorIndex.size()) != null) {
          throw new IllegalArgumentException("indicator " + indicator.code() + " is listed twice");
        }
      }
      this.relations = List.copyOf(relations);
      for (Relation relation : this.relations) {
        checkKnown(relation.total(), relation);
        relation.parts().forEach(part -> checkKnown(part, relation));
      }
    }

    private void checkKnown(String indicator, Relation relation) {
      if (!indicatorIndex.containsKey(indicator)) {
        throw new IllegalArgumentException(
            "relation " + relation + " names unknown indicator " + indicator);
      }
    }

    /** The number of households entered in a desa. */
    public Builder households(String desa, int count) {
      checkDesa(desa);
      if (count < 0) {
        throw new IllegalArgumentException("desa " + desa + ": negative households " + count);
      }
      households.put(desa, count);
      return this;
    }

    /** A desa's count of an indicator (absent counts are 0). */
    public Builder count(String desa, String indicator, long value) {
      checkDesa(desa);
      if (!indicatorIndex.containsKey(indicator)) {
        throw new IllegalArgumentException("unknown indicator " + indicator);
      }
      if (value < 0) {
        throw new IllegalArgumentException(
            "desa " + desa + ", " + indicator + ": negative count " + value);
      }
      counts.put(new Cell(desa, indicator), value);
      return this;
    }

    private void checkDesa(String code) {
      if (regions.get(code).level() != Level.DESA) {
        throw new IllegalArgumentException(code + " is not a desa/kelurahan");
      }
    }

    /** The table; refuses counts of a desa without households and relations that do not add up. */
    public SuppressionTable build() {
      Map<String, Map<String, Long>> byDesa = new HashMap<>();
      counts.forEach(
          (cell, value) -> {
            if (value > 0 && households.getOrDefault(cell.region(), 0) == 0) {
              throw new IllegalArgumentException(
                  "desa " + cell.region() + " has counts but no households entered");
            }
            byDesa
                .computeIfAbsent(cell.region(), d -> new HashMap<>())
                .put(cell.indicator(), value);
          });
      byDesa.forEach(this::checkRelations);
      return new SuppressionTable(this);
    }

    private void checkRelations(String desa, Map<String, Long> desaCounts) {
      for (Relation relation : relations) {
        long parts = 0;
        for (String part : relation.parts()) {
          parts += desaCounts.getOrDefault(part, 0L);
        }
        long total = desaCounts.getOrDefault(relation.total(), 0L);
        if (parts != total) {
          throw new IllegalArgumentException(
              "desa "
                  + desa
                  + ": "
                  + relation
                  + " does not add up ("
                  + total
                  + " against "
                  + parts
                  + ")");
        }
      }
    }
  }
}
