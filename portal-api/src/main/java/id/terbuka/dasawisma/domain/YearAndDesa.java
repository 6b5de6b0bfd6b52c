package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.HouseholdColumns.KODE_DESA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TAHUN;

import id.terbuka.imports.domain.ImportRow;
import java.util.regex.Pattern;

/**
 * The two cells every Dasa Wisma file places a row with, read the same way in the household and the
 * target files: {@code tahun} from {@link HouseholdRowParser#FIRST_YEAR} to the current year, and
 * {@code kode_desa}, a desa or kelurahan of the regency.
 */
final class YearAndDesa {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DESA_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

  private final Regions regions;
  private final int lastYear;

  YearAndDesa(Regions regions, int lastYear) {
    this.regions = regions;
    this.lastYear = lastYear;
  }

  /** The year, or null when blank (reported by the caller) or wrong (reported here). */
  Integer year(ImportRow row, HouseholdCells cells) {
    String text = row.get(TAHUN);
    if (text.isBlank()) {
      return null;
    }
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      if (year >= HouseholdRowParser.FIRST_YEAR && year <= lastYear) {
        return year;
      }
    }
    cells.error(TAHUN, HouseholdProblem.BAD_YEAR, HouseholdRowParser.FIRST_YEAR, lastYear);
    return null;
  }

  /** The desa code, or null when blank (reported by the caller) or wrong (reported here). */
  String desa(ImportRow row, HouseholdCells cells) {
    String text = row.get(KODE_DESA);
    if (text.isBlank()) {
      return null;
    }
    if (!DESA_CODE.matcher(text).matches()) {
      cells.error(KODE_DESA, HouseholdProblem.MALFORMED_KODE_DESA);
      return null;
    }
    if (!regions.isVillage(text)) {
      cells.error(KODE_DESA, HouseholdProblem.UNKNOWN_DESA, regions.regency().name());
      return null;
    }
    return text;
  }
}
