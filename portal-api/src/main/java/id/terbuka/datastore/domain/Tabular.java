package id.terbuka.datastore.domain;

import id.terbuka.catalog.domain.ResourceFileStored;
import java.util.Locale;
import java.util.Set;

/**
 * Which uploads the DataStore loads: CSV, TSV and XLSX, as the format, the mimetype or the file
 * name says (uploaders fill in one of them at best). The loader itself then decides by content.
 */
public final class Tabular {
  private static final Set<String> FORMATS = Set.of("csv", "tsv", "xlsx");
  private static final Set<String> MIMETYPES =
      Set.of(
          "text/csv",
          "application/csv",
          "text/tab-separated-values",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Tabular() {}

  public static boolean is(ResourceFileStored file) {
    return FORMATS.contains(lower(file.format()))
        || MIMETYPES.contains(lower(file.mimetype()))
        || FORMATS.contains(extension(file.filename()));
  }

  private static String lower(String s) {
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
  }

  private static String extension(String filename) {
    String name = lower(filename);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
