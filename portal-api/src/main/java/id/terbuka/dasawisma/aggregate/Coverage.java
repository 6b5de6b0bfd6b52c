package id.terbuka.dasawisma.aggregate;

import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.Regions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage of the Dasa Wisma book (issue 12, item 6): households entered against the target, for
 * every desa and kelurahan of the regency (those with none entered too), every kecamatan and the
 * kabupaten. The number of households entered says nothing about any household's attributes, so it
 * is published for every desa, small ones included, without suppression.
 *
 * <p>A kecamatan's (and the kabupaten's) target is the sum of the targets of its desa that have
 * one, and {@code null} when none has: a partly loaded target list gives a partial sum, which the
 * administrator completes by loading the rest.
 */
public final class Coverage {

  private final List<CoverageRow> rows;

  private Coverage(List<CoverageRow> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * @param householdsByDesa households entered per desa/kelurahan code; missing desa have 0
   * @param targetByDesa target households per desa/kelurahan code; missing desa have no target
   * @throws IllegalArgumentException for a code that is not a desa or kelurahan of {@code regions}
   *     or a negative number
   */
  public static Coverage compute(
      Regions regions, Map<String, Integer> householdsByDesa, Map<String, Integer> targetByDesa) {
    check(regions, householdsByDesa, "households");
    check(regions, targetByDesa, "target");
    List<CoverageRow> rows = new ArrayList<>();
    Region regency = regions.regency();
    Sum total = new Sum();
    for (Region kecamatan : regions.children(regency.code())) {
      Sum sum = new Sum();
      for (Region desa : regions.children(kecamatan.code())) {
        int entered = householdsByDesa.getOrDefault(desa.code(), 0);
        Integer target = targetByDesa.get(desa.code());
        sum.add(entered, target);
        rows.add(row(desa, entered, target));
      }
      total.add(sum.entered, sum.target);
      rows.add(row(kecamatan, sum.entered, sum.target));
    }
    rows.add(row(regency, total.entered, total.target));
    rows.sort(Comparator.comparing(CoverageRow::kode));
    return new Coverage(rows);
  }

  /** Every row, by code: the kabupaten, then each kecamatan followed by its desa. */
  public List<CoverageRow> rows() {
    return rows;
  }

  /** The row of one region. */
  public Optional<CoverageRow> row(String kode) {
    return rows.stream().filter(r -> r.kode().equals(kode)).findFirst();
  }

  private static CoverageRow row(Region region, int entered, Integer target) {
    return new CoverageRow(
        region.code(),
        region.name(),
        region.level().code(),
        region.parentCode(),
        entered,
        target,
        Percent.of(entered, target));
  }

  private static void check(Regions regions, Map<String, Integer> byDesa, String what) {
    byDesa.forEach(
        (code, value) -> {
          if (!regions.isVillage(code)) {
            throw new IllegalArgumentException(
                what + ": " + code + " is not a desa or kelurahan of the regency");
          }
          if (value == null || value < 0) {
            throw new IllegalArgumentException(what + " of " + code + " is " + value);
          }
        });
  }

  /** Entered households and targets added up; the target stays null until one is added. */
  private static final class Sum {
    private int entered;
    private Integer target;

    void add(int entered, Integer target) {
      this.entered += entered;
      if (target != null) {
        this.target = this.target == null ? target : this.target + target;
      }
    }
  }
}
