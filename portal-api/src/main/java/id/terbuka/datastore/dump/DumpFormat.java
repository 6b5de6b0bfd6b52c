package id.terbuka.datastore.dump;

import java.util.Locale;
import java.util.Optional;

/** The formats of a dump: the {@code format} parameter, file extension and media type. */
public enum DumpFormat {
  CSV("text/csv; charset=utf-8"),
  TSV("text/tab-separated-values; charset=utf-8"),
  JSON("application/json; charset=utf-8"),
  XML("text/xml; charset=utf-8"),
  /** Binary (a zip), so no charset. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The names the {@code format} parameter accepts, for error messages. */
  public static final String NAMES = "csv, tsv, json, xml, xlsx";

  private final String contentType;

  DumpFormat(String contentType) {
    this.contentType = contentType;
  }

  /** The {@code format} parameter, any case; empty when unknown. */
  public static Optional<DumpFormat> of(String name) {
    for (DumpFormat f : values()) {
      if (f.extension().equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String contentType() {
    return contentType;
  }

  /** CSV and TSV stream out of PostgreSQL's {@code COPY}; the others row by row from a cursor. */
  public boolean copy() {
    return this == CSV || this == TSV;
  }

  /** The cell separator of CSV and TSV. */
  public char delimiter() {
    return this == TSV ? '\t' : ',';
  }
}
