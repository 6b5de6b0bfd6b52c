package id.terbuka.datastore.load;

import java.util.Locale;

/** Whether an Excel number format shows a date or time (Excel stores both as day numbers). */
final class ExcelDateFormats {
  private ExcelDateFormats() {}

  static boolean isDate(Integer formatId, String format) {
    if (formatId != null
        && ((formatId >= 14 && formatId <= 22) || (formatId >= 45 && formatId <= 47))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    // Literal text ("..."), escaped characters and [colour]/[locale] sections are not codes.
    String codes =
        format
            .replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\\\.", "")
            .replaceAll("\\[[^\\]]*\\]", "")
            .toLowerCase(Locale.ROOT);
    if (codes.contains("general")) {
      return false;
    }
    for (char c : codes.toCharArray()) {
      if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') {
        return true;
      }
    }
    return false;
  }
}
