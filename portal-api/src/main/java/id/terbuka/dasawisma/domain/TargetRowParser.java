package id.terbuka.dasawisma.domain;

import id.terbuka.imports.domain.ColumnSpec;
import id.terbuka.imports.domain.ImportRow;
import id.terbuka.imports.domain.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage target file: {@code kode_desa, tahun, jumlah_kk_target}, one row per desa and year,
 * read with the household file's rules for the year and the desa code.
 */
public final class TargetRowParser {
  public static final String JUMLAH_KK_TARGET = "jumlah_kk_target";

  /** A desa has a few thousand households at most; a larger number is a typing error. */
  public static final int MAX_TARGET = 100_000;

  /** The columns, in template order. */
  public static final List<ColumnSpec> COLUMNS =
      List.of(
          ColumnSpec.required(HouseholdColumns.KODE_DESA),
          ColumnSpec.required(HouseholdColumns.TAHUN),
          ColumnSpec.required(JUMLAH_KK_TARGET));

  private final YearAndDesa yearAndDesa;
  private final Map<String, Long> firstRowOf = new HashMap<>();

  public TargetRowParser(Regions regions, int currentYear) {
    this.yearAndDesa = new YearAndDesa(regions, currentYear);
  }

  /** The row's target, or empty when the row has errors (each added to {@code problems}). */
  public Optional<Target> parse(ImportRow row, Problems problems) {
    long errorsBefore = problems.errorCount();
    HouseholdCells cells = new HouseholdCells(row, problems);
    for (ColumnSpec column : COLUMNS) {
      if (!cells.filled(column.name())) {
        cells.error(column.name(), HouseholdProblem.EMPTY_CELL);
      }
    }
    Integer tahun = yearAndDesa.year(row, cells);
    String desa = yearAndDesa.desa(row, cells);
    Integer target = cells.number(JUMLAH_KK_TARGET, 0, MAX_TARGET, HouseholdProblem.NOT_A_COUNT);
    if (tahun != null && desa != null) {
      Long first = firstRowOf.putIfAbsent(tahun + "|" + desa, row.number());
      if (first != null) {
        cells.error(HouseholdColumns.KODE_DESA, HouseholdProblem.DUPLICATE_TARGET, first);
      }
    }
    if (problems.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new Target(tahun, desa, target));
  }
}
